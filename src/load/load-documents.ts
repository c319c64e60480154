import { LOAD_LEASE_DEFAULTS } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { refreshCaptions } from '../graph/captions.ts';
import type { LeaseTiming } from '../graph/lock.ts';
import type { EntityType, GraphBatch, RelationType } from '../graph/model.ts';
import { countGraph, type GraphCounts, resetGraph, type WriteResult, writeBatches } from '../graph/writer.ts';
import { type Annotator, type Catalog, loadCatalog } from '../ingest/index.ts';
import { AnnotateAhead } from './annotate-ahead.ts';
import { LoadProgress, stoppedLoad } from './interruption.ts';
import { knownFor, learn, readKnownEntities } from './known-entities.ts';
import { holdLease } from './lease.ts';
import { readSource } from './read-source.ts';
import { keyFiles } from './source-key.ts';
import { DEFAULT_TRANSACTION_ROWS, groupForTransactions } from './transaction-groups.ts';

export type LoadEvent =
  | { phase: 'read'; index: number; total: number; file: string }
  | { phase: 'write'; index: number; total: number; documentId: string; result: WriteResult }
  /** A transaction committed: `written` documents of `total` are in the graph. */
  | { phase: 'commit'; written: number; total: number }
  /** The lease is held; `tookOverFrom`: the loader that held it before (expired, or --break-lock). */
  | { phase: 'lease'; tookOverFrom: { host: string | null; pid: number | null } | null };

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

interface Extracted {
  batches: GraphBatch[];
  /** Documents whose source key is the one they were written with: not read again. */
  skipped: string[];
}

async function extract(
  executor: Executor,
  files: readonly string[],
  catalog: Catalog,
  options: Pick<
    LoadOptions,
    'onEvent' | 'annotator' | 'annotationsInFlight' | 'reset' | 'graphGazetteer' | 'force' | 'dryRun'
  >,
  signal: AbortSignal | undefined,
): Promise<Extracted> {
  const out: Extracted = { batches: [], skipped: [] };
  // A dry run needs no database: it reads every document with the catalog alone.
  const offline = options.dryRun === true;
  const fresh = options.reset || options.force || offline;
  const keyed = await keyFiles(fresh ? null : executor, files, catalog, Boolean(options.annotator));
  out.skipped = keyed.filter((k) => k.unchanged).map((k) => k.id);
  const todo = keyed.filter((k) => !k.unchanged);
  if (todo.length === 0) return out;
  // Entities of the graph and of the documents before this one: people and bodies are one node across documents.
  const known =
    options.reset || offline || options.graphGazetteer === false ? [] : await readKnownEntities(executor);
  const inFlight = options.annotationsInFlight ?? 0;
  const ahead = options.annotator && inFlight > 0 ? new AnnotateAhead(options.annotator, inFlight) : null;
  const todoFiles = todo.map((t) => t.file);
  try {
    for (const [index, { file, id, key }] of todo.entries()) {
      signal?.throwIfAborted();
      ahead?.lookAhead(todoFiles, index, (next) => readSource(next, catalog, { annotator: ahead.requester }));
      options.onEvent?.({ phase: 'read', index, total: todo.length, file });
      const batch = await readSource(file, catalog, {
        annotator: ahead ?? options.annotator ?? null,
        known: knownFor(id, known),
      });
      batch.document.sourceKey = key;
      learn(known, id, batch.entities);
      out.batches.push(batch);
    }
  } finally {
    ahead?.clear();
  }
  return out;
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

function emptySummary(batches: GraphBatch[], dryRun: boolean): LoadSummary {
  const summary: LoadSummary = {
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
 * anything is written. Then writes the documents, consecutive documents grouped into one
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
        (await extract(executor, files, catalog, options, options.signal)).batches,
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
    const { batches, skipped } = await extract(executor, files, catalog, options, signal);
    const summary = emptySummary(batches, false);
    summary.before = await countGraph(executor);
    for (const id of skipped) {
      const result = unchangedResult(id);
      summary.documents.push(result);
      progress.written.push(id);
      options.onEvent?.({
        phase: 'write',
        index: summary.documents.length - 1,
        total: files.length,
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
