/**
 * names: entities the tagger finds (people, organisations, places, other names) that neither the
 * catalog nor the graph knows, typed by their head noun (heads.ts) and the tagger's class, and
 * names before a legal form („govdigital eG“). The catalog and these rules correct the tagger:
 * a letterhead in capitals is no person, an adjective is no name.
 */
import type { EntityType } from '../../graph/model.ts';
import { HEAD_EXPANSIONS } from '../../lang/de/heads.ts';
import { ADDRESS_WORDS, officeOf } from '../../lang/de/roles.ts';
import { INDEFINITE_ARTICLE_BEFORE } from '../../lang/de/words.ts';
import type { NlpEntity, NlpSentence } from '../../nlp/annotation.ts';
import { acronymLinks } from '../acronym-links.ts';
import type { Doc, PipelineContext } from '../doc.ts';
import { foldKey } from '../fold.ts';
import { givenNamePerson } from '../given-name-people.ts';
import { headNames } from '../head-names.ts';
import { nominative, pluralNominative, typeFromHead, typeOfName } from '../heads.ts';
import { isAcronymShape } from '../initials.ts';
import { isLegalForm } from '../legal-forms.ts';
import { type LegalName, legalNames } from '../legal-names.ts';
import { listedOrganisations } from '../listed-organisations.ts';
import { type Match, MatchIndex, type Term } from '../matcher.ts';
import { wholeWords } from '../name-words.ts';
import { addBracketParties } from '../party-brackets.ts';
import { isAllCaps, personName } from '../person-name.ts';
import { type SpelledOut, spelledOutKinds } from '../spelled-out.ts';
import { isStreet } from '../streets.ts';
import { typedNames } from '../typed-names.ts';
import { addUnits, type UnitSpan, unitSpans } from '../units.ts';
import { VariantIndex } from '../variant-index.ts';
import type { Component } from './component.ts';

const NER_TYPES: Readonly<Record<string, EntityType>> = {
  ORGANIZATION: 'ORGANISATION',
  LOCATION: 'PLACE',
};

function overlapsKnown(doc: Doc, start: number, end: number): boolean {
  const c = doc.candidates;
  // A known name inside a longer new one („Hessen“ in „Hessen Trade & Invest GmbH“) does not stop it.
  return [c.explicit, c.catalog, c.known].some((list) => list.some((m) => m.start <= start && end <= m.end));
}

/** Whether a span overlaps one of the spans. */
function overlaps(
  spans: readonly { start: number; end: number }[],
  x: { start: number; end: number },
): boolean {
  return spans.some((s) => s.start < x.end && x.start < s.end);
}

/** Whether [start, end) lies inside one of the spans. */
function within(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((x) => x.start <= start && end <= x.end);
}

/** „des Odenwalds“ → „Odenwald“, „des Ministeriums für …“ → „Ministerium für …“: the head of a genitive phrase. */
function dropGenitive(name: string, before: string): string {
  if (!/\b(?:des|eines)\s$/u.test(before)) return name;
  const words = name.split(' ');
  const k = words.findIndex((w) => /^\p{Lu}\p{Ll}{3,}e?s$/u.test(w));
  if (k < 0 || (k > 0 && !/^\p{Lu}\p{Ll}+(?:en)$/u.test(words[k - 1] as string))) return name;
  words[k] = (words[k] as string).replace(/e?s$/u, '');
  return words.join(' ');
}

/**
 * Not a name but a kind of thing: an abbreviation introduced for a common noun phrase („der
 * künstlichen Intelligenz (KI)“), or a phrase after an indefinite article („für eine „Smart City““).
 */
function isKindOfThing(doc: Doc, e: NlpEntity, kinds: readonly SpelledOut[]): boolean {
  // „Security Officer“ in „Chief Information Security Officer (CISO)“: a piece of the long form of a kind.
  if (kinds.some((s) => s.start <= e.start && e.end <= s.end)) return true;
  const before = doc.text.slice(Math.max(0, e.start - 60), e.start);
  if (/(?:^|\s)\p{Ll}+\s\p{Lu}\p{Ll}+\s\($/u.test(before) && /^\p{Lu}{2,5}$/u.test(e.text)) return true;
  return INDEFINITE_ARTICLE_BEFORE.test(before);
}

/** „Alsfelds Bürgermeister“: a name known without its genitive -s is that name. */
function saxonGenitive(doc: Doc, name: string): string {
  if (!/\p{Ll}s$/u.test(name)) return name;
  const base = name.slice(0, -1);
  // (The catalog's names already match with a genitive ending.)
  return doc.registry.idOf(base) ? base : name;
}

/** „Frank“ tagged, „von der Au“ not: the surname particles and the word after them belong to the name. */
const PARTICLE_SURNAME = /^ (?:von der|van der|van den|von|van|de|zu) \p{Lu}[\p{L}’'-]+/u;

/** Registers a tagged name; a minister's title gives its ministry's mention back. */
function addEntity(
  doc: Doc,
  sentence: NlpSentence,
  tagged: NlpEntity,
  kinds: readonly SpelledOut[],
): Match | undefined {
  // „hessian.AI“, „x²-Akte“: a name the tagger cut at an odd character is the whole word.
  const span = wholeWords(doc.text, tagged.start, tagged.end);
  const spanned = { ...tagged, ...span, text: doc.text.slice(span.start, span.end) };
  // „Felix Brückner“ as a miscellaneous name, „Nadine“ without „Kraft“: a given name opens a person's name.
  const person = givenNamePerson(doc.text, spanned);
  const e = person ? { ...spanned, ...person, ner: 'PERSON' } : spanned;
  if (e.ner === 'PERSON') {
    const particle = PARTICLE_SURNAME.exec(doc.text.slice(e.end, e.end + 40))?.[0] ?? '';
    // „von Hessen“, „von der Stadt“: a place or a typed noun after the particle is no surname.
    const last = particle.split(' ').at(-1) ?? '';
    const rest = typeFromHead(last) || /^\p{Lu}\p{Ll}+(?:en|land)$/u.test(last) ? '' : particle;
    const person = personName(e.text + rest);
    if (!person) return;
    doc.registry.resolve({
      name: person.name,
      type: 'PERSON',
      aliases: [],
      description: null,
      ...(person.titles.length > 0 ? { titles: person.titles } : {}),
      origin: 'ner',
    });
    return;
  }
  const first = sentence.tokens[e.tokenStart];
  // „AöR“, „GmbH“ alone: a legal form names no body.
  if (isKindOfThing(doc, e, kinds) || isLegalForm(e.text)) return;
  // „Offene Wetterau“ after „der Verein Offene Wetterau“: the body's name, not the place the tagger guessed.
  if (e.ner === 'LOCATION' && e.text.includes(' ') && doc.registry.variantOf(e.text)) return;
  // „CIO“, „Präsident“: a role is no organisation; „Landtagspräsident Rhein“: the word after one is a surname.
  const before = /(\p{L}+)\.? $/u.exec(doc.text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? '';
  if (officeOf(foldKey(e.text)) || officeOf(foldKey(before)) || ADDRESS_WORDS.has(foldKey(before))) return;
  if (!first || isAllCaps(e.text) || /^\p{Ll}/u.test(e.text) || first.pos === 'ADJ') return;
  if (isShortDescription(doc, e)) return;
  const ministry = ministryOfTitle(e.text);
  if (ministry) {
    const entityId = doc.registry.resolve({
      name: ministry,
      type: 'MINISTRY',
      aliases: [e.text],
      description: null,
      origin: 'ner',
    });
    // A known ministry under its full name: the title is its mention here.
    return { entityId, start: e.start, end: e.end, surface: e.text, label: e.text, kind: 'name' };
  }
  const headType = typeOfName(e.text);
  // Without a typed head noun a name needs a proper noun: „Dorfgemeinschaftshäusern“ is a common noun.
  const tokens = sentence.tokens.slice(e.tokenStart, e.tokenEnd);
  if (!headType && !tokens.some((t) => t.pos === 'PROPN')) return;
  // The head noun decides; without one, the tagger's class (MISC needs a head noun).
  const type = headType ?? NER_TYPES[e.ner] ?? null;
  if (!type || type === 'PERSON' || (type === 'PLACE' && isStreet(doc.text, e))) return;
  const read = nominative(dropGenitive(e.text, doc.text.slice(Math.max(0, e.start - 6), e.start)));
  const name = type === 'PARTY' ? pluralNominative(read) : read;
  const short = saxonGenitive(doc, name);
  // „TU Darmstadt“ is named by its full name, so both spellings meet on one entity.
  const [abbreviation, ...rest] = short.split(' ');
  const expansion = HEAD_EXPANSIONS[abbreviation ?? ''];
  const full = expansion && rest.length > 0 ? `${expansion} ${rest.join(' ')}` : short;
  const aliases = full === short ? [] : [short];
  doc.registry.resolve({ name: full, type, aliases, description: null, origin: 'ner' });
}

/**
 * „die Landesagentur“ after „die Landesagentur für Geodaten“: a type noun alone with a definite
 * article, where the text also names a body with that noun and more, describes that body (the
 * reference resolver reads it); it is no body of its own.
 */
function isShortDescription(doc: Doc, e: { text: string; start: number }): boolean {
  if (e.text.includes(' ') || !typeFromHead(e.text)) return false;
  if (!/(?:^|\s)(?:der|die|das|dem|den|des)\s$/iu.test(doc.text.slice(Math.max(0, e.start - 5), e.start)))
    return false;
  const word = e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${word}\\s+(?:für|der|des|\\p{Lu})`, 'u').test(doc.text);
}

/**
 * „Minister für Arbeit und Soziales“, „Ministerin der Justiz“: a minister's title the tagger took
 * for a name names the ministry of that portfolio; the title stays its alias.
 */
function ministryOfTitle(text: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+) ((?:für|der|des) \p{Lu}.*)$/u.exec(text);
  const office = m && officeOf(foldKey(m[1] as string));
  return office?.office.relation === 'HEADS' && office.office.bodyHeads?.includes('ministerium')
    ? `Ministerium ${m?.[2]}`
    : null;
}

/** Names before a legal form; their spans, so that no shorter name is taken inside one. */
function legalFormNames(doc: Doc): LegalName[] {
  const names = legalNames(doc.text).filter((n) => !overlapsKnown(doc, n.start, n.end));
  for (const name of names)
    doc.registry.resolve({
      name: name.headed ? nominative(name.name) : name.name,
      type: 'ORGANISATION',
      aliases: [],
      description: null,
      origin: 'legal-form',
    });
  return names;
}

/** Every name the document defined or the tagger found, matched wherever the text repeats it, also by its core. */
function documentCandidates(doc: Doc, links: ReadonlyMap<string, string>, heads: readonly Match[]): Match[] {
  const terms: Term[] = [];
  const records = doc.registry.derivedRecords().filter((e) => e.type !== 'PERSON');
  for (const e of records)
    for (const label of [e.name, ...e.aliases]) terms.push({ entityId: e.id, label, kind: 'name' });
  for (const [label, entityId] of links) terms.push({ entityId, label, kind: 'alias' });
  const exact = new MatchIndex(terms).candidates(doc.text, doc.tokens);
  const c = doc.candidates;
  const variants = new VariantIndex(records).candidates(doc, [...exact, ...c.catalog, ...c.known]);
  doc.candidates.document = [...exact, ...variants, ...heads];
  return doc.candidates.document;
}

/**
 * Acronyms the text uses for a known body without defining them („das HMD“), linked to it; the
 * tagger's acronyms that fit no body (`deferred`) become organisations as before.
 */
function linkAcronyms(
  doc: Doc,
  ctx: PipelineContext,
  deferred: readonly Tagged[],
  heads: readonly Match[],
  kinds: readonly SpelledOut[],
): Map<string, string> {
  const c = doc.candidates;
  const spans = [...c.explicit, ...c.catalog, ...c.known, ...documentCandidates(doc, new Map(), heads)];
  const bodies = [...ctx.catalog.entries, ...ctx.known, ...doc.registry.derivedRecords()];
  const links = acronymLinks(doc, bodies, spans);
  for (const [sentence, e] of deferred) if (!links.has(e.text)) addEntity(doc, sentence, e, kinds);
  return links;
}

/** Names on a typed head noun the tagger left out („Landesagentur für Daten“). */
function typedHeadNames(doc: Doc, legal: readonly LegalName[], units: readonly UnitSpan[]): Match[] {
  const spans: Match[] = [];
  for (const h of headNames(doc)) {
    if (overlapsKnown(doc, h.start, h.end) || within(legal, h.start, h.end) || overlaps(units, h)) continue;
    if (isShortDescription(doc, { text: doc.text.slice(h.start, h.end), start: h.start })) continue;
    const name = nominative(h.name);
    const entityId = doc.registry.resolve({
      name,
      type: h.type,
      aliases: [],
      description: null,
      origin: 'head-noun',
    });
    // A known body under a name no list holds (a former one): the whole span is its mention.
    const record = doc.registry.record(entityId);
    if (record && record.name !== name && !record.aliases.includes(name))
      spans.push({ entityId, start: h.start, end: h.end, surface: h.name, label: name, kind: 'name' });
  }
  return spans;
}

/** Names a type noun introduces in lower case or an odd shape („die Plattform civento“), typed by the noun. */
function nounTypedNames(doc: Doc, legal: readonly LegalName[]): void {
  for (const n of typedNames(doc)) {
    if (overlapsKnown(doc, n.start, n.end) || within(legal, n.start, n.end)) continue;
    doc.registry.resolve({ name: n.name, type: n.type, aliases: [], description: null, origin: 'type-noun' });
  }
}

type Tagged = [NlpSentence, NlpEntity];

/** „Felix Brückner⏎Referat V 4“: the end of a chart's or list's line ends a name the tagger runs on. */
function lineEntities(sentence: NlpSentence): NlpEntity[] {
  return sentence.entities.map((e) => {
    const lineEnd = e.text.search(/\s*\n/);
    return lineEnd > 0 ? { ...e, end: e.start + lineEnd, text: e.text.slice(0, lineEnd) } : e;
  });
}

export const names: Component = {
  name: 'names',
  requires: ['text', 'sentences', 'tokens', 'annotation', 'parses', 'candidates', 'registry'],
  // Units of a named body are PART_OF it (units.ts).
  assigns: ['candidates', 'relations', 'registry'],
  run(doc, ctx) {
    // „Anna Beispiel (FW)“ in a parliamentary text: a party, before the tagger's organisations.
    addBracketParties(doc);
    const legal = legalFormNames(doc);
    nounTypedNames(doc, legal);
    // „Referat Z 3“ is a unit of a body (units.ts), not a name on the head „Referat“.
    const units = unitSpans(doc.text);
    const heads = typedHeadNames(doc, legal, units);
    const sentences = doc.annotation?.sentences ?? [];
    const nameStarts = new Set(
      doc.parses.flatMap((s) => s.tokens.filter((t) => !/^(?:O|PERSON)$/.test(t.ner)).map((t) => t.start)),
    );
    const kinds = spelledOutKinds(
      doc.text,
      (s) =>
        nameStarts.has(s.start) ||
        doc.registry.idOf(s.long) !== undefined ||
        !!ctx.catalogIndex.lookup(s.long),
    );
    // People first: a tagger's place or organisation that is a surname of someone named here is that person.
    for (const sentence of sentences)
      for (const e of lineEntities(sentence))
        if (e.ner === 'PERSON' && !overlapsKnown(doc, e.start, e.end)) addEntity(doc, sentence, e, kinds);
    const surnames = new Set(
      doc.registry
        .derivedRecords()
        .filter((r) => r.type === 'PERSON')
        .map((r) => r.name.split(' ').at(-1)),
    );
    // An acronym waits until every body is known: it may stand for one („das HMD“).
    const acronyms: Tagged[] = [];
    for (const sentence of sentences)
      for (const e of lineEntities(sentence)) {
        if (e.ner === 'PERSON' || surnames.has(e.text) || overlapsKnown(doc, e.start, e.end)) continue;
        if (within(legal, e.start, e.end) || overlaps(units, e)) continue;
        if (isAcronymShape(e.text)) acronyms.push([sentence, e]);
        else {
          const title = addEntity(doc, sentence, e, kinds);
          if (title) heads.push(title);
        }
      }
    const links = linkAcronyms(doc, ctx, acronyms, heads, kinds);
    const known = (start: number, end: number) => overlapsKnown(doc, start, end);
    for (const sentence of sentences) listedOrganisations(doc, sentence, { links, kinds, known });
    const c = doc.candidates;
    addUnits(doc, [...c.explicit, ...c.catalog, ...c.known, ...documentCandidates(doc, links, heads)]);
  },
};
