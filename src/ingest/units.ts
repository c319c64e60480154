/**
 * Numbered units of a named body: „Abteilung IV des Hessischen Ministeriums der Finanzen“, „Referat
 * Z 3 im HMDI“. A unit is an agency of its own, named with its body („Abteilung IV des Hessischen
 * Ministeriums der Finanzen“), so that two ministries' „Abteilung IV“ never meet, and PART_OF the
 * body. The body is the name right after the unit („des …“, „im …“, „beim …“); a later „Abteilung
 * IV“ without one is the unit named so before in the same document, when only one is.
 */
import type { EntityType } from '../graph/model.ts';
import { UNIT_NOUNS } from '../lang/de/heads.ts';
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
const BODIES: ReadonlySet<EntityType> = new Set(['MINISTRY', 'AGENCY', 'ORGANISATION', 'GOVERNMENT']);

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

/**
 * Registers the units whose body the text names and adds their mentions (`doc.candidates.document`)
 * and PART_OF relations; `spans` are the names found so far.
 */
export function addUnits(doc: Doc, spans: readonly Match[]): void {
  const named = new Map<string, Set<string>>();
  const pending: { unit: UnitSpan; id: string | null }[] = [];
  for (const unit of unitSpans(doc.text)) {
    const body = spans.find(
      (m) => m.start > unit.end && m.start - unit.end <= 10 && JOIN.test(doc.text.slice(unit.end, m.start)),
    );
    const record = body ? doc.registry.record(body.entityId) : undefined;
    const of = record && BODIES.has(record.type) ? genitive(record.name) : null;
    if (!record || !of) {
      pending.push({ unit, id: null });
      continue;
    }
    const id = doc.registry.resolve({
      name: `${unit.noun} ${unit.designation} ${of}`,
      type: 'AGENCY',
      aliases: [],
      description: null,
      origin: 'unit',
    });
    const key = `${unit.noun} ${unit.designation}`;
    named.set(key, (named.get(key) ?? new Set()).add(id));
    pending.push({ unit, id });
    doc.relations.push(partOf(doc, id, record.id, unit.start));
  }
  for (const { unit, id } of pending) {
    const same = named.get(`${unit.noun} ${unit.designation}`);
    const entityId = id ?? (same?.size === 1 ? ([...same][0] as string) : null);
    if (!entityId) continue;
    const surface = doc.text.slice(unit.start, unit.end);
    doc.candidates.document.push({
      entityId,
      start: unit.start,
      end: unit.end,
      surface,
      label: surface,
      kind: 'name',
    });
  }
}

function partOf(doc: Doc, unit: string, body: string, at: number): FoundRelation {
  const sentence = sentenceAt(doc.sentences, at);
  return { from: unit, type: 'PART_OF', to: body, sentence, confidence: 0.9, method: 'unit-name' };
}
