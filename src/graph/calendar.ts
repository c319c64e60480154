/**
 * Dates known to a precision, as the model writes them (`2024`, `2024-01`, `2024-01-18`), and the
 * days they cover: a fact valid to „2023“ still holds on 31 December 2023.
 */
import type { DatePrecision } from './model.ts';

const ISO_AT_PRECISION = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The precision a date's written form implies: `2024` YEAR, `2024-01` MONTH, `2024-01-18` DAY. */
export function impliedPrecision(date: string): DatePrecision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

/** `2024-01-18` at MONTH → `2024-01`; the form the model stores. */
export function atPrecision(date: string, precision: DatePrecision): string {
  return date.slice(0, precision === 'YEAR' ? 4 : precision === 'MONTH' ? 7 : 10);
}

function parts(date: string): [number, number, number] {
  const m = ISO_AT_PRECISION.exec(date);
  if (!m) throw new Error(`Not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
}

/** The first day a date covers: `2024` → `2024-01-01`. */
export function firstDay(date: string): string {
  const [y, m, d] = parts(date);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The last day a date covers: `2023` → `2023-12-31`, `2024-02` → `2024-02-29`. */
export function lastDay(date: string, precision: DatePrecision = impliedPrecision(date)): string {
  const [y, m, d] = parts(date);
  if (precision === 'DAY') return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (precision === 'YEAR') return `${pad(y, 4)}-12-31`;
  return `${pad(y, 4)}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
