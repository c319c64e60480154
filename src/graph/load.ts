import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { type Catalog, ingestDocument, loadCatalog } from '../ingest/index.ts';
import { acquireLoadLock } from './lock.ts';
import type { EntityType, GraphBatch, RelationType } from './model.ts';
import { countGraph, type GraphCounts, resetGraph, type WriteResult, writeBatch } from './writer.ts';

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
 * Reads and extracts every document first, so a bad catalog or an unreadable file fails before
 * anything is written. Then writes each document in its own transaction under the load lock:
 * a failure leaves every document either as before or fully replaced, never half-written.
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
    for (const [index, batch] of batches.entries()) {
      const result = await writeBatch(executor, batch, {
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.force ? { force: true } : {}),
      });
      summary.documents.push(result);
      options.onEvent?.({
        phase: 'write',
        index,
        total: batches.length,
        documentId: batch.document.id,
        result,
      });
      await lease.renew();
    }
    summary.after = await countGraph(executor);
  } finally {
    await lease.release().catch(() => undefined);
  }
  summary.millis = performance.now() - started;
  return summary;
}
