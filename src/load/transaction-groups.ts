import type { GraphBatch } from '../graph/model.ts';

/**
 * Rows per write transaction: large enough that commits and round trips stop dominating a
 * many-document load (see bench/results.md), small enough to keep a transaction's memory modest.
 */
export const DEFAULT_TRANSACTION_ROWS = 20_000;

function rowCount(batch: GraphBatch): number {
  return (
    batch.sections.length +
    batch.entities.length +
    batch.mentions.length +
    batch.relations.reduce((n, r) => n + 1 + r.evidence.length, 0)
  );
}

/** Consecutive documents whose rows fit the budget (a larger document gets a transaction alone). */
export function groupForTransactions(batches: readonly GraphBatch[], budget: number): GraphBatch[][] {
  const groups: GraphBatch[][] = [];
  let current: GraphBatch[] = [];
  let rows = 0;
  for (const batch of batches) {
    const size = rowCount(batch);
    if (current.length > 0 && rows + size > budget) {
      groups.push(current);
      current = [];
      rows = 0;
    }
    current.push(batch);
    rows += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
