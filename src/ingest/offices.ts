/**
 * Offices held by people: a role noun („Staatssekretär“, „Digitalministerin“, „Landrätin“) tied to a
 * person — right before the name, in an apposition („der Direktor der HZD, Thomas Kaspar“), or as
 * predicate („Leiter des Hubs ist Tim Göttlich“) — and to the body of the office: the noun's own
 * genitive or prepositional attribute („der HZD“, „im HMDI“), the first part of a compound
 * („Digital-ministerin“ → Digitalministerium), or the office's default („Ministerpräsident“ → Landesregierung).
 */
import type { EntityType } from '../graph/model.ts';
import { type OfficeWord, officeOf } from '../lang/de/roles.ts';
import type { Doc, FoundRelation } from './doc.ts';
import { foldKey } from './fold.ts';
import type { Match } from './matcher.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken, subtreeSpan } from './parse.ts';

export interface Named {
  entityId: string;
  type: EntityType;
  name: string;
  /** Where the mention stands in the text. */
  start: number;
  end: number;
}

/** What the office rules may ask about the entities a document mentions (outside people). */
export interface Bodies {
  /** The entity whose mention covers [start, end), if any. */
  at(start: number, end: number): Named | undefined;
  /** The entity a label names in the catalog or this document. */
  lookup(label: string): string | undefined;
  /** Mentions before an offset, nearest first. */
  before(offset: number): Named[];
}

/** Words that stand between a role noun and the name: titles and a second role („Aufsichtsratsvorsitzender Landrat …“). */
const TITLE = /^(?:Dr|Prof|h\.?\s?c|\.)\.?$/u;
const COPULAS = /^(?:ist|war|sind|waren|wurde|wird|bleibt|blieb)$/;

/** Role as written, in the nominative singular: „Staatssekretärs“ → „Staatssekretär“. */
function roleTitle(surface: string, office: OfficeWord): string {
  const stemLength = office.prefix.length + office.office.stem.length;
  const folded = foldKey(surface);
  const ending = folded.slice(stemLength);
  if (ending === 'in' || ending === 'innen') return surface.replace(/innen$/, 'in');
  // Keep the adjectival nouns' -e/-er ("Vorsitzende", "Beauftragter"); drop genitive/plural endings.
  return /^(?:s|es|en|n)$/.test(ending) && !/(?:end|agt)$/.test(office.office.stem)
    ? surface.slice(0, surface.length - ending.length)
    : surface;
}

function personToken(
  s: ParsedSentence,
  office: ParsedToken,
  isPerson: (t: ParsedToken) => boolean,
): ParsedToken | undefined {
  const next = s.tokens.slice(office.i + 1).find((t) => !TITLE.test(t.word) && !officeOf(t.key));
  if (next && isPerson(next)) return next;
  const linked = [
    ...childrenOf(s, office, 'appos', 'nsubj', 'flat', 'nmod'),
    ...(office.head >= 0 && ['appos', 'nsubj'].some((d) => office.dep.startsWith(d))
      ? [s.tokens[office.head] as ParsedToken]
      : []),
  ];
  const viaCopula =
    office.head >= 0 ? childrenOf(s, s.tokens[office.head] as ParsedToken, 'nsubj', 'obj') : [];
  const found = [...linked, ...viaCopula].find((t) => t !== office && isPerson(t));
  return found ?? appositionPerson(s, office, isPerson) ?? copulaPerson(s, office, isPerson);
}

/** „die Präsidentin der TU Darmstadt, Prof. Dr. Tanja Brühl“: the name after the comma that closes the role's phrase. */
function appositionPerson(
  s: ParsedSentence,
  office: ParsedToken,
  isPerson: (t: ParsedToken) => boolean,
): ParsedToken | undefined {
  const rest = s.tokens.slice(office.i + 1);
  const comma = rest.findIndex((t) => t.word === ',');
  // The role's own phrase lies between: no verb, no other person.
  if (comma < 0 || rest.slice(0, comma).some((t) => /^(?:VERB|AUX)$/.test(t.pos) || isPerson(t)))
    return undefined;
  const next = rest.slice(comma + 1).find((t) => !TITLE.test(t.word));
  return next && isPerson(next) ? next : undefined;
}

/**
 * „Staatssekretär im HMDI ist seit Januar 2024 Stefan Sauer“: in a copula clause whose subject or
 * predicate is the role noun, the one person the sentence names holds it, however the tagger hung
 * the name (often on a date).
 */
function copulaPerson(
  s: ParsedSentence,
  office: ParsedToken,
  isPerson: (t: ParsedToken) => boolean,
): ParsedToken | undefined {
  if (childrenOf(s, office, 'case').length > 0 || !s.tokens.some((t) => COPULAS.test(t.key)))
    return undefined;
  // One name may span several tokens: count the first token of each.
  const people = s.tokens.filter(
    (t) => isPerson(t) && !(t.i > 0 && isPerson(s.tokens[t.i - 1] as ParsedToken)),
  );
  return people.length === 1 ? people[0] : undefined;
}

function bodyOf(
  doc: Doc,
  s: ParsedSentence,
  office: ParsedToken,
  word: OfficeWord,
  glued: string | undefined,
  bodies: Bodies,
): string | undefined {
  const fits = (type: EntityType) => word.office.body.includes(type);
  const lookup = bodies.lookup;
  for (const attr of childrenOf(s, office, 'nmod', 'obl')) {
    const hit = bodies.at(attr.start, attr.end);
    if (hit && fits(hit.type)) return hit.entityId;
  }
  // „Ministerin für Digitale Strategie und Entwicklung“ → „Ministerium für Digitale Strategie und Entwicklung“.
  const portfolio = childrenOf(s, office, 'nmod').find((c) =>
    ['fuer', 'der', 'des'].includes(caseOf(s, c) ?? childrenOf(s, c, 'det')[0]?.key ?? ''),
  );
  if (portfolio && word.office.bodyHeads?.includes('ministerium')) {
    const from = Math.min(...[portfolio, ...childrenOf(s, portfolio, 'case', 'det')].map((t) => t.start));
    const id = lookup(`Ministerium ${doc.text.slice(from, subtreeSpan(s, portfolio).end)}`);
    if (id) return id;
  }
  if (word.prefix) {
    const prefix = word.prefix.replace(/s$/, '');
    for (const head of word.office.bodyHeads ?? []) {
      const id = lookup(`${word.prefix}${head}`) ?? lookup(`${prefix}${head}`);
      if (id) return id;
    }
  }
  // „Bitkom-Hauptgeschäftsführer“: the name before the hyphen is the body.
  const gluedBody = glued ? lookup(glued) : undefined;
  if (gluedBody) return gluedBody;
  const possessor = possessiveAntecedent(doc, s, office, bodies);
  if (possessor && fits(possessor.type)) return possessor.entityId;
  const prefix = /^\p{Lu}/u.test(word.prefix) ? word.prefix : office.word.slice(0, word.prefix.length);
  const abbreviated = word.prefix && abbreviationBody(prefix, office.start, bodies);
  if (abbreviated && fits(abbreviated.type)) return abbreviated.entityId;
  if (word.office.defaultBody) return lookup(word.office.defaultBody);
  const recent = word.office.recentBody;
  if (recent && word.prefix === '' && childrenOf(s, office, 'nmod', 'obl').length === 0) {
    const earlier = bodies
      .before(office.start)
      .filter((b) => fits(b.type) && recent.some((w) => foldKey(b.name).includes(w)));
    // The body the text is about: the most mentioned so far, the nearest among equals.
    const count = (id: string) => earlier.filter((b) => b.entityId === id).length;
    const named = earlier.reduce<Named | undefined>(
      (best, b) => (!best || count(b.entityId) > count(best.entityId) ? b : best),
      undefined,
    );
    if (named) return named.entityId;
  }
  return undefined;
}

/** „die aconium GmbH, deren Geschäftsführer …“: the name right before the comma of the relative clause. */
function possessiveAntecedent(
  doc: Doc,
  s: ParsedSentence,
  office: ParsedToken,
  bodies: Bodies,
): Named | undefined {
  const pronoun = childrenOf(s, office, 'det', 'nmod').find((c) => /^(?:deren|dessen)$/.test(c.key));
  if (!pronoun) return undefined;
  return bodies
    .before(pronoun.start)
    .find((b) => /^\s*(?:\([^)]*\))?\s*,\s*$/.test(doc.text.slice(b.end, pronoun.start)));
}

/** „TU-Präsidentin“: a body mentioned before whose initials begin with the compound's abbreviation. */
function abbreviationBody(prefix: string, offset: number, bodies: Bodies): Named | undefined {
  if (!/^\p{Lu}{2,4}$/u.test(prefix)) return undefined;
  return bodies.before(offset).find((b) => {
    const initials = b.name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    return initials.startsWith(prefix) && b.name !== prefix;
  });
}

/** The word joined by a hyphen before a role noun („Bitkom-Hauptgeschäftsführer“, „TU-Präsidentin“). */
function gluedWord(doc: Doc, t: ParsedToken): string | undefined {
  if (t.word.includes('-')) return t.word.split('-')[0];
  return /([\p{L}\d.]{2,30})-$/u.exec(doc.text.slice(Math.max(0, t.start - 31), t.start))?.[1];
}

/** Office relations of every role noun in the parsed sentences. */
export function officeRelations(doc: Doc, people: readonly Match[], bodies: Bodies): FoundRelation[] {
  const out: FoundRelation[] = [];
  const personAt = (t: ParsedToken) => people.find((m) => m.start <= t.start && t.end <= m.end);
  doc.parses.forEach((s, si) => {
    for (const t of s.tokens) {
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      const office = officeOf(t.key);
      if (!office) continue;
      const glued = gluedWord(doc, t);
      // „TU-Präsidentin“ split by the tokenizer: an abbreviation before the hyphen is the compound's prefix.
      const abbreviation = office.prefix === '' && glued && /^\p{Lu}{2,5}$/u.test(glued);
      const word = abbreviation ? { ...office, prefix: glued } : office;
      const person = personToken(s, t, (x) => personAt(x) !== undefined);
      const body = person && bodyOf(doc, s, t, word, glued, bodies);
      const match = person && personAt(person);
      if (!match || !body || match.entityId === body) continue;
      out.push({
        from: match.entityId,
        type: word.office.relation,
        to: body,
        role: roleTitle(t.word, word),
        sentence: si,
        confidence: 0.85,
        method: 'office',
      });
    }
  });
  return out;
}
