/**
 * The parse view repairs what the German tagger gets wrong in ways its own labels give away. The
 * token lists below are the tagger's output for sentences written for this test (as
 * `npm run explain` prints them), so each repair is checked on the shape it meets.
 */
import { describe, expect, it } from 'vitest';
import { maskAbbreviationStops } from '../../../src/ingest/components/annotate.ts';
import { type ParsedSentence, parseSentences } from '../../../src/ingest/parse.ts';
import type { Annotation, NlpToken } from '../../../src/nlp/annotation.ts';

type Row =
  | [string, string, number, string]
  | [string, string, number, string, string]
  | [string, string, number, string, string, string];

/** One sentence of tokens given as [word, pos, head (1-based, 0 = root), dep, entity tag, lemma]. */
function parsed(rows: Row[]): ParsedSentence {
  let offset = 0;
  const tokens: NlpToken[] = rows.map(([word, pos, head, dep, ner = 'O', lemma = word]) => {
    const end = offset + word.length;
    // Most repairs read no lemma or morphology: the word stands in for its lemma unless given.
    const token = { word, start: offset, end, pos, ner, head: head - 1, dep, lemma, feats: {} };
    offset += word.length + 1;
    return token;
  });
  const annotation: Annotation = {
    version: 'test',
    sentences: [{ start: 0, end: offset, tokens, entities: [] }],
  };
  return parseSentences(annotation, [{ start: 0, end: offset }])[0] as ParsedSentence;
}

const arc = (s: ParsedSentence, word: string) => {
  const t = s.tokens.find((x) => x.word === word);
  return t ? `${t.dep} → ${t.head < 0 ? 'ROOT' : s.tokens[t.head]?.word}` : 'missing';
};

describe('parse repairs', () => {
  it('makes the participle the predicate when the tagger takes „hat“ for the main verb', () => {
    const s = parsed([
      ['Im', 'ADP', 2, 'case'],
      ['Mai', 'PROPN', 3, 'obl'],
      ['hat', 'VERB', 0, 'root'],
      ['der', 'DET', 5, 'det'],
      ['Vorstand', 'NOUN', 3, 'nsubj'],
      ['zum', 'ADP', 7, 'case'],
      ['Leiter', 'NOUN', 3, 'obl'],
      ['ernannt', 'VERB', 3, 'xcomp'],
      ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(arc(s, 'ernannt')).toBe('root → ROOT');
    expect(arc(s, 'hat')).toBe('aux → ernannt');
    expect(arc(s, 'Vorstand')).toBe('nsubj → ernannt');
    expect(arc(s, 'Leiter')).toBe('obl → ernannt');
  });

  it('moves a subject hung on an auxiliary to its verb and reads a passive subject under „hat“ as the object', () => {
    const s = parsed([
      ['Die', 'DET', 2, 'det'],
      ['App', 'PROPN', 3, 'nsubj'],
      ['hat', 'AUX', 6, 'aux'],
      ['die', 'DET', 5, 'det'],
      ['Zentrale', 'NOUN', 6, 'nsubj:pass'],
      ['entwickelt', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'App')).toBe('nsubj → entwickelt');
    expect(arc(s, 'Zentrale')).toBe('obj → entwickelt');
  });

  it('never takes a year for the subject, and gives a subjectless clause its open object as subject', () => {
    const s = parsed([
      ['2019', 'NUM', 2, 'nsubj'],
      ['ging', 'VERB', 0, 'root'],
      ['aus', 'ADP', 5, 'case'],
      ['der', 'DET', 5, 'det'],
      ['Stabsstelle', 'NOUN', 2, 'obl'],
      ['das', 'DET', 7, 'det'],
      ['Landesamt', 'NOUN', 2, 'obj'],
      ['hervor', 'ADV', 2, 'compound:prt'],
    ]);
    expect(arc(s, '2019')).toBe('obl:tmod → ging');
    expect(arc(s, 'Landesamt')).toBe('nsubj → ging');
  });

  it("makes a dative noun phrase hung on a subject the verb's dative object", () => {
    const s = parsed([
      ['unterstand', 'VERB', 0, 'root'],
      ['die', 'DET', 3, 'det'],
      ['Zentrale', 'NOUN', 1, 'nsubj'],
      ['dem', 'DET', 5, 'det'],
      ['Ministerium', 'PROPN', 3, 'nmod'],
      ['der', 'DET', 7, 'det'],
      ['Finanzen', 'NOUN', 5, 'nmod'],
    ]);
    expect(arc(s, 'Ministerium')).toBe('iobj → unterstand');
    expect(arc(s, 'Finanzen')).toBe('nmod → Ministerium');
  });

  it('makes a name after a prepositional phrase the missing object, not an apposition of its noun', () => {
    const sentence = (ner: string) =>
      parsed([
        ['hat', 'AUX', 9, 'aux'],
        ['Rat', 'NOUN', 9, 'nsubj'],
        ['in', 'ADP', 5, 'case'],
        ['der', 'DET', 5, 'det'],
        ['Sitzung', 'NOUN', 9, 'obl'],
        ['Dr.', 'PROPN', 5, 'appos'],
        ['Anna', 'PROPN', 6, 'flat', ner],
        ['Muster', 'PROPN', 6, 'flat', ner],
        ['ernannt', 'VERB', 0, 'root'],
      ]);
    expect(arc(sentence('PERSON'), 'Dr.')).toBe('obj → ernannt');
    // A name that is no person's may well name the phrase's noun („in der Stadt Kassel“).
    expect(arc(sentence('LOCATION'), 'Dr.')).toBe('appos → Sitzung');
  });

  it('makes a name hung on a year the subject the verb is missing', () => {
    const s = parsed([
      ['An', 'ADP', 2, 'case'],
      ['Spitze', 'NOUN', 3, 'obl'],
      ['steht', 'VERB', 0, 'root'],
      ['seit', 'ADP', 5, 'case'],
      ['2021', 'NUM', 3, 'obl'],
      ['Jana', 'PROPN', 5, 'appos', 'PERSON'],
      ['Keller', 'NOUN', 6, 'flat', 'PERSON'],
    ]);
    expect(arc(s, 'Jana')).toBe('nsubj → steht');
  });

  it('makes the noun of a partitive the predicate („ist eine der beiden Geschäftsführerinnen“)', () => {
    const s = parsed([
      ['Anna', 'PROPN', 4, 'nsubj'],
      ['ist', 'AUX', 4, 'cop'],
      ['seit', 'ADP', 4, 'case'],
      ['eine', 'DET', 0, 'root'],
      ['der', 'DET', 6, 'det'],
      ['Geschäftsführerinnen', 'NOUN', 4, 'nmod'],
    ]);
    expect(arc(s, 'Geschäftsführerinnen')).toBe('root → ROOT');
    expect(arc(s, 'Anna')).toBe('nsubj → Geschäftsführerinnen');
    expect(arc(s, 'ist')).toBe('cop → Geschäftsführerinnen');
    expect(arc(s, 'eine')).toBe('det → Geschäftsführerinnen');
  });

  it('reads a name beside a verb as its subject and the open common noun as its object', () => {
    const s = parsed([
      ['hat', 'AUX', 6, 'aux'],
      ['Bernd', 'PROPN', 6, 'obl:arg', 'PERSON'],
      ['die', 'DET', 4, 'det'],
      ['Leitung', 'NOUN', 6, 'nsubj'],
      ['abgegeben', 'ADV', 6, 'advmod'],
      ['übergeben', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'Bernd')).toBe('nsubj → übergeben');
    expect(arc(s, 'Leitung')).toBe('obj → übergeben');
  });
});

describe('parse repairs by case', () => {
  it('never reads a phrase with a dative article as the subject', () => {
    const s = parsed([
      ['unterstand', 'VERB', 0, 'root'],
      ['die', 'DET', 3, 'det'],
      ['Agentur', 'NOUN', 1, 'obj'],
      ['dem', 'DET', 5, 'det'],
      ['Ministerium', 'PROPN', 1, 'nsubj'],
    ]);
    expect(arc(s, 'Ministerium')).toBe('iobj → unterstand');
    expect(arc(s, 'Agentur')).toBe('nsubj → unterstand');
  });
});

describe('tense and time', () => {
  it('reads the perfect of a verb that takes „sein“ as active, not as a passive', () => {
    const s = parsed([
      ['Anna', 'PROPN', 4, 'nsubj:pass'],
      ['ist', 'AUX', 4, 'aux:pass', 'O', 'sein'],
      ['SPD', 'PROPN', 4, 'obl'],
      ['eingetreten', 'VERB', 0, 'root', 'O', 'eintreten'],
    ]);
    expect(arc(s, 'Anna')).toBe('nsubj → eingetreten');
    expect(arc(s, 'ist')).toBe('aux → eingetreten');
  });

  it('moves a phrase the tagger hung on a year to the verb', () => {
    const s = parsed([
      ['Kassel', 'PROPN', 2, 'nsubj'],
      ['traten', 'VERB', 0, 'root'],
      ['2019', 'NUM', 2, 'obj'],
      ['der', 'DET', 5, 'det'],
      ['Genossenschaft', 'NOUN', 3, 'nmod'],
      ['bei', 'ADP', 2, 'compound:prt'],
    ]);
    expect(arc(s, '2019')).toBe('obl:tmod → traten');
    expect(arc(s, 'Genossenschaft')).toBe('obl:arg → traten');
  });
});

describe('word order', () => {
  it('takes the first of two case-open noun phrases after the finite verb for the subject', () => {
    const s = parsed([
      ['Damit', 'ADV', 7, 'advmod'],
      ['hat', 'AUX', 7, 'aux'],
      ['das', 'DET', 4, 'det'],
      ['Ministerium', 'NOUN', 7, 'obj'],
      ['die', 'DET', 6, 'det'],
      ['Zentrale', 'NOUN', 7, 'nsubj'],
      ['beauftragt', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'Ministerium')).toBe('nsubj → beauftragt');
    expect(arc(s, 'Zentrale')).toBe('obj → beauftragt');
  });

  it('leaves an object put first, before the finite verb', () => {
    const s = parsed([
      ['Das', 'DET', 2, 'det'],
      ['Portal', 'NOUN', 6, 'obj'],
      ['hat', 'AUX', 6, 'aux'],
      ['die', 'DET', 5, 'det'],
      ['Zentrale', 'NOUN', 6, 'nsubj'],
      ['entwickelt', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'Portal')).toBe('obj → entwickelt');
  });
});

describe('separable particles', () => {
  it('reads a particle the tagger took for an adjective as the verb’s, with what hangs on it', () => {
    const s = parsed([
      ['HZD', 'PROPN', 2, 'nsubj'],
      ['stellt', 'VERB', 0, 'root'],
      ['Kommunen', 'NOUN', 2, 'obj'],
      ['Portal', 'NOUN', 5, 'nsubj'],
      ['bereit', 'ADJ', 2, 'xcomp'],
      ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(arc(s, 'bereit')).toBe('compound:prt → stellt');
    expect(arc(s, 'Portal')).toBe('obj → stellt');
  });
});

describe('place phrases', () => {
  it('hangs a place phrase right after a town on the town, not on the verb', () => {
    const s = parsed([
      ['kann', 'AUX', 9, 'aux'],
      ['die', 'DET', 3, 'det'],
      ['Gemeinde', 'NOUN', 9, 'nsubj'],
      ['Eichenzell', 'PROPN', 3, 'appos', 'LOCATION'],
      ['im', 'ADP', 6, 'case'],
      ['Landkreis', 'NOUN', 9, 'obl'],
      ['Fulda', 'PROPN', 6, 'appos', 'LOCATION'],
      ['jetzt', 'ADV', 9, 'advmod'],
      ['beginnen', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'Landkreis')).toBe('nmod → Eichenzell');
  });

  it('leaves an event’s place on the verb: a body is no town', () => {
    const s = parsed([
      ['hat', 'AUX', 6, 'aux'],
      ['das', 'DET', 3, 'det'],
      ['Ministerium', 'NOUN', 6, 'nsubj'],
      ['in', 'ADP', 5, 'case'],
      ['Wiesbaden', 'PROPN', 6, 'obl', 'LOCATION'],
      ['vorgestellt', 'VERB', 0, 'root'],
    ]);
    expect(arc(s, 'Wiesbaden')).toBe('obl → vorgestellt');
  });

  it('hangs a place right after a body that is no subject on the body', () => {
    const s = parsed([
      ['Der', 'DET', 2, 'det'],
      ['Vortrag', 'NOUN', 3, 'nsubj'],
      ['fand', 'VERB', 0, 'root'],
      ['in', 'ADP', 6, 'case'],
      ['dem', 'DET', 6, 'det'],
      ['Gebäude', 'NOUN', 3, 'obl'],
      ['des', 'DET', 8, 'det'],
      ['Fraunhofer', 'PROPN', 6, 'nmod', 'MISC'],
      ['IGD', 'PROPN', 8, 'flat', 'ORGANIZATION'],
      ['in', 'ADP', 11, 'case'],
      ['Darmstadt', 'PROPN', 3, 'obl', 'LOCATION'],
      ['statt', 'ADP', 3, 'compound:prt'],
    ]);
    expect(arc(s, 'Darmstadt')).toBe('nmod → IGD');
  });

  it('makes a role glued to a name the predicate, with the name as its subject and the phrase after it', () => {
    const s = parsed([
      ['wurde', 'AUX', 0, 'root'],
      ['Tobias', 'PROPN', 1, 'xcomp', 'PERSON'],
      ['Brandt', 'PROPN', 2, 'flat', 'PERSON'],
      ['Bürgermeister', 'NOUN', 2, 'flat'],
      ['von', 'ADP', 6, 'case'],
      ['Alsfeld', 'PROPN', 2, 'nmod', 'LOCATION'],
    ]);
    expect(arc(s, 'Bürgermeister')).toBe('xcomp → wurde');
    expect(arc(s, 'Tobias')).toBe('nsubj → Bürgermeister');
    expect(arc(s, 'Alsfeld')).toBe('nmod → Bürgermeister');
    expect(arc(s, 'Brandt')).toBe('flat → Tobias');
  });

  it('hangs the place after „mit Sitz“ on the seat, not on the noun before it', () => {
    const s = parsed([
      ['Der', 'DET', 2, 'det'],
      ['Zweckverband', 'NOUN', 5, 'nsubj'],
      ['ist', 'AUX', 5, 'cop'],
      ['eine', 'DET', 5, 'det'],
      ['Körperschaft', 'NOUN', 0, 'root'],
      ['des', 'DET', 8, 'det'],
      ['öffentlichen', 'ADJ', 8, 'amod'],
      ['Rechts', 'NOUN', 5, 'nmod'],
      ['mit', 'ADP', 10, 'case'],
      ['Sitz', 'NOUN', 8, 'nmod'],
      ['in', 'ADP', 12, 'case'],
      ['Fulda', 'PROPN', 8, 'nmod', 'LOCATION'],
    ]);
    expect(arc(s, 'Fulda')).toBe('nmod → Sitz');
  });
});

describe('what the tagger reads', () => {
  it('sees the full stop of an abbreviation it does not know as a space, and leaves titles and sentence ends', () => {
    expect(
      maskAbbreviationStops('Es spricht Herr Abg. Jonas Weber. Prof. Dr. Eva Roth, z. B. Kassel. Ende.'),
    ).toBe('Es spricht Herr Abg  Jonas Weber. Prof. Dr. Eva Roth, z  B  Kassel. Ende.');
  });
});
