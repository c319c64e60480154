/**
 * names: entities the tagger finds that neither the catalog nor the graph knows (tagged-names.ts),
 * names before a legal form („govdigital eG“), names on a typed head noun the tagger leaves out
 * (head-names.ts) and names a type noun introduces (typed-names.ts); then every such name is matched
 * wherever the text repeats it.
 */
import type { NlpEntity, NlpSentence } from '../../nlp/annotation.ts';
import { acronymLinks } from '../acronym-links.ts';
import type { Doc, PipelineContext } from '../doc.ts';
import { nameLines } from '../given-name-people.ts';
import { headNames } from '../head-names.ts';
import { nominative } from '../heads.ts';
import { isAcronymShape } from '../initials.ts';
import { type LegalName, legalNames } from '../legal-names.ts';
import { listedNames } from '../listed-names.ts';
import { type Match, MatchIndex, type Term } from '../matcher.ts';
import { municipalOrgans } from '../municipal-organs.ts';
import { addParliamentaryGroups } from '../parliamentary-groups.ts';
import { addBracketParties } from '../party-brackets.ts';
import { isShortDescription } from '../short-description.ts';
import { type SpelledOut, spelledOutKinds } from '../spelled-out.ts';
import { addTaggedEntity } from '../tagged-names.ts';
import { type TypedName, typedNames } from '../typed-names.ts';
import { addSoleUnits, addUnits, type UnitSpan, unitSpans } from '../units.ts';
import { VariantIndex } from '../variant-index.ts';
import type { Component } from './component.ts';

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
  for (const [sentence, e] of deferred) if (!links.has(e.text)) addTaggedEntity(doc, sentence, e, kinds);
  return links;
}

/** „Institut ISPRAT“: a span whose first words only classify the name after them (typed-names.ts). */
function opensTypedName(typed: readonly TypedName[], x: { start: number; end: number }): boolean {
  return typed.some((t) => t.classified && x.start < t.start && t.start < x.end);
}

/**
 * Names on a typed head noun the tagger left out („Landesagentur für Daten“); not where the words
 * after the head are a name of their own the noun only classifies („Förderprogramm LOEWE“).
 */
function typedHeadNames(
  doc: Doc,
  legal: readonly LegalName[],
  units: readonly UnitSpan[],
  typed: readonly TypedName[],
): Match[] {
  const spans: Match[] = [];
  for (const h of headNames(doc)) {
    if (overlapsKnown(doc, h.start, h.end) || within(legal, h.start, h.end) || overlaps(units, h)) continue;
    if (opensTypedName(typed, h)) continue;
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
function nounTypedNames(doc: Doc, legal: readonly LegalName[], typed: readonly TypedName[]): void {
  for (const n of typed) {
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
    // „die SPD-Fraktion“: a group named after its party, a body of its own.
    addParliamentaryGroups(doc);
    const legal = legalFormNames(doc);
    const typed = typedNames(doc);
    nounTypedNames(doc, legal, typed);
    // „Referat Z 3“ is a unit of a body (units.ts), not a name on the head „Referat“.
    const units = unitSpans(doc.text);
    const heads = typedHeadNames(doc, legal, units, typed);
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
    for (const sentence of sentences) {
      const tagged = lineEntities(sentence);
      for (const e of tagged)
        if (e.ner === 'PERSON' && !overlapsKnown(doc, e.start, e.end))
          addTaggedEntity(doc, sentence, e, kinds);
      for (const line of nameLines(doc.text.slice(sentence.start, sentence.end), sentence.start))
        if (!overlaps(tagged, line) && !overlapsKnown(doc, line.start, line.end))
          addTaggedEntity(doc, sentence, { ...line, ner: 'PERSON', tokenStart: 0, tokenEnd: 0 }, kinds);
    }
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
        if (within(legal, e.start, e.end) || overlaps(units, e) || opensTypedName(typed, e)) continue;
        if (isAcronymShape(e.text)) acronyms.push([sentence, e]);
        else {
          const title = addTaggedEntity(doc, sentence, e, kinds);
          if (title) heads.push(title);
        }
      }
    const links = linkAcronyms(doc, ctx, acronyms, heads, kinds);
    const known = (start: number, end: number) => overlapsKnown(doc, start, end);
    for (const sentence of sentences) listedNames(doc, sentence, { links, kinds, known });
    const c = doc.candidates;
    const spans = [...c.explicit, ...c.catalog, ...c.known, ...documentCandidates(doc, links, heads)];
    addUnits(doc, spans);
    addSoleUnits(doc, spans);
    // „die Gemeindevertretung“: the organ of the town the text is about, once its places are known.
    c.document.push(...municipalOrgans(doc, [...c.explicit, ...c.catalog, ...c.known, ...c.document]));
  },
};
