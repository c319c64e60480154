/**
 * Relation patterns over the entity mentions of one sentence, by word position: each names a
 * trigger (a verb or noun such as "betreibt", "Vorsitz", "gefördert") and picks its arguments by
 * position and type — the nearest fitting mention before the trigger and the first after it. They
 * are the rules-only road (`--no-nlp`): with a parse the frames (lang/de/frames) read the same
 * predicates from the dependency tree, and only what no frame states yet runs here too (a
 * coalition agreement's pledges; a Land's adjective leading EfA services, „die hessischen
 * EfA-Leistungen …“; „gemeinsam mit“ in a participle phrase the tagger flattens).
 * The entity-type groups are the frames' (lang/de/frames/types.ts).
 */
import type { EntityType, RelationType } from '../graph/model.ts';
import { ACTORS, BODIES, INSTITUTIONS, PARTNERS, SUCCESSIVE, THINGS } from '../lang/de/frames/types.ts';
import type { FoundRelation, SentenceMention } from './doc.ts';
import type { Sentence } from './sentences.ts';

export interface RelationInput {
  text: string;
  sentences: readonly Sentence[];
  /** Mentions per sentence index (document order), anaphors included. */
  mentions: readonly SentenceMention[][];
  /** Entity standing for an adjective stem, e.g. "hessisch" → land-hessen. */
  adjectives: ReadonlyMap<string, string>;
  /** The coalition a coalition agreement's pledges belong to, or null. */
  pledgeTarget: string | null;
  /** Whether the sentence cites its page itself (the page is then surer). */
  citesOwnPage: (s: Sentence) => boolean;
  /** A dependency parse exists: the frames read verbs and genitives, and the word-position patterns stay off. */
  parsed?: boolean;
}

export type Found = FoundRelation;

const PLEDGE_EXCLUDED: EntityType[] = ['PLACE', 'PARTY', 'GOVERNMENT', 'PERSON'];

const INTENTION =
  /\b(?:möchte|möchten|soll|sollen|will|wollen|angestrebt|strebt|geplant|vorgesehen|setzt sich zum Ziel|plant)\b/u;

interface Trigger {
  re: RegExp;
  type: RelationType;
  subject: EntityType[];
  object: EntityType[];
  /** Passive: the object stands before the trigger, the subject after ("betrieben von X"). */
  passive?: boolean;
  confidence: number;
}

const TRIGGERS: Trigger[] = [
  {
    re: /\b(?:zuständig|verantwortlich)\b/gu,
    type: 'RESPONSIBLE_FOR',
    subject: ACTORS,
    object: THINGS,
    confidence: 0.85,
  },
  {
    re: /\b(?:federführend|Federführung)\b/gu,
    type: 'LEADS',
    subject: ACTORS,
    object: [...THINGS, 'ORGANISATION'],
    confidence: 0.85,
  },
  {
    re: /\bbetreib(?:t|en)\b/gu,
    type: 'OPERATES',
    subject: ACTORS,
    object: THINGS,
    confidence: 0.85,
  },
  {
    re: /\bbetrieben (?:von|durch)\b/gu,
    type: 'OPERATES',
    subject: ACTORS,
    object: THINGS,
    passive: true,
    confidence: 0.85,
  },
  {
    re: /\bentwickel(?:t|n|te|ten)\b/gu,
    type: 'DEVELOPS',
    subject: PARTNERS,
    object: THINGS,
    confidence: 0.8,
  },
  {
    re: /\b(?:stellt|stellen)\b[^.]*?\bbereit\b|\bbietet\b|\bbieten\b/gu,
    type: 'PROVIDES',
    subject: [...ACTORS, 'PLATFORM'],
    object: THINGS,
    confidence: 0.75,
  },
  {
    re: /\bfördert\b|\bfördern\b|\bfinanziert\b/gu,
    type: 'FUNDS',
    subject: [...PARTNERS, 'PROGRAMME'],
    object: [...THINGS, 'AGENCY', 'ORGANISATION'],
    confidence: 0.8,
  },
  // "im Programm X geförderte Projekt Y": the programme stands before the participle.
  {
    re: /\bgefördert(?:e|en|es)?\b/gu,
    type: 'FUNDS',
    subject: ['PROGRAMME'],
    object: [...THINGS, 'ORGANISATION', 'AGENCY'],
    confidence: 0.75,
  },
  // Succession: "X löst Y ab", "X tritt an die Stelle von Y", passive "Y wurde durch X abgelöst".
  {
    re: /\blös(?:t|en)\b(?=[^.]*?\bab\b)|\btr(?:itt|eten) an die Stelle\b/gu,
    type: 'FOLLOWS',
    subject: SUCCESSIVE,
    object: SUCCESSIVE,
    confidence: 0.8,
  },
  {
    // passive: the trigger is "durch"/"von", its agent after it, the replaced thing before it
    re: /\b(?:von|durch)\b(?=[^.]*?\babgelöst\b)/gu,
    type: 'FOLLOWS',
    subject: SUCCESSIVE,
    object: SUCCESSIVE,
    passive: true,
    confidence: 0.8,
  },
  {
    re: /\bleitet\b/gu,
    type: 'CHAIRS',
    subject: ['PERSON', ...PARTNERS],
    object: BODIES,
    confidence: 0.8,
  },
];

function before(
  ms: readonly SentenceMention[],
  pos: number,
  types: EntityType[],
): SentenceMention | undefined {
  return [...ms].reverse().find((m) => m.end <= pos && types.includes(m.type) && !m.modifier);
}
function after(
  ms: readonly SentenceMention[],
  pos: number,
  types: EntityType[],
  exclude?: string,
): SentenceMention | undefined {
  return ms.find((m) => m.start >= pos && types.includes(m.type) && !m.modifier && m.entityId !== exclude);
}
function inside(ms: readonly SentenceMention[], pos: number): boolean {
  return ms.some((m) => m.start <= pos && pos < m.end);
}

/** Entity of an adjective such as "hessischen" via its stem, or undefined. */
function adjectiveEntity(word: string, adjectives: ReadonlyMap<string, string>): string | undefined {
  const m = /^(\p{Ll}+?)(?:e|er|es|en|em)?$/u.exec(word);
  return m ? adjectives.get(m[1] as string) : undefined;
}

export function extractRelations(input: RelationInput): Found[] {
  const out: Found[] = [];
  const add = (
    from: string,
    type: RelationType,
    to: string,
    sentence: number,
    confidence: number,
    method = 'pattern',
  ) => {
    if (from !== to) out.push({ from, type, to, sentence, confidence, method });
  };
  let lastPerson: { id: string; paragraph: number } | null = null;

  input.sentences.forEach((s, si) => {
    const ms = input.mentions[si] ?? [];
    const t = s.text;
    const abs = (i: number) => s.start + i;

    for (const trig of input.parsed ? [] : TRIGGERS) {
      for (const m of t.matchAll(trig.re)) {
        const at = abs(m.index);
        if (inside(ms, at)) continue;
        const end = at + m[0].length;
        const subj = trig.passive ? after(ms, end, trig.subject) : before(ms, at, trig.subject);
        const obj = trig.passive ? before(ms, at, trig.object) : after(ms, end, trig.object, subj?.entityId);
        if (subj && obj) add(subj.entityId, trig.type, obj.entityId, si, trig.confidence);
      }
    }

    // EfA lead: "die hessischen EfA-Leistungen „A“, „B“" / "unter hessischer Federführung entwickelte X".
    for (const m of t.matchAll(/\b(\p{Ll}+)\s+(?:EfA-Leistung(?:en)?|Federführung)\b/gu)) {
      const lead = adjectiveEntity(m[1] as string, input.adjectives);
      if (!lead) continue;
      const at = abs(m.index);
      const led = ms.filter((x) => x.start > at && THINGS.includes(x.type) && !x.modifier);
      // "Der eGov-Campus, die unter hessischer Federführung entwickelte Bildungsplattform": the thing before.
      const previous = m[0].endsWith('Federführung') && led.length === 0 ? before(ms, at, THINGS) : undefined;
      for (const x of previous ? [previous] : led) add(lead, 'LEADS', x.entityId, si, 0.85);
    }

    // Cooperation: "Zusammenarbeit zwischen X und Y", "X … gemeinsam mit der Y".
    for (const m of t.matchAll(
      /\b(?:Zusammenarbeit|Kooperation)\s+zwischen\b|\b(?:gemeinsam|zusammen) mit\b/gu,
    )) {
      const at = abs(m.index);
      if (inside(ms, at)) continue;
      if (m[0].includes('zwischen')) {
        const first = after(ms, at, INSTITUTIONS);
        const second = first ? after(ms, first.end, INSTITUTIONS, first.entityId) : undefined;
        if (first && second) add(first.entityId, 'COOPERATES_WITH', second.entityId, si, 0.8);
      } else {
        const a = before(ms, at, INSTITUTIONS);
        const b = after(ms, at, INSTITUTIONS, a?.entityId);
        if (a && b) add(a.entityId, 'COOPERATES_WITH', b.entityId, si, 0.75);
      }
    }

    // Without a parse (`--no-nlp`), words in their order stand in for what the frames read.
    if (!input.parsed) {
      // Chair: "Hessen hat den Vorsitz im IT-Planungsrat", "er ist Vorsitzender des IT-Planungsrats",
      // "unter hessischem Vorsitz".
      for (const m of t.matchAll(/\b(?:(\p{Ll}+)\s+)?(?:Vorsitz|Vorsitzende[rn]?)\b/gu)) {
        const at = abs(m.index + (m[1] ? m[1].length + 1 : 0));
        const body = after(ms, at, BODIES);
        const adjective = m[1] ? adjectiveEntity(m[1], input.adjectives) : undefined;
        let chair = adjective ?? before(ms, at, ['PERSON', ...PARTNERS])?.entityId;
        if (!chair && /\ber\b/.test(t) && lastPerson?.paragraph === s.paragraph) chair = lastPerson.id;
        const bodyId = body?.entityId ?? (adjective ? before(ms, at, BODIES)?.entityId : undefined);
        if (chair && bodyId) add(chair, 'CHAIRS', bodyId, si, 0.85);
      }

      // Genitive attachment: "Digitale Modellbehörde (DMB) des Hessischen Innenministeriums".
      for (let i = 0; i + 1 < ms.length; i++) {
        const a = ms[i] as SentenceMention;
        const b = ms[i + 1] as SentenceMention;
        if (b.type !== 'MINISTRY' || a.modifier) continue;
        if (!/^\)?\s+(?:des|der)\s+$/.test(input.text.slice(a.end, b.start))) continue;
        if (THINGS.includes(a.type)) add(b.entityId, 'RESPONSIBLE_FOR', a.entityId, si, 0.8);
        else if (a.type === 'AGENCY') add(a.entityId, 'PART_OF', b.entityId, si, 0.8);
      }

      // Piloting: "… wurde 2020 im Main-Kinzig-Kreis pilotiert", "Pilotprojekt „Frauke“ am Amtsgericht Frankfurt".
      if (/\bpilotiert\b|\bPilot(?:projekt|phase)\b|\berprobt\b/u.test(t)) {
        const thing = ms.find((x) => THINGS.includes(x.type) && !x.modifier);
        const place = thing
          ? ms.find((x) => x.start > thing.start && ['PLACE', 'AGENCY'].includes(x.type) && !x.modifier)
          : undefined;
        if (thing && place) add(thing.entityId, 'PILOTED_IN', place.entityId, si, 0.8);
      }

      // Part of: "Teilprojekt der DMB ist die Applikation „Kommunal Data Hessen“".
      for (const m of t.matchAll(/\b(?:Teilprojekt|Bestandteil|Teil)\s+(?:der|des)\s+/gu)) {
        const whole = after(ms, abs(m.index + m[0].length), [...THINGS, ...BODIES]);
        if (!whole || whole.start !== abs(m.index + m[0].length)) continue;
        for (const part of ms.filter(
          (x) => x !== whole && THINGS.includes(x.type) && !x.modifier && x.entityId !== whole.entityId,
        )) {
          add(part.entityId, 'PART_OF', whole.entityId, si, 0.8);
        }
      }

      // Platform at an operator: "Die Verfahrenscloud Hessen bei der HZD".
      for (let i = 0; i + 1 < ms.length; i++) {
        const a = ms[i] as SentenceMention;
        const b = ms[i + 1] as SentenceMention;
        if (a.type !== 'PLATFORM' || !['AGENCY', 'ORGANISATION'].includes(b.type)) continue;
        if (/^\s+(?:bei der|beim|bei dem)\s+$/.test(input.text.slice(a.end, b.start)))
          add(b.entityId, 'OPERATES', a.entityId, si, 0.8);
      }

      // Basis: "Das im Rahmen des OZG eingeführte Beteiligungsportal".
      for (const m of t.matchAll(
        /\b(?:auf Grundlage|auf Basis|im Rahmen|auf der Grundlage)\s+(?:des|der|von)\s+/giu,
      )) {
        const at = abs(m.index + m[0].length);
        const basis = ms.find(
          (x) => x.start >= at && x.start - at <= 40 && ['LAW', 'PROGRAMME'].includes(x.type),
        );
        if (!basis) continue;
        for (const x of ms.filter(
          (y) =>
            ['PLATFORM', 'SERVICE', 'PROGRAMME'].includes(y.type) &&
            y.entityId !== basis.entityId &&
            !y.modifier,
        )) {
          add(x.entityId, 'BASED_ON', basis.entityId, si, 0.75);
        }
      }
    }

    // Pledges of a coalition agreement: an intention with a cited page.
    if (input.pledgeTarget && s.page !== null && INTENTION.test(t)) {
      const sure = input.citesOwnPage(s);
      for (const x of ms) {
        if (PLEDGE_EXCLUDED.includes(x.type) || x.modifier) continue;
        add(x.entityId, 'PLEDGED_IN', input.pledgeTarget, si, sure ? 0.85 : 0.7, 'pledge');
      }
    }

    const person = [...ms].reverse().find((x) => x.type === 'PERSON');
    if (person) lastPerson = { id: person.entityId, paragraph: s.paragraph };
    else if (lastPerson && lastPerson.paragraph !== s.paragraph && !/^\p{Lu}/u.test(t)) lastPerson = null;
  });
  return out;
}
