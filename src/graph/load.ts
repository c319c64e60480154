import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { type Catalog, ingestDocument, loadCatalog } from '../ingest/index.ts';
import { acquireLoadLock } from './lock.ts';
import type { EntityType, GraphBatch, RelationType } from './model.ts';
import { countGraph, type GraphCounts, resetGraph, type WriteResult, writeBatches } from './writer.ts';

/** Source files the loader reads from a folder: plain-text dumps (sidecar .meta.yaml files are not documents). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

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

/** Expands folders to the documents in them, sorted, so a load's order is reproducible. */
export async function listDocuments(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let entries: string[] | null = null;
    try {
      entries = await readdir(p);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError('DOCUMENT_UNREADABLE', `${p}: no such file or folder.`, {
            details: { file: p },
          });
        }
        throw error;
      }
    }
    if (entries === null) files.push(p);
    else
      files.push(
        ...entries
          .filter((f) => DOCUMENT_EXTENSIONS.includes(path.extname(f)))
          .sort()
          .map((f) => path.join(p, f)),
      );
  }
  return files;
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
