/** True/false positives and misses, and the ratios derived from them. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

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

export function addShare(a: Share, b: Share): Share {
  return { found: a.found + b.found, total: a.total + b.total };
}

export function ratio(s: Share): number {
  return s.total === 0 ? 1 : s.found / s.total;
}
