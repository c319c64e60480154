/**
 * Offices held by people: a role noun („Staatssekretär“, „Digitalministerin“, „Landrätin“) tied to a
 * person — right before the name, in an apposition („der Direktor der HZD, Thomas Kaspar“), or as
 * predicate („Leiter des Hubs ist Tim Göttlich“) — and to the body of the office: the noun's own
 * genitive or prepositional attribute („der HZD“, „im HMDI“), the first part of a compound
 * („Digital-ministerin“ → Digitalministerium), or the office's default („Ministerpräsident“ → Landesregierung).
 */
import { type OfficeWord, officeOf } from '../lang/de/roles.ts';
import { PROPER_ADJECTIVE } from '../lang/de/words.ts';
import type { Doc, FoundRelation, PipelineContext, SentenceMention } from './doc.ts';
import { foldKey } from './fold.ts';
import type { Match } from './matcher.ts';
import { type Bodies, bodyOf, organOf, portfolioMatch } from './office-bodies.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from './parse.ts';

export type { Bodies, Named } from './office-bodies.ts';

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
    // Not a prepositional attribute: „Professorin für Public Affairs“ names the field, not the holder.
    ...childrenOf(s, office, 'appos', 'nsubj', 'flat', 'nmod').filter((c) => caseOf(s, c) === null),
    ...(office.head >= 0 && ['appos', 'nsubj'].some((d) => office.dep.startsWith(d))
      ? [s.tokens[office.head] as ParsedToken]
      : []),
  ];
  const viaCopula =
    office.head >= 0 ? childrenOf(s, s.tokens[office.head] as ParsedToken, 'nsubj', 'obj') : [];
  // „Dr. Anna Muster“: the name may hang below its title.
  const found = [...linked, ...viaCopula]
    .flatMap((t) => [t, ...childrenOf(s, t, 'flat')])
    .find((t) => t !== office && isPerson(t));
  return (
    found ??
    appositionPerson(s, office, isPerson) ??
    copulaPerson(s, office, isPerson) ??
    precedingPerson(s, office, isPerson)
  );
}

/** „Prof. Dr. Anna Muster (SPD), Ministerin für …“: the name before the comma that opens the role's phrase. */
function precedingPerson(
  s: ParsedSentence,
  office: ParsedToken,
  isPerson: (t: ParsedToken) => boolean,
): ParsedToken | undefined {
  let j = office.i - 1;
  // „…, die damalige Ministerin“, „…, Hessische Ministerin“: the role's own article and adjectives.
  const adjective = (t: ParsedToken) => /^(?:DET|ADJ)$/.test(t.pos) || PROPER_ADJECTIVE.test(t.word);
  while (j >= 0 && adjective(s.tokens[j] as ParsedToken)) j--;
  if (s.tokens[j]?.word !== ',') return undefined;
  j--;
  // „Anna Muster (SPD), …“: the party in brackets stands between.
  if (s.tokens[j]?.word === ')') {
    while (j >= 0 && s.tokens[j]?.word !== '(') j--;
    j--;
  }
  const before = s.tokens[j];
  return before && isPerson(before) ? before : undefined;
}

/** „Direktor war 2019 Jana Muster“: a role without article in a copula clause means the text's body. */
function isBareCopula(s: ParsedSentence, office: ParsedToken): boolean {
  return (
    childrenOf(s, office, 'det').length === 0 &&
    /^(?:nsubj|root)/.test(office.dep) &&
    s.tokens.some((t) => COPULAS.test(t.key))
  );
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
  // „der CIO des Landes, Staatssekretär Patrick Burghardt“: a second role may precede the name.
  const next = rest.slice(comma + 1).find((t) => !TITLE.test(t.word) && !officeOf(t.key));
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
  // The role must be the clause's subject or predicate, not an attribute inside one („Staatssekretär X
  // aus dem Bereich der Digitalministerin“: she is not X).
  if (!/^(?:root|nsubj|ccomp|xcomp)/.test(office.dep) && childrenOf(s, office, 'cop').length === 0)
    return undefined;
  // One name may span several tokens: count the first token of each.
  const people = s.tokens.filter(
    (t) => isPerson(t) && !(t.i > 0 && isPerson(s.tokens[t.i - 1] as ParsedToken)),
  );
  return people.length === 1 ? people[0] : undefined;
}

/** The word joined by a hyphen before a role noun („Bitkom-Hauptgeschäftsführer“, „TU-Präsidentin“). */
function gluedWord(doc: Doc, t: ParsedToken): string | undefined {
  if (t.word.includes('-')) return t.word.split('-')[0];
  return /([\p{L}\d.]{2,30})-$/u.exec(doc.text.slice(Math.max(0, t.start - 31), t.start))?.[1];
}

/**
 * Whether a named person holds the role — one found before, or a name right after the role that no
 * list knows („Landtagspräsident Rhein“): then no pronoun does.
 */
function heldByName(s: ParsedSentence, role: ParsedToken, namedAt: (t: ParsedToken) => Match | undefined) {
  if (personToken(s, role, (x) => namedAt(x) !== undefined)) return true;
  const next = s.tokens.slice(role.i + 1).find((t) => !TITLE.test(t.word));
  return next !== undefined && next.pos === 'PROPN';
}

/**
 * The relation a role noun states: the office with its role as written, or (`member`: a party before
 * a word that is no party office, „die CDU-Abgeordnete“) membership of the party.
 */
function officeFound(
  holder: string,
  t: ParsedToken,
  word: OfficeWord,
  body: string,
  sentence: number,
  confidence: number,
  member = false,
): FoundRelation {
  const found = { from: holder, to: body, sentence, confidence, method: 'office' };
  return member
    ? { ...found, type: 'MEMBER_OF' }
    : { ...found, type: word.office.relation, role: roleTitle(t.word, word) };
}

const at = (people: readonly Match[]) => (t: ParsedToken) =>
  people.find((m) => m.start <= t.start && t.end <= m.end);

/**
 * Office relations of every role noun in the parsed sentences. `named`: people found before, whose
 * roles are someone else's to read — a role a named person holds is not given to a pronoun.
 */
export function officeRelations(
  doc: Doc,
  people: readonly Match[],
  bodies: Bodies,
  named: readonly Match[] = [],
): FoundRelation[] {
  const out: FoundRelation[] = [];
  const personAt = at(people);
  const namedAt = at(named);
  doc.parses.forEach((s, si) => {
    for (const t of s.tokens) {
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      const office = officeOf(t.key);
      if (!office || (named.length > 0 && heldByName(s, t, namedAt))) continue;
      const glued = gluedWord(doc, t);
      // „TU-Präsidentin“ split by the tokenizer: an abbreviation before the hyphen is the compound's prefix.
      const abbreviation = office.prefix === '' && glued && /^\p{Lu}{2,5}$/u.test(glued);
      const word = abbreviation ? { ...office, prefix: glued } : office;
      const person = personToken(s, t, (x) => personAt(x) !== undefined);
      const role = { s, token: t, word, glued };
      const body = person && bodyOf(doc, role, bodies, isBareCopula(s, t));
      const match = person && personAt(person);
      if (!match || !body || match.entityId === body) continue;
      // „die CDU-Abgeordnete“, „die SPD-Politikerin“: a party before a word that is no party office
      // names the person's party, not a body the person holds an office at.
      const party = doc.registry.record(body)?.type === 'PARTY';
      const member = party && (word.office.membership || !word.office.body.includes('PARTY'));
      const found = officeFound(match.entityId, t, word, body, si, 0.85, member);
      // A chair of a body's board holds an office of the body; it chairs the board, not the body.
      const organ = member ? undefined : organOf(role);
      const title = organ?.phrase ? `${found.role} ${organ.phrase}` : found.role;
      out.push(organ ? { ...found, type: 'HOLDS_OFFICE', role: title } : found);
    }
  });
  return out;
}

/**
 * „- 2014–2019: Präsidentin der IHK Darmstadt“ in a portrait titled with a person's name: a line
 * without a verb and without a person names an office of the person the text is about.
 */
export function portraitOffices(doc: Doc, bodies: Bodies, holder: string): FoundRelation[] {
  const out: FoundRelation[] = [];
  doc.parses.forEach((s, si) => {
    const people = (doc.bySentence[si] ?? []).some((m) => m.type === 'PERSON');
    if (people || s.tokens.some((t) => /^(?:VERB|AUX)$/.test(t.pos))) return;
    for (const t of s.tokens) {
      const word = t.pos === 'NOUN' || t.pos === 'PROPN' ? officeOf(t.key) : null;
      const body = word && bodyOf(doc, { s, token: t, word, glued: gluedWord(doc, t) }, bodies, false);
      if (!word || !body || doc.registry.record(body)?.type === 'PARTY') continue;
      out.push(officeFound(holder, t, word, body, si, 0.8));
    }
  });
  return out;
}

/** „die Ministerin für Digitale Strategie und Entwicklung“ mentions the ministry of that portfolio. */
export function portfolioMentions(doc: Doc, bodies: Bodies): Match[] {
  const out: Match[] = [];
  for (const t of doc.tokens) {
    const office = officeOf(t.key);
    if (!office?.office.bodyHeads?.includes('ministerium') || !/^\p{Lu}/u.test(t.text)) continue;
    const match = portfolioMatch(doc, t.start, t.end, bodies);
    if (match) out.push(match);
  }
  return out;
}

/** Once references are resolved, „des Landes“, „des Hauses“: the mentions that stand for a body named before. */
export function referredBodies(doc: Doc): SentenceMention[] {
  return doc.bySentence.flat().filter((m) => m.anaphor && m.type !== 'PERSON');
}

/** The non-person names found so far, as the office rules ask for them. */
export function namedBodies(doc: Doc, ctx: PipelineContext, referred = false): Bodies {
  const c = doc.candidates;
  const named = (m: { entityId: string; start: number; end: number }) => {
    const record = doc.registry.record(m.entityId);
    return record
      ? { entityId: m.entityId, type: record.type, name: record.name, start: m.start, end: m.end }
      : undefined;
  };
  const references = referred ? referredBodies(doc) : [];
  const others = [...c.explicit, ...c.catalog, ...c.known, ...c.document, ...references]
    .map(named)
    .filter((m) => m !== undefined)
    .sort((a, b) => a.start - b.start);
  return {
    at: (start, end) => others.find((x) => x.start < end && start < x.end),
    lookup: (label) => ctx.catalogIndex.lookup(label)?.entityId ?? doc.registry.idOf(label),
    before: (offset) => others.filter((x) => x.end <= offset).reverse(),
  };
}
