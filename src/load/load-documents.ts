import { LOAD_LEASE_DEFAULTS } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { refreshCaptions } from '../graph/captions.ts';
import type { LeaseTiming } from '../graph/lock.ts';
import type { EntityType, GraphBatch, RelationType } from '../graph/model.ts';
import { countGraph, type GraphCounts, resetGraph, type WriteResult, writeBatches } from '../graph/writer.ts';
import { type Annotator, type Catalog, loadCatalog } from '../ingest/index.ts';
import { extractDocuments } from './extract-documents.ts';
import { LoadProgress, stoppedLoad } from './interruption.ts';
import { holdLease } from './lease.ts';
import type { LoadEvent } from './load-events.ts';
import type { Reread } from './settle.ts';
import { DEFAULT_TRANSACTION_ROWS, groupForTransactions } from './transaction-groups.ts';

export interface LoadOptions {
  catalogPath: string;
  dryRun?: boolean;
  reset?: boolean;
  batchSize?: number;
  /** Rows (sections, entities, mentions, relations, evidence) written per transaction. */
  transactionRows?: number;
  force?: boolean;
  /** The NLP service (tokens, entities, dependencies); null runs the rule components alone. */
  annotator?: Annotator | null;
  /** Documents sent to the NLP service ahead of the one being extracted (NLP_THREADS); 0: each in turn. */
  annotationsInFlight?: number;
  /** Match entities the graph already holds in new documents (default on). */
  graphGazetteer?: boolean;
  onEvent?: (event: LoadEvent) => void;
  /** Aborting stops the load: the open transaction is rolled back, the lease released. */
  signal?: AbortSignal;
  /** Lease length and heartbeat interval (config LOAD_LEASE_MS / LOAD_HEARTBEAT_MS). */
  lease?: LeaseTiming;
  /** Take over a lease whose holder's heartbeat is stale, before it expires. */
  breakLock?: boolean;
}

export interface LoadSummary {
  documents: WriteResult[];
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  before: GraphCounts;
  after: GraphCounts;
  /** Batches as parsed; the dry run prints them instead of writing. */
  batches: GraphBatch[];
  /** Documents read again because the load learnt what their open words name (this load's or earlier ones). */
  rereads: Reread[];
  /** Documents whose readings had not settled after the last round (they keep their last reading). */
  unsettled: string[];
  /** Documents of earlier loads with something to learn whose text the graph does not hold. */
  unreadable: string[];
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

/** What the summary says of a document skipped because its source key is unchanged. */
function unchangedResult(documentId: string): WriteResult {
  return {
    documentId,
    status: 'unchanged',
    entitiesNew: 0,
    entitiesExisting: 0,
    entitiesByType: {},
    relationsByType: {},
    mentions: 0,
    evidence: 0,
    roundTrips: 0,
  };
}

function emptySummary(
  {
    batches,
    rereads,
    unsettled,
    unreadable,
  }: Pick<LoadSummary, 'batches' | 'rereads' | 'unsettled' | 'unreadable'>,
  dryRun: boolean,
): LoadSummary {
  const summary: LoadSummary = {
    rereads,
    unsettled,
    unreadable,
    documents: [],
    entitiesByType: {},
    relationsByType: {},
    before: { nodes: 0, relationships: 0, entities: 0, documents: 0 },
    after: { nodes: 0, relationships: 0, entities: 0, documents: 0 },
    batches,
    dryRun,
    millis: 0,
  };
  for (const batch of batches) tallyBatch(batch, summary);
  return summary;
}

/** Writes the groups one transaction each, keeping `progress` true at every step. */
async function writeGroups(
  executor: Executor,
  batches: readonly GraphBatch[],
  options: LoadOptions,
  summary: LoadSummary,
  progress: LoadProgress,
  signal: AbortSignal,
): Promise<void> {
  const groups = groupForTransactions(batches, options.transactionRows ?? DEFAULT_TRANSACTION_ROWS);
  let remaining = batches.length;
  for (const group of groups) {
    // Stopped here, between transactions: this group is not started either.
    progress.notStarted = remaining;
    signal.throwIfAborted();
    progress.unfinished = group.map((b) => b.document.id);
    remaining -= group.length;
    progress.notStarted = remaining;
    const results = await writeBatches(executor, group, {
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.force ? { force: true } : {}),
      signal,
    });
    progress.unfinished = [];
    for (const result of results) {
      progress.written.push(result.documentId);
      summary.documents.push(result);
      options.onEvent?.({
        phase: 'write',
        index: summary.documents.length - 1,
        total: batches.length,
        documentId: result.documentId,
        result,
      });
    }
    options.onEvent?.({ phase: 'commit', written: progress.written.length, total: batches.length });
  }
}

/**
 * Reads and extracts every document first, so a bad catalog or an unreadable file fails before
 * anything is written; a document (of this load or an earlier one) whose open words the load
 * explains is read again before anything is written too (extract-documents.ts). Then writes the documents, consecutive documents grouped into one
 * transaction up to a row budget: a failure leaves every document either as before or fully
 * replaced, never half-written. The whole load (extraction included) runs under the load lease,
 * renewed on a heartbeat; an abort (`signal`) or a lease lost to another loader rolls the open
 * transaction back and throws an error naming what was and was not written.
 */
export async function loadDocuments(
  executor: Executor,
  files: readonly string[],
  options: LoadOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  const catalog: Catalog = await loadCatalog(options.catalogPath);
  const progress = new LoadProgress();
  if (options.dryRun) {
    try {
      const summary = emptySummary(
        await extractDocuments(executor, files, catalog, options, options.signal),
        true,
      );
      summary.millis = performance.now() - started;
      return summary;
    } catch (error) {
      if (options.signal?.aborted) throw stoppedLoad(options.signal.reason, progress);
      throw error;
    }
  }

  await applyMigrations(executor);
  const lease = await holdLease(executor, options.lease ?? LOAD_LEASE_DEFAULTS, {
    breakLock: options.breakLock ?? false,
  });
  options.onEvent?.({ phase: 'lease', tookOverFrom: lease.tookOverFrom });
  const signal = options.signal ? AbortSignal.any([options.signal, lease.lost]) : lease.lost;
  try {
    const extracted = await extractDocuments(executor, files, catalog, options, signal);
    const { skipped } = extracted;
    const summary = emptySummary(extracted, false);
    summary.before = await countGraph(executor);
    for (const id of skipped) {
      const result = unchangedResult(id);
      summary.documents.push(result);
      progress.written.push(id);
      options.onEvent?.({
        phase: 'write',
        index: summary.documents.length - 1,
        total: skipped.length + summary.batches.length,
        documentId: id,
        result,
      });
    }
    if (options.reset) {
      progress.phase = 'reset';
      await resetGraph(executor, signal);
    }
    progress.phase = 'write';
    await writeGroups(executor, summary.batches, options, summary, progress, signal);
    await refreshCaptions(executor, signal);
    summary.after = await countGraph(executor);
    summary.millis = performance.now() - started;
    return summary;
  } catch (error) {
    if (signal.aborted) throw stoppedLoad(signal.reason, progress);
    throw error;
  } finally {
    await lease.stop();
  }
}
