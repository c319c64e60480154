/**
 * The dates of one relationship when several passages (or documents) date it: the more precise
 * date wins, and among equals the earlier start and the later end, so no stated day is lost to a
 * vaguer year. Also the statement parameters the dates are written with.
 */
import { firstDay, lastDay } from './calendar.ts';
import type { DatePrecision, RelationRecord } from './model.ts';

type Dating = Pick<
  RelationRecord,
  | 'validFrom'
  | 'validFromPrecision'
  | 'validFromEvidence'
  | 'validTo'
  | 'validToPrecision'
  | 'validToEvidence'
  | 'heldOn'
  | 'endedBy'
>;

const RANK: Readonly<Record<DatePrecision, number>> = { YEAR: 1, MONTH: 2, DAY: 3 };

function better(
  a: string | undefined,
  ap: DatePrecision | undefined,
  b: string | undefined,
  bp: DatePrecision | undefined,
  later: boolean,
): boolean {
  if (b === undefined) return false;
  if (a === undefined) return true;
  const ra = RANK[ap ?? 'DAY'];
  const rb = RANK[bp ?? 'DAY'];
  if (ra !== rb) return rb > ra;
  return later ? firstDay(b) > firstDay(a) : firstDay(b) < firstDay(a);
}

/** Folds `source`'s dates into `target` (in place). */
export function mergeDating(target: Dating, source: Dating): void {
  if (
    better(target.validFrom, target.validFromPrecision, source.validFrom, source.validFromPrecision, false)
  ) {
    target.validFrom = source.validFrom;
    target.validFromPrecision = source.validFromPrecision;
    target.validFromEvidence = source.validFromEvidence;
  }
  if (better(target.validTo, target.validToPrecision, source.validTo, source.validToPrecision, true)) {
    target.validTo = source.validTo;
    target.validToPrecision = source.validToPrecision;
    target.validToEvidence = source.validToEvidence;
  }
  if (source.heldOn && (!target.heldOn || source.heldOn > target.heldOn)) target.heldOn = source.heldOn;
  if (source.endedBy && (!target.endedBy || source.endedBy < target.endedBy)) target.endedBy = source.endedBy;
}

/** Dates as the relationship statement takes them: first days, precisions, the day the validity runs through. */
export function datingParams(d: Dating) {
  return {
    validFrom: d.validFrom ? firstDay(d.validFrom) : null,
    validFromPrecision: d.validFrom ? (d.validFromPrecision ?? 'DAY') : null,
    validFromQuote: d.validFromEvidence?.quote ?? null,
    validFromDocument: d.validFromEvidence?.documentId ?? null,
    validTo: d.validTo ? firstDay(d.validTo) : null,
    validToPrecision: d.validTo ? (d.validToPrecision ?? 'DAY') : null,
    // A fact valid „bis 2023“ still holds on 31 December 2023: as-of filters compare with this day.
    validThrough: d.validTo ? lastDay(d.validTo, d.validToPrecision) : null,
    validToQuote: d.validToEvidence?.quote ?? null,
    validToDocument: d.validToEvidence?.documentId ?? null,
    heldOn: d.heldOn ? firstDay(d.heldOn) : null,
    endedBy: d.endedBy ? lastDay(d.endedBy) : null,
  };
}
