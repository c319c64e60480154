/**
 * Numbered units of a named body: „Abteilung IV des Hessischen Ministeriums der Finanzen“, „Referat
 * Z 3 im HMDI“. A unit is an agency of its own, named with its body („Abteilung IV des Hessischen
 * Ministeriums der Finanzen“), so that two ministries' „Abteilung IV“ never meet, and PART_OF the
 * body. The body is the name right after the unit („des …“, „im …“, „beim …“); a later „Abteilung
 * IV“ without one is the unit named so before in the same document, when only one is.
 */
import type { EntityType } from '../graph/model.ts';
import { INSTITUTIONS } from '../lang/de/frames/index.ts';
import { SOLE_UNIT_NOUNS, UNIT_NOUNS } from '../lang/de/units.ts';
import type { Doc, FoundRelation } from './doc.ts';
import { genitive } from './heads.ts';
import type { Match } from './matcher.ts';
import { sentenceAt } from './sentences.ts';

/** „Abteilung IV“, „Referat Z 3“, „Referat IV 2“, „Dezernat 21“, „Abteilung Z“: a unit noun and its designation. */
const UNIT = new RegExp(
  `(?<![\\p{L}-])(${UNIT_NOUNS.join('|')})(?:e?s)? ((?:[A-Z]{1,2} ?)?(?:[IVX]{1,5}|\\d{1,3})(?:[ .](?:[IVX]{1,4}|\\d{1,3}|[A-Z])(?![\\p{L}\\d]))*|[A-Z])(?![\\p{L}\\d])`,
  'gu',
);
/** What joins a unit to its body: „des“, „der“, „im“, „beim“, „in der“, „am“. */
const JOIN = /^,? (?:des|der|im|beim|in der|in dem|am|vom|von der) $/;
const BODIES: ReadonlySet<EntityType> = new Set(INSTITUTIONS);

export interface UnitSpan {
  noun: string;
  designation: string;
  start: number;
  end: number;
}

/** Every numbered unit the text names, whether or not a body follows. */
export function unitSpans(text: string): UnitSpan[] {
  return [...text.matchAll(UNIT)].map((m) => ({
    noun: m[1] as string,
    designation: m[2] as string,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The body a document is about, when its first line names one: an organisation chart's ministry. */
function topicBody(doc: Doc, spans: readonly Match[]): Match | undefined {
  const first = doc.sentences[0];
  return spans.find((m) => {
    const type = first && m.start < first.end ? doc.registry.record(m.entityId)?.type : undefined;
    return type !== undefined && BODIES.has(type);
  });
}

/**
 * „Referat Z 1“ under „Abteilung Z“: a unit whose designation continues another's, of the same
 * body and a unit noun of a higher rank, is part of it.
 */
function parentUnit(unit: UnitSpan, units: readonly UnitSpan[]): UnitSpan | undefined {
  const rank = (u: UnitSpan) => UNIT_NOUNS.indexOf(u.noun as (typeof UNIT_NOUNS)[number]);
  return units
    .filter((u) => rank(u) < rank(unit) && unit.designation.startsWith(`${u.designation} `))
    .sort((a, b) => b.designation.length - a.designation.length)[0];
}

/**
 * Registers the units whose body the text names and adds their mentions (`doc.candidates.document`)
 * and PART_OF relations; `spans` are the names found so far. A unit named without a body, in a
 * document whose first line names one (an organisation chart), is that body's; the unit keeps its
 * short name („Abteilung Z“) as an alias, and a unit whose designation continues another's is
 * part of that one rather than of the body.
 */
export function addUnits(doc: Doc, spans: readonly Match[]): void {
  const named = new Map<string, Set<string>>();
  const pending: { unit: UnitSpan; id: string | null }[] = [];
  const units = unitSpans(doc.text);
  const topic = topicBody(doc, spans);
  /** Unit entity and its body's, by the unit's short name. */
  const ids = new Map<string, { id: string; body: string }>();
  for (const unit of units) {
    const key = `${unit.noun} ${unit.designation}`;
    const after = spans.find(
      (m) => m.start > unit.end && m.start - unit.end <= 10 && JOIN.test(doc.text.slice(unit.end, m.start)),
    );
    // A unit heading its own line („Abteilung Z – Zentralabteilung“) in a chart of the title's body.
    const heading = /(?:^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, unit.start - 40), unit.start));
    const body = after ?? (heading ? topic : undefined);
    const record = body ? doc.registry.record(body.entityId) : undefined;
    const of = record && BODIES.has(record.type) ? genitive(record.name) : null;
    if (!record || !of) {
      pending.push({ unit, id: null });
      continue;
    }
    const id = doc.registry.resolve({
      name: `${key} ${of}`,
      type: 'AGENCY',
      aliases: [],
      description: null,
      origin: 'unit',
    });
    // The short name is how the text calls it; kept beside the name, not as a key two bodies' units would share.
    keepAlias(doc, id, key);
    named.set(key, (named.get(key) ?? new Set()).add(id));
    ids.set(key, { id, body: record.id });
    pending.push({ unit, id });
  }
  for (const unit of units) {
    const own = ids.get(`${unit.noun} ${unit.designation}`);
    if (!own || doc.relations.some((r) => r.from === own.id && r.type === 'PART_OF')) continue;
    const parent = parentUnit(unit, units);
    const inside = parent && ids.get(`${parent.noun} ${parent.designation}`);
    doc.relations.push(partOf(doc, own.id, inside?.id ?? own.body, unit.start));
  }
  for (const { unit, id } of pending) {
    const same = named.get(`${unit.noun} ${unit.designation}`);
    const entityId = id ?? (same?.size === 1 ? ([...same][0] as string) : null);
    if (!entityId) continue;
    mention(doc, entityId, unit.start, unit.end);
  }
}

/** A unit's mention where the text writes it. */
function mention(doc: Doc, entityId: string, start: number, end: number): void {
  const surface = doc.text.slice(start, end);
  doc.candidates.document.push({ entityId, start, end, surface, label: surface, kind: 'name' });
}

/** Keeps how the text calls a unit beside its name. */
function keepAlias(doc: Doc, id: string, alias: string): void {
  const record = doc.registry.record(id);
  if (record && record.name !== alias && !record.aliases.includes(alias)) record.aliases.push(alias);
}

function partOf(doc: Doc, unit: string, body: string, at: number): FoundRelation {
  const sentence = sentenceAt(doc.sentences, at);
  return { from: unit, type: 'PART_OF', to: body, sentence, confidence: 0.9, method: 'unit-name' };
}

/** „Geschäftsstelle des …“: a sole unit's noun and the genitive article after it. */
const SOLE_UNIT = new RegExp(`(?<![\\p{L}-])(${SOLE_UNIT_NOUNS.join('|')}) (?:des|der) `, 'gu');

/**
 * Units a body has only one of, named by it: „die Geschäftsstelle des IT-Planungsrats“ is an entity
 * of its own, PART_OF the body and of the body's kind (a company's office is no authority).
 */
export function addSoleUnits(doc: Doc, spans: readonly Match[]): void {
  for (const m of doc.text.matchAll(SOLE_UNIT)) {
    const end = m.index + m[0].length;
    const body = spans.find((x) => x.start === end);
    const record = body && doc.registry.record(body.entityId);
    const of = record && BODIES.has(record.type) ? genitive(record.name) : null;
    if (!body || !record || !of) continue;
    const id = doc.registry.resolve({
      name: `${m[1]} ${of}`,
      type: record.type === 'ORGANISATION' ? 'ORGANISATION' : 'AGENCY',
      aliases: [],
      description: null,
      origin: 'unit',
    });
    // „Pressestelle der HZD“: as the text writes it, beside the name with the body's full name.
    keepAlias(doc, id, doc.text.slice(m.index, body.end));
    mention(doc, id, m.index, body.end);
    if (!doc.relations.some((r) => r.from === id && r.type === 'PART_OF'))
      doc.relations.push(partOf(doc, id, record.id, m.index));
  }
}
