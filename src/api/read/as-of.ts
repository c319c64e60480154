/**
 * „As of“ a day: which relations hold then. A relation holds on a day unless the text dates it
 * otherwise: it started after that day (validFrom), its stated end lies before it (validThrough:
 * the last day its validTo covers, so „bis 2023“ still holds on 31 December 2023), or it was
 * told in the past tense by a document older than that day (endedBy). Undated relations hold.
 */
import { badInput } from '../../errors.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` (the GraphQL Date scalar already checks; REST comes here raw). */
export function asOfDay(value: unknown, field = 'asOf'): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = String(value);
  const m = ISO_DAY.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== text) {
    throw badInput(`'${field}' must be a calendar date written YYYY-MM-DD, e.g. 2024-01-18.`, {
      field,
      value: text.slice(0, 32),
    });
  }
  return text;
}

/**
 * Cypher predicate: relationship `r` holds on the day in parameter expression `day` (a string or
 * null; null means no filter). Both names are constants of the calling statement, never input.
 */
export function holdsOn(r: string, day: string): string {
  return `(${day} IS NULL OR (
    (${r}.validFrom IS NULL OR ${r}.validFrom <= date(${day}))
    AND (${r}.validThrough IS NULL OR date(${day}) <= ${r}.validThrough)
    AND (${r}.endedBy IS NULL OR date(${day}) <= ${r}.endedBy)))`;
}
