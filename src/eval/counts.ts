/** True/false positives and misses, and the ratios derived from them. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Field by field sum of two tallies of the same kind (counts, miss causes, wrong entities). */
export function addTallies<T extends object>(a: T, b: T): T {
  const sum = { ...a } as Record<string, number>;
  for (const [key, n] of Object.entries(b) as [string, number][]) sum[key] = (sum[key] ?? 0) + n;
  return sum as T;
}

export const addCounts = (a: Counts, b: Counts): Counts => addTallies(a, b);

/** Share of the claimed items that are right; 1 when nothing was claimed (nothing wrong was said). */
export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

/** Share of the gold items that were found; 1 when there was nothing to find. */
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

/** Found out of a total, for recall of a subset (new entities, newly named people, dates). */
export interface Share {
  found: number;
  total: number;
}

export const emptyShare = (): Share => ({ found: 0, total: 0 });

export const addShare = (a: Share, b: Share): Share => addTallies(a, b);

export function ratio(s: Share): number {
  return s.total === 0 ? 1 : s.found / s.total;
}
