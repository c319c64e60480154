/**
 * The reference resolver on documents built by hand — text, a dependency parse written out word by
 * word, and the names in it — so each rule is seen without the NLP service: what a pronoun, a
 * definite or demonstrative noun, or a possessive before a role noun stands for, and where it must
 * stay open.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/graph/model.ts';
import type { Doc, SentenceMention } from '../../../src/ingest/doc.ts';
import { foldCase } from '../../../src/ingest/fold.ts';
import type { ParsedSentence, ParsedToken } from '../../../src/ingest/parse.ts';
import { resolveReferences } from '../../../src/ingest/references/resolver.ts';

interface Named {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** How the text writes it, where not by its name. */
  surfaces?: string[];
}

/**
 * One sentence as `Word/POS/dep/head` separated by spaces, heads 1-based as `npm run explain`
 * prints them (0 = root), optionally `/Fem` (or Masc, Neut) for the gender the dictionary gives the
 * word. The words must follow the sentence text in order.
 */
function parse(text: string, offset: number, spec: string): ParsedSentence {
  let cursor = 0;
  const tokens = spec.split(' ').map((item, i) => {
    const [word, pos, dep, head, gender] = item.split('/') as [string, string, string, string, string?];
    const at = text.indexOf(word, cursor);
    if (at < 0) throw new Error(`„${word}“ is not in „${text}“ after ${cursor}`);
    cursor = at + word.length;
    return {
      word,
      start: offset + at,
      end: offset + at + word.length,
      pos,
      ner: 'O',
      head: Number(head) - 1,
      dep,
      feats: gender ? { gender: [gender] } : {},
      i,
      key: foldCase(word),
      children: [] as number[],
      extra: [],
    } as unknown as ParsedToken;
  });
  for (const t of tokens) if (t.head >= 0) tokens[t.head]?.children.push(t.i);
  // A tree: every head chain ends at the root.
  for (const t of tokens) {
    let steps = 0;
    for (let y: ParsedToken | undefined = t; y; y = tokens[y.head])
      if (++steps > tokens.length) throw new Error(`„${t.word}“ has no path to the root in „${text}“`);
  }
  return { tokens };
}

/**
 * A document of paragraphs, each a list of [sentence, parse] pairs, naming these entities.
 * Mentions are every place a name (or one of its surfaces) is written.
 */
function document(paragraphs: [string, string][][], entities: Named[], title = ''): Doc {
  let text = '';
  const sentences: Doc['sentences'] = [];
  const parses: ParsedSentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach(([sentence, spec], k) => {
      if (k > 0) text += ' ';
      const start = text.length;
      text += sentence;
      sentences.push({
        index: sentences.length,
        paragraph: p,
        start,
        end: text.length,
        text: sentence,
        page: null,
      });
      parses.push(parse(sentence, start, spec));
    });
  });
  const records = entities.map((e, i) => ({
    id: `e${i}`,
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
  }));
  const bySentence: SentenceMention[][] = sentences.map((s) => {
    const ms: SentenceMention[] = [];
    entities.forEach((e, i) => {
      for (const surface of [e.name, ...(e.surfaces ?? [])]) {
        for (let at = s.text.indexOf(surface); at >= 0; at = s.text.indexOf(surface, at + 1)) {
          const start = s.start + at;
          if (ms.some((m) => m.start < start + surface.length && start < m.end)) continue;
          ms.push({ entityId: `e${i}`, type: e.type, start, end: start + surface.length });
        }
      }
    });
    return ms.sort((a, b) => a.start - b.start);
  });
  return {
    meta: { id: 'd', file: 'd.txt', sha256: 'd' },
    text,
    title,
    sentences,
    parses,
    bySentence,
    sections: [{ id: 'd#0', documentId: 'd', heading: '', order: 0, start: 0, end: text.length }],
    relations: [],
    registry: {
      record: (id: string) => records.find((r) => r.id === id),
      find: (label: string) => records.find((r) => r.name === label)?.id,
    },
  } as unknown as Doc;
}

/** What each reference back stands for: „word“ → entity name. */
function references(doc: Doc): string[] {
  resolveReferences(doc);
  const name = (id: string) => doc.registry.record(id)?.name;
  return doc.bySentence
    .flat()
    .filter((m) => m.anaphor)
    .map((m) => `${doc.text.slice(m.start, m.end)} → ${name(m.entityId)}`);
}

const AKADEMIE: Named = { name: 'Akademie für Verwaltungsdigitalisierung', type: 'ORGANISATION' };
const FOUNDED: [string, string] = [
  'Die Akademie für Verwaltungsdigitalisierung wurde 2019 gegründet.',
  'Die/DET/det/2 Akademie/NOUN/nsubj:pass/7 für/ADP/case/4 Verwaltungsdigitalisierung/NOUN/nmod/2 wurde/AUX/aux:pass/7 2019/NUM/obl/7 gegründet/VERB/root/0 ./PUNCT/punct/7',
];
const RUNS: [string, string] = [
  'Sie betreibt das Portal.',
  'Sie/PRON/nsubj/2 betreibt/VERB/root/0 das/DET/det/4 Portal/NOUN/obj/2 ./PUNCT/punct/2',
];

describe('personal pronouns', () => {
  it('continue the salient entity that agrees in gender', () => {
    expect(references(document([[FOUNDED, RUNS]], [AKADEMIE]))).toEqual([
      'Sie → Akademie für Verwaltungsdigitalisierung',
    ]);
  });

  it('stay open when the gender disagrees', () => {
    const verband: Named = { name: 'Zweckverband Nordhessen', type: 'ORGANISATION' };
    const doc = document(
      [
        [
          [
            'Der Zweckverband Nordhessen wurde 1972 gegründet.',
            'Der/DET/det/2 Zweckverband/NOUN/nsubj:pass/6 Nordhessen/PROPN/appos/2 wurde/AUX/aux:pass/6 1972/NUM/obl/6 gegründet/VERB/root/0 ./PUNCT/punct/6',
          ],
          RUNS,
        ],
      ],
      [verband],
    );
    expect(references(doc)).toEqual([]);
  });

  it('stay open between two candidates that fit equally (coordinated subjects)', () => {
    const doc = document(
      [
        [
          [
            'Die Landesagentur für Daten und die Hessische Zentrale für Datenverarbeitung arbeiten zusammen.',
            // The tagger hangs the second conjunct on the first one's attribute: the text still joins them.
            'Die/DET/det/2 Landesagentur/NOUN/nsubj/11 für/ADP/case/4 Daten/NOUN/nmod/2 und/CCONJ/cc/8 die/DET/det/8 Hessische/ADJ/amod/8 Zentrale/PROPN/conj/4 für/ADP/case/10 Datenverarbeitung/NOUN/nmod/8 arbeiten/VERB/root/0 zusammen/ADV/compound:prt/11 ./PUNCT/punct/11',
          ],
          RUNS,
        ],
      ],
      [
        { name: 'Landesagentur für Daten', type: 'AGENCY' },
        { name: 'Hessische Zentrale für Datenverarbeitung', type: 'AGENCY' },
      ],
    );
    expect(references(doc)).toEqual([]);
  });

  it('stay open between a subject and an object of one gender: the subject leads, but not by enough', () => {
    const doc = document(
      [
        [
          [
            'Die Landesagentur für Daten betreut die Plattform Open Data.',
            'Die/DET/det/2 Landesagentur/NOUN/nsubj/5 für/ADP/case/4 Daten/NOUN/nmod/2 betreut/VERB/root/0 die/DET/det/7 Plattform/NOUN/obj/5 Open/ADJ/amod/9 Data/NOUN/appos/7 ./PUNCT/punct/5',
          ],
          [
            'Sie wurde 2018 gegründet.',
            'Sie/PRON/nsubj:pass/4 wurde/AUX/aux:pass/4 2018/NUM/obl/4 gegründet/VERB/root/0 ./PUNCT/punct/4',
          ],
        ],
      ],
      [
        { name: 'Landesagentur für Daten', type: 'AGENCY' },
        { name: 'Plattform Open Data', type: 'PLATFORM', surfaces: ['Open Data'] },
      ],
    );
    // Subject against object of the sentence before: 155 to 140, too close to claim anything.
    expect(references(doc)).toEqual([]);
  });

  it('stay open when a noun phrase that names no entity fits best', () => {
    const doc = document(
      [
        [
          [
            'Ministerin Eva Roth besuchte das Landesamt für Geodaten.',
            'Ministerin/NOUN/nsubj/4 Eva/PROPN/flat/1 Roth/PROPN/flat/1 besuchte/VERB/root/0 das/DET/det/6 Landesamt/NOUN/obj/4 für/ADP/case/8 Geodaten/NOUN/nmod/6 ./PUNCT/punct/4',
          ],
          [
            'Die Leitstelle ist dort eingerichtet; sie betreibt das Portal.',
            'Die/DET/det/2 Leitstelle/NOUN/nsubj:pass/5 ist/AUX/aux:pass/5 dort/ADV/advmod/5 eingerichtet/VERB/root/0 ;/PUNCT/punct/8 sie/PRON/nsubj/8 betreibt/VERB/parataxis/5 das/DET/det/10 Portal/NOUN/obj/8 ./PUNCT/punct/5',
          ],
        ],
      ],
      [
        { name: 'Eva Roth', type: 'PERSON' },
        { name: 'Landesamt für Geodaten', type: 'AGENCY' },
      ],
    );
    expect(references(doc)).toEqual([]);
  });

  it('read a body by the gender the dictionary gives its name where the head nouns do not tell', () => {
    const linde: Named = { name: 'Digitale Dorflinde', type: 'PROGRAMME' };
    const started = (gender: string): [string, string] => [
      'Die Digitale Dorflinde startete 2018.',
      `Die/DET/det/3 Digitale/ADJ/amod/3 Dorflinde/PROPN/nsubj/4${gender} startete/VERB/root/0 2018/NUM/obl/4 ./PUNCT/punct/4`,
    ];
    const funded: [string, string] = [
      'Sie wird vom Land gefördert.',
      'Sie/PRON/nsubj:pass/5 wird/AUX/aux:pass/5 vom/ADP/case/4 Land/NOUN/obl:agent/5 gefördert/VERB/root/0 ./PUNCT/punct/5',
    ];
    expect(references(document([[started('/Fem'), funded]], [linde]))).toEqual(['Sie → Digitale Dorflinde']);
    // Of unknown gender, a body is nobody's „sie“.
    expect(references(document([[started(''), funded]], [linde]))).toEqual([]);
  });

  it('read a person by the given name or the role word before it', () => {
    const doc = document(
      [
        [
          [
            'Staatssekretärin Anna Berger besuchte den Digitalverband Hessen.',
            'Staatssekretärin/NOUN/nsubj/4 Anna/PROPN/flat/1 Berger/PROPN/flat/1 besuchte/VERB/root/0 den/DET/det/6 Digitalverband/NOUN/obj/4 Hessen/PROPN/appos/6 ./PUNCT/punct/4',
          ],
          [
            'Er betreibt das Portal.',
            'Er/PRON/nsubj/2 betreibt/VERB/root/0 das/DET/det/4 Portal/NOUN/obj/2 ./PUNCT/punct/2',
          ],
        ],
      ],
      [
        { name: 'Anna Berger', type: 'PERSON' },
        { name: 'Digitalverband Hessen', type: 'ORGANISATION' },
      ],
    );
    // „Er“ cannot be Anna Berger: the association is what it continues.
    expect(references(doc)).toEqual(['Er → Digitalverband Hessen']);
  });

  it('leave an „es“ that stands for nothing, a question and a plural', () => {
    const portal: Named = { name: 'Bürgerportal Nordhessen', type: 'PLATFORM' };
    const online: [string, string] = [
      'Das Bürgerportal Nordhessen ging 2020 online.',
      'Das/DET/det/2 Bürgerportal/NOUN/nsubj/4 Nordhessen/PROPN/appos/2 ging/VERB/root/0 2020/NUM/obl/4 online/ADV/advmod/4 ./PUNCT/punct/4',
    ];
    const expletive: [string, string] = [
      'Es gibt dort viele Angebote.',
      'Es/PRON/expl/2 gibt/VERB/root/0 dort/ADV/advmod/2 viele/DET/det/5 Angebote/NOUN/nsubj/2 ./PUNCT/punct/2',
    ];
    const clause: [string, string] = [
      'Es ist geplant, das Angebot auszubauen.',
      'Es/PRON/nsubj:pass/3 ist/AUX/aux:pass/3 geplant/VERB/root/0 ,/PUNCT/punct/7 das/DET/det/6 Angebot/NOUN/obj/7 auszubauen/VERB/xcomp/3 ./PUNCT/punct/3',
    ];
    expect(references(document([[online, expletive, clause]], [portal]))).toEqual([]);

    const agency: Named = { name: 'Landesagentur für Daten', type: 'AGENCY' };
    const has: [string, string] = [
      'Die Landesagentur für Daten hat viele Aufgaben.',
      'Die/DET/det/2 Landesagentur/NOUN/nsubj/5 für/ADP/case/4 Daten/NOUN/nmod/2 hat/VERB/root/0 viele/DET/det/7 Aufgaben/NOUN/obj/5 ./PUNCT/punct/5',
    ];
    const question: [string, string] = [
      'Betreibt sie das Portal?',
      'Betreibt/VERB/root/0 sie/PRON/nsubj/1 das/DET/det/4 Portal/NOUN/obj/1 ?/PUNCT/punct/1',
    ];
    const plural: [string, string] = [
      'Sie betreiben das Portal.',
      'Sie/PRON/nsubj/2 betreiben/VERB/root/0 das/DET/det/4 Portal/NOUN/obj/2 ./PUNCT/punct/2',
    ];
    expect(references(document([[has, question, plural]], [agency]))).toEqual([]);
  });

  it('leave a pronoun that points ahead to the subject of its main clause', () => {
    const zentrale: Named = { name: 'Hessische Zentrale für Datenverarbeitung', type: 'AGENCY' };
    const doc = document(
      [
        [
          [
            'Die Hessische Zentrale für Datenverarbeitung betreibt viele Dienste.',
            'Die/DET/det/3 Hessische/ADJ/amod/3 Zentrale/NOUN/nsubj/6 für/ADP/case/5 Datenverarbeitung/NOUN/nmod/3 betreibt/VERB/root/0 viele/DET/det/8 Dienste/NOUN/obj/6 ./PUNCT/punct/6',
          ],
          [
            'Nachdem sie gegründet wurde, baute die Akademie für Verwaltungsdigitalisierung das Portal auf.',
            'Nachdem/SCONJ/mark/3 sie/PRON/nsubj:pass/3 gegründet/VERB/advcl/6 wurde/AUX/aux:pass/3 ,/PUNCT/punct/3 baute/VERB/root/0 die/DET/det/8 Akademie/NOUN/nsubj/6 für/ADP/case/10 Verwaltungsdigitalisierung/NOUN/nmod/8 das/DET/det/12 Portal/NOUN/obj/6 auf/ADP/compound:prt/6 ./PUNCT/punct/6',
          ],
        ],
      ],
      [zentrale, AKADEMIE],
    );
    expect(references(doc)).toEqual([]);
  });

  it('fade over paragraphs and sections', () => {
    const filler = (n: number): [string, string] => [
      `Der Bericht nennt ${n} Beispiele.`,
      `Der/DET/det/2 Bericht/NOUN/nsubj/3 nennt/VERB/root/0 ${n}/NUM/nummod/5 Beispiele/NOUN/obj/3 ./PUNCT/punct/3`,
    ];
    // Five sentences later, in a third paragraph, the academy has faded: „Sie“ is left open.
    const doc = document(
      [
        [FOUNDED, filler(2)],
        [filler(3), filler(4)],
        [filler(5), RUNS],
      ],
      [AKADEMIE],
    );
    expect(references(doc)).toEqual([]);
  });
});

describe('demonstrative pronouns', () => {
  const kassel: Named = { name: 'Kassel', type: 'PLACE' };
  const agentur: Named = { name: 'Landesagentur für Daten', type: 'AGENCY' };

  it('take the entity named last that agrees, not the topic', () => {
    const doc = document(
      [
        [
          [
            'Die Stadt Kassel arbeitet mit der Landesagentur für Daten zusammen.',
            'Die/DET/det/2 Stadt/NOUN/nsubj/4 Kassel/PROPN/appos/2 arbeitet/VERB/root/0 mit/ADP/case/7 der/DET/det/7 Landesagentur/NOUN/obl/4 für/ADP/case/9 Daten/NOUN/nmod/7 zusammen/ADV/compound:prt/4 ./PUNCT/punct/4',
          ],
          [
            'Diese betreibt das Portal.',
            'Diese/DET/nsubj/2 betreibt/VERB/root/0 das/DET/det/4 Portal/NOUN/obj/2 ./PUNCT/punct/2',
          ],
        ],
      ],
      [kassel, agentur],
    );
    expect(references(doc)).toEqual(['Diese → Landesagentur für Daten']);
  });

  it('read „dieser“ after a preposition as a feminine dative', () => {
    const kreis: Named = { name: 'Landkreis Fulda', type: 'PLACE' };
    const doc = document(
      [
        [
          [
            'Der Landkreis Fulda arbeitet mit der Landesagentur für Daten zusammen.',
            'Der/DET/det/2 Landkreis/NOUN/nsubj/4 Fulda/PROPN/appos/2 arbeitet/VERB/root/0 mit/ADP/case/7 der/DET/det/7 Landesagentur/NOUN/obl/4 für/ADP/case/9 Daten/NOUN/nmod/7 zusammen/ADV/compound:prt/4 ./PUNCT/punct/4',
          ],
          [
            'Mit dieser betreibt er das Portal.',
            'Mit/ADP/case/2 dieser/DET/obl/3 betreibt/VERB/root/0 er/PRON/nsubj/3 das/DET/det/6 Portal/NOUN/obj/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [kreis, agentur],
    );
    expect(references(doc)).toEqual(['dieser → Landesagentur für Daten', 'er → Landkreis Fulda']);
  });

  it('stay open after a coordination of two that agree', () => {
    const doc = document(
      [
        [
          [
            'Kassel arbeitet mit der Landesagentur für Daten und der Akademie für Verwaltungsdigitalisierung zusammen.',
            'Kassel/PROPN/nsubj/2 arbeitet/VERB/root/0 mit/ADP/case/5 der/DET/det/5 Landesagentur/NOUN/obl/2 für/ADP/case/7 Daten/NOUN/nmod/5 und/CCONJ/cc/10 der/DET/det/10 Akademie/NOUN/conj/5 für/ADP/case/12 Verwaltungsdigitalisierung/NOUN/nmod/10 zusammen/ADV/compound:prt/2 ./PUNCT/punct/2',
          ],
          [
            'Diese betreibt das Portal.',
            'Diese/DET/nsubj/2 betreibt/VERB/root/0 das/DET/det/4 Portal/NOUN/obj/2 ./PUNCT/punct/2',
          ],
        ],
      ],
      [kassel, agentur, AKADEMIE],
    );
    expect(references(doc)).toEqual([]);
  });
});

describe('definite and demonstrative noun phrases', () => {
  const institut: Named = { name: 'Institut für Verwaltungsinformatik', type: 'ORGANISATION' };
  const universitaet: Named = { name: 'Universität Kassel', type: 'ORGANISATION' };
  const uniSentence: [string, string] = [
    'An der Universität Kassel arbeitet das Institut für Verwaltungsinformatik.',
    'An/ADP/case/3 der/DET/det/3 Universität/NOUN/obl/5 Kassel/PROPN/appos/3 arbeitet/VERB/root/0 das/DET/det/7 Institut/NOUN/nsubj/5 für/ADP/case/9 Verwaltungsinformatik/NOUN/nmod/7 ./PUNCT/punct/5',
  ];

  it('take the entity whose name has the noun as its head', () => {
    const doc = document(
      [
        [
          uniSentence,
          [
            'Das Institut betreibt das Portal.',
            'Das/DET/det/2 Institut/NOUN/nsubj/3 betreibt/VERB/root/0 das/DET/det/5 Portal/NOUN/obj/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [universitaet, institut],
    );
    expect(references(doc)).toEqual(['Institut → Institut für Verwaltungsinformatik']);
  });

  it('read a generic noun as the salient entity of its type and kind', () => {
    const doc = document(
      [
        [
          uniSentence,
          [
            'Die Hochschule betreibt das Portal.',
            'Die/DET/det/2 Hochschule/NOUN/nsubj/3 betreibt/VERB/root/0 das/DET/det/5 Portal/NOUN/obj/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [universitaet, institut],
    );
    // The institute is more salient (subject), but „Hochschule“ names a university, not an institute.
    expect(references(doc)).toEqual(['Hochschule → Universität Kassel']);
  });

  it('read a noun as the entity the text called so, whatever type the noun gives', () => {
    const fitko: Named = { name: 'Föderale IT-Kooperation', type: 'ORGANISATION', surfaces: ['FITKO'] };
    const landesamt: Named = { name: 'Landesamt für Daten', type: 'AGENCY' };
    const doc = document(
      [
        [
          [
            'Das Landesamt für Daten gründete die FITKO als Anstalt.',
            'Das/DET/det/2 Landesamt/NOUN/nsubj/5 für/ADP/case/4 Daten/NOUN/nmod/2 gründete/VERB/root/0 die/DET/det/7 FITKO/PROPN/obj/5 als/ADP/case/9 Anstalt/NOUN/obl/5 ./PUNCT/punct/5',
          ],
          [
            'Die Anstalt betreibt das Portal.',
            'Die/DET/det/2 Anstalt/NOUN/nsubj/3 betreibt/VERB/root/0 das/DET/det/5 Portal/NOUN/obj/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [fitko, landesamt],
    );
    // „Anstalt“ gives an authority, and the Landesamt is one; but the text called the FITKO so.
    expect(references(doc)).toEqual(['Anstalt → Föderale IT-Kooperation']);
  });

  it('read „die Stadt“ as a place known as a town, not as any place', () => {
    const mannheim: Named = { name: 'Mannheim', type: 'PLACE', aliases: ['Stadt Mannheim'] };
    const hessen: Named = { name: 'Land Hessen', type: 'PLACE', surfaces: ['Hessen'] };
    const doc = document(
      [
        [
          [
            'Hessen arbeitet mit Mannheim zusammen.',
            'Hessen/PROPN/nsubj/2 arbeitet/VERB/root/0 mit/ADP/case/4 Mannheim/PROPN/obl/2 zusammen/ADV/compound:prt/2 ./PUNCT/punct/2',
          ],
          [
            'Die Stadt betreibt das Portal.',
            'Die/DET/det/2 Stadt/NOUN/nsubj/3 betreibt/VERB/root/0 das/DET/det/5 Portal/NOUN/obj/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [mannheim, hessen],
    );
    expect(references(doc)).toEqual(['Stadt → Mannheim']);
  });

  it('read a generic noun long after as the entity the title names', () => {
    const kreis: Named = { name: 'Vogelsbergkreis', type: 'PLACE' };
    const report = (n: number): [string, string] => [
      `Der Bericht nennt ${n} Beispiele.`,
      `Der/DET/det/2 Bericht/NOUN/nsubj/3 nennt/VERB/root/0 ${n}/NUM/nummod/5 Beispiele/NOUN/obj/3 ./PUNCT/punct/3`,
    ];
    const title: [string, string] = [
      'Digitale Verwaltung im Vogelsbergkreis',
      'Digitale/ADJ/amod/2 Verwaltung/NOUN/root/0 im/ADP/case/4 Vogelsbergkreis/PROPN/nmod/2',
    ];
    const hopes: [string, string] = [
      'Der Landkreis betreibt das Portal.',
      'Der/DET/det/2 Landkreis/NOUN/nsubj/3 betreibt/VERB/root/0 das/DET/det/5 Portal/NOUN/obj/3 ./PUNCT/punct/3',
    ];
    const paragraphs = [[title], [report(1), report(2)], [report(3), report(4), report(5)], [hopes]];
    expect(references(document(paragraphs, [kreis], title[0]))).toEqual(['Landkreis → Vogelsbergkreis']);
    // Not named in the title, it has faded by then.
    expect(references(document(paragraphs, [kreis]))).toEqual([]);
  });

  it('leave a noun that says more than its head, a plural and a vague head', () => {
    const amt: Named = { name: 'Landesamt für Statistik', type: 'AGENCY' };
    const seat: [string, string] = [
      'Das Landesamt für Statistik sitzt in Wiesbaden.',
      'Das/DET/det/2 Landesamt/NOUN/nsubj/5 für/ADP/case/4 Statistik/NOUN/nmod/2 sitzt/VERB/root/0 in/ADP/case/7 Wiesbaden/PROPN/obl/5 ./PUNCT/punct/5',
    ];
    const doc = document(
      [
        [
          seat,
          [
            'Die zuständige Behörde betreibt das Portal.',
            'Die/DET/det/3 zuständige/ADJ/amod/3 Behörde/NOUN/nsubj/4 betreibt/VERB/root/0 das/DET/det/6 Portal/NOUN/obj/4 ./PUNCT/punct/4',
          ],
          [
            'Die Behörden des Landes arbeiten zusammen.',
            'Die/DET/det/2 Behörden/NOUN/nsubj/5 des/DET/det/4 Landes/NOUN/nmod/2 arbeiten/VERB/root/0 zusammen/ADV/compound:prt/5 ./PUNCT/punct/5',
          ],
          [
            'Jan Muster übernahm das Amt 2020.',
            'Jan/PROPN/nsubj/3 Muster/PROPN/flat/1 übernahm/VERB/root/0 das/DET/det/5 Amt/NOUN/obj/3 2020/NUM/obl/3 ./PUNCT/punct/3',
          ],
        ],
      ],
      [amt, { name: 'Jan Muster', type: 'PERSON' }],
    );
    // „das Amt“ is the office he took, though the Landesamt's name ends in „amt“.
    expect(references(doc)).toEqual([]);
  });

  it('read a demonstrative with any typed head, and an article before a name not at all', () => {
    const leistung: Named = { name: 'Wohngeld digital', type: 'SERVICE' };
    const wetzlar: Named = { name: 'Wetzlar', type: 'PLACE' };
    const doc = document(
      [
        [
          [
            'Die Stadt Wetzlar bietet die Onlineleistung Wohngeld digital an.',
            'Die/DET/det/2 Stadt/NOUN/nsubj/4 Wetzlar/PROPN/appos/2 bietet/VERB/root/0 die/DET/det/6 Onlineleistung/NOUN/obj/4 Wohngeld/PROPN/appos/6 digital/ADJ/amod/7 an/ADP/compound:prt/4 ./PUNCT/punct/4',
          ],
          [
            'Diese Leistung wird viel genutzt.',
            'Diese/DET/det/2 Leistung/NOUN/nsubj:pass/5 wird/AUX/aux:pass/5 viel/ADV/advmod/5 genutzt/VERB/root/0 ./PUNCT/punct/5',
          ],
        ],
      ],
      [wetzlar, leistung],
    );
    expect(references(doc)).toEqual(['Leistung → Wohngeld digital']);
  });
});

describe('possessives before a role noun', () => {
  const muster: Named = { name: 'Jan Muster', type: 'PERSON' };

  it('give the office to the body the possessive stands for', () => {
    const doc = document(
      [
        [
          FOUNDED,
          [
            'Unter ihrem Direktor Jan Muster wuchs sie.',
            'Unter/ADP/case/3 ihrem/DET/det:poss/3 Direktor/NOUN/obl/6 Jan/PROPN/appos/3 Muster/PROPN/flat/4 wuchs/VERB/root/0 sie/PRON/nsubj/6 ./PUNCT/punct/6',
          ],
        ],
      ],
      [AKADEMIE, muster],
    );
    expect(references(doc)).toEqual([
      'ihrem → Akademie für Verwaltungsdigitalisierung',
      'sie → Akademie für Verwaltungsdigitalisierung',
    ]);
    expect(doc.relations.map((r) => `${r.from} ${r.type} [${r.role}] ${r.to}`)).toEqual([
      'e1 HOLDS_OFFICE [Direktor] e0',
    ]);
  });

  it('give none when the possessive does not agree', () => {
    const doc = document(
      [
        [
          FOUNDED,
          [
            'Sein Direktor ist Jan Muster.',
            'Sein/DET/det:poss/2 Direktor/NOUN/nsubj/5 ist/AUX/cop/5 Jan/PROPN/nsubj/5 Muster/PROPN/root/0 ./PUNCT/punct/5',
          ],
        ],
      ],
      [AKADEMIE, muster],
    );
    expect(references(doc)).toEqual([]);
    expect(doc.relations).toEqual([]);
  });
});
