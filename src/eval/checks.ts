/**
 * The checks besides precision and recall: person-name traps, verbatim evidence quotes, validity
 * dates of relations, the document date, and the pages mentions are placed on.
 */
import type { GraphBatch, RelationRecord } from '../graph/model.ts';
import { type Alignment, nameKey } from './align.ts';
import { type Counts, emptyCounts, emptyShare, type Share } from './counts.ts';
import {
  DATE_PRECISIONS,
  type DatePrecision,
  type GoldDocument,
  type GoldRelation,
  relationPrecisions,
} from './gold.ts';

export interface TrapCheck {
  checked: number;
  /** A trap phrase that yielded a mention of the person it must not name. */
  violations: string[];
  /** Trap phrases absent from the normalised text (the check could not run for them). */
  notFound: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastWord = (name: string) => nameKey(name).split(' ').at(-1) ?? '';

/** A person mention inside a trap phrase is a violation when it is that person or bears the surname. */
export function checkTraps(traps: GoldDocument['traps'], batch: GraphBatch): TrapCheck {
  const result: TrapCheck = { checked: traps.length, violations: [], notFound: [] };
  const byId = new Map(batch.entities.map((e) => [e.id, e]));
  const text = batch.document.text;
  for (const trap of traps) {
    const pattern = new RegExp(escapeRegExp(trap.phrase).replace(/\s+/g, '\\s+'), 'giu');
    const spans = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
    if (spans.length === 0) {
      result.notFound.push(trap.phrase);
      continue;
    }
    const hit = batch.mentions.find((m) => {
      const e = byId.get(m.entityId);
      if (e?.type !== 'PERSON') return false;
      if (nameKey(e.name) !== nameKey(trap.person) && lastWord(e.name) !== lastWord(trap.person))
        return false;
      const start = m.surfaceStart ?? m.start;
      const end = m.surfaceEnd ?? m.end;
      return spans.some(([s, t]) => start < t && end > s);
    });
    if (hit) result.violations.push(`„${trap.phrase}“ → ${byId.get(hit.entityId)?.name} („${hit.surface}“)`);
  }
  return result;
}

export interface QuoteCheck {
  /** Distinct quotes of mentions and relation evidence. */
  checked: number;
  /** Quotes that are not the source's own text (after collapsing whitespace). */
  failed: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function checkQuotes(batch: GraphBatch, raw: string): QuoteCheck {
  const source = collapse(raw);
  const quotes = new Set([
    ...batch.mentions.map((m) => m.quote),
    ...batch.relations.flatMap((r) => r.evidence.map((e) => e.quote)),
  ]);
  const failed = [...quotes].filter((q) => !source.includes(collapse(q)));
  return { checked: quotes.size, failed };
}

interface Dated {
  day: string;
  precision: DatePrecision;
}

const truncate = (d: Dated) =>
  `${d.day.slice(0, d.precision === 'year' ? 4 : d.precision === 'month' ? 7 : 10)}/${d.precision}`;

/** A date field of an extracted relation, if the loader provides one: `2023`, `2023-03`, `2023-03-01`. */
export function extractedDate(record: object, field: 'validFrom' | 'validTo'): Dated | null {
  const fields = record as Record<string, unknown>;
  let value = fields[field];
  if (value instanceof Date) value = value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return null;
  const implied: DatePrecision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  const explicit = fields[`${field}Precision`] ?? fields.precision;
  const precision = DATE_PRECISIONS.find((p) => p === explicit) ?? implied;
  return { day: `${value}-01-01`.slice(0, 10), precision };
}

export interface DateCheck {
  /** Gold validity dates the loader got right (day and precision); a missing date counts as wrong. */
  share: Share;
  wrong: string[];
}

export function checkDates(
  gold: readonly GoldRelation[],
  matched: (r: GoldRelation) => RelationRecord | undefined,
): DateCheck {
  const result: DateCheck = { share: emptyShare(), wrong: [] };
  for (const r of gold) {
    const precisions = relationPrecisions(r);
    for (const field of ['validFrom', 'validTo'] as const) {
      const day = r[field];
      if (!day) continue;
      const expected = truncate({ day, precision: field === 'validFrom' ? precisions.from : precisions.to });
      const record = matched(r);
      const got = record ? extractedDate(record, field) : null;
      result.share.total++;
      if (got && truncate(got) === expected) result.share.found++;
      else
        result.wrong.push(
          `${r.from} ${r.type} ${r.to} ${field}: ${expected}, got ${record ? (got ? truncate(got) : 'no date') : 'no relation'}`,
        );
    }
  }
  return result;
}

/** The document's date against gold, compared at the gold's precision. */
export function checkDocumentDate(gold: GoldDocument, extracted: string | null) {
  if (!gold.date) return null;
  const precision = gold.precision ?? 'day';
  const expected = truncate({ day: gold.date, precision });
  const got =
    extracted && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(extracted) ? `${extracted}-01-01`.slice(0, 10) : null;
  const implied = extracted?.length === 4 ? 'year' : 'day';
  const correct =
    got !== null &&
    (implied === 'day' || precision === 'year') &&
    truncate({ day: got, precision }) === expected;
  return { gold: expected, extracted, correct };
}

/**
 * Pages of the gold's page table against the pages of the aligned entity's mentions. The loader may
 * number pages physically (1 = first page of the file) or as printed; both are accepted.
 */
export function checkPages(gold: GoldDocument, batch: GraphBatch, alignment: Alignment): Counts | null {
  if (!gold.pages) return null;
  const table = Object.entries(gold.pages);
  const offset = gold.pageOffset ?? Math.min(...table.flatMap(([, pages]) => pages)) - 1;
  const printed = (page: number) => (page > offset ? page : page + offset);
  const counts = emptyCounts();
  for (const [name, pages] of table) {
    const expected = new Set(pages);
    const got = new Set(
      batch.mentions
        .filter((m) => alignment.goldOf.get(m.entityId) === name && typeof m.page === 'number')
        .map((m) => printed(m.page as number)),
    );
    for (const p of got)
      if (expected.has(p)) counts.tp++;
      else counts.fp++;
    for (const p of expected) if (!got.has(p)) counts.fn++;
  }
  return counts;
}
