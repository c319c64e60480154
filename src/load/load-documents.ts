import type { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { acquireLoadLock } from '../graph/lock.ts';
import type { EntityType, GraphBatch, RelationType } from '../graph/model.ts';
import { countGraph, type GraphCounts, resetGraph, type WriteResult, writeBatches } from '../graph/writer.ts';
import { type Catalog, ingestDocument, loadCatalog } from '../ingest/index.ts';
import { DEFAULT_TRANSACTION_ROWS, groupForTransactions } from './transaction-groups.ts';

export type LoadEvent =
  | { phase: 'read'; index: number; total: number; file: string }
  | { phase: 'write'; index: number; total: number; documentId: string; result: WriteResult };

export interface LoadOptions {
  catalogPath: string;
  dryRun?: boolean;
  reset?: boolean;
  batchSize?: number;
  /** Rows (sections, entities, mentions, relations, evidence) written per transaction. */
  transactionRows?: number;
  force?: boolean;
  onEvent?: (event: LoadEvent) => void;
}

export interface LoadSummary {
  documents: WriteResult[];
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  before: GraphCounts;
  after: GraphCounts;
  /** Batches as parsed; the dry run prints them instead of writing. */
  batches: GraphBatch[];
  dryRun: boolean;
  millis: number;
}

function tallyBatch(
  batch: GraphBatch,
  summary: Pick<LoadSummary, 'entitiesByType' | 'relationsByType'>,
): void {
  for (const e of batch.entities) summary.entitiesByType[e.type] = (summary.entitiesByType[e.type] ?? 0) + 1;
  for (const r of batch.relations)
    summary.relationsByType[r.type] = (summary.relationsByType[r.type] ?? 0) + 1;
}

/**
 * Reads and extracts every document first, so a bad catalog or an unreadable file fails before
 * anything is written. Then writes the documents under the load lock, consecutive documents
 * grouped into one transaction up to a row budget: a failure leaves every document either as
 * before or fully replaced, never half-written.
 */
export async function loadDocuments(
  executor: Executor,
  files: readonly string[],
  options: LoadOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  const catalog: Catalog = await loadCatalog(options.catalogPath);
  const batches: GraphBatch[] = [];
  for (const [index, file] of files.entries()) {
    options.onEvent?.({ phase: 'read', index, total: files.length, file });
    batches.push(await ingestDocument(file, catalog));
  }
  const summary: LoadSummary = {
    documents: [],
    entitiesByType: {},
    relationsByType: {},
    before: { nodes: 0, relationships: 0, entities: 0, documents: 0 },
    after: { nodes: 0, relationships: 0, entities: 0, documents: 0 },
    batches,
    dryRun: options.dryRun ?? false,
    millis: 0,
  };
  for (const batch of batches) tallyBatch(batch, summary);
  if (options.dryRun) {
    summary.millis = performance.now() - started;
    return summary;
  }

  await applyMigrations(executor);
  const lease = await acquireLoadLock(executor);
  try {
    summary.before = await countGraph(executor);
    if (options.reset) await resetGraph(executor);
    const groups = groupForTransactions(batches, options.transactionRows ?? DEFAULT_TRANSACTION_ROWS);
    for (const group of groups) {
      const results = await writeBatches(executor, group, {
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.force ? { force: true } : {}),
      });
      for (const result of results) {
        summary.documents.push(result);
        options.onEvent?.({
          phase: 'write',
          index: summary.documents.length - 1,
          total: batches.length,
          documentId: result.documentId,
          result,
        });
      }
      await lease.renew();
    }
    summary.after = await countGraph(executor);
  } finally {
    await lease.release().catch(() => undefined);
  }
  summary.millis = performance.now() - started;
  return summary;
}
