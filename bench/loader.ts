/**
 * Loader phase: synthetic corpora at growing scales, each loaded into an emptied graph with
 * extraction (ingest pipeline) and writing (writer) timed apart; then the middle corpus written
 * one statement per row (batchSize 1) against the default UNWIND batches.
 */
import path from 'node:path';
import { generateCorpus } from '../scripts/bench/generate-corpus.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import type { GraphBatch } from '../src/graph/model.ts';
import { countGraph, type GraphCounts, resetGraph, writeBatches } from '../src/graph/writer.ts';
import { ingestDocument, loadCatalog } from '../src/ingest/index.ts';
import { DEFAULT_TRANSACTION_ROWS, groupForTransactions } from '../src/load/transaction-groups.ts';
import type { BenchDatabase } from './neo4j.ts';

export const OUT_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'out');

export interface LoaderOptions {
  scales: number[];
  /** Scale at which batched and per-row writing are compared. */
  perRowScale: number;
  log: (line: string) => void;
}

export interface LoadRun {
  scale: number;
  batchSize: number | 'default';
  /** Write transactions (the loader groups documents up to a row budget; 1 document each when 'per document'). */
  transactions: number;
  grouping: 'grouped' | 'per document';
  documents: number;
  corpusKiB: number;
  extractMs: number;
  writeMs: number;
  /** Entity rows written (one per entity per document; MERGE folds repeats). */
  entities: number;
  /** Entity relations + mentions written. */
  relationships: number;
  roundTrips: number;
  documentsPerSec: number;
  entitiesPerSec: number;
  relationshipsPerSec: number;
  roundTripsPerDocument: number;
  peakRssMiB: number;
  graph: GraphCounts;
}

export interface LoaderResult {
  runs: LoadRun[];
  perRow: LoadRun;
  batched: LoadRun;
  /** The largest corpus loaded again: unchanged (a no-op) and with every document rewritten. */
  reruns: { scale: number; unchangedMs: number; forcedMs: number } | null;
  /** The batched corpus again, one transaction per document. */
  perDocument: LoadRun;
  /** grouped write throughput / one-transaction-per-document write throughput. */
  groupedOverPerDocument: number;
  /** batched throughput / per-row throughput on the same corpus (write time only). */
  batchedOverPerRow: number;
  /** (time at top scale / time at the scale below) / (scale ratio): 1.0 is linear. */
  growth: { from: number; to: number; writeVsLinear: number; totalVsLinear: number };
}

/** Samples RSS every 25 ms: the loader's own peak, not the process' lifetime maximum. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function loadCorpus(
  db: BenchDatabase,
  scale: number,
  batchSize: number | undefined,
  catalogPath: string,
  grouping: LoadRun['grouping'] = 'grouped',
): Promise<LoadRun & { batches: GraphBatch[] }> {
  const corpus = generateCorpus(scale, path.join(OUT_DIR, `corpus-${scale}x`));
  await resetGraph(db.executor);
  if (global.gc) global.gc();
  const rss = rssSampler();
  const extractStart = performance.now();
  const catalog = await loadCatalog(catalogPath);
  const batches: GraphBatch[] = [];
  for (const file of corpus.files) batches.push(await ingestDocument(file, catalog));
  const extractMs = performance.now() - extractStart;

  const writeStart = performance.now();
  let roundTrips = 0;
  let entities = 0;
  let relationships = 0;
  const groups =
    grouping === 'grouped'
      ? groupForTransactions(batches, DEFAULT_TRANSACTION_ROWS)
      : batches.map((batch) => [batch]);
  for (const group of groups) {
    for (const result of await writeBatches(db.executor, group, batchSize ? { batchSize } : {})) {
      roundTrips += result.roundTrips;
      entities += result.entitiesNew + result.entitiesExisting;
      relationships +=
        Object.values(result.relationsByType).reduce((n, c) => n + (c ?? 0), 0) + result.mentions;
    }
  }
  const writeMs = performance.now() - writeStart;
  const peak = rss.stop();
  const seconds = writeMs / 1000;
  return {
    batches,
    scale,
    batchSize: batchSize ?? 'default',
    transactions: groups.length,
    grouping,
    documents: batches.length,
    corpusKiB: Math.round(corpus.bytes / 1024),
    extractMs,
    writeMs,
    entities,
    relationships,
    roundTrips,
    documentsPerSec: batches.length / seconds,
    entitiesPerSec: entities / seconds,
    relationshipsPerSec: relationships / seconds,
    roundTripsPerDocument: roundTrips / batches.length,
    peakRssMiB: peak / 2 ** 20,
    graph: await countGraph(db.executor),
  };
}

/** Writes an already loaded corpus again, as `npm run load` would: the write time in ms. */
async function rewrite(db: BenchDatabase, batches: readonly GraphBatch[], force: boolean): Promise<number> {
  const started = performance.now();
  for (const group of groupForTransactions(batches, DEFAULT_TRANSACTION_ROWS)) {
    await writeBatches(db.executor, group, force ? { force } : {});
  }
  return performance.now() - started;
}

export async function runLoaderBench(db: BenchDatabase, options: LoaderOptions): Promise<LoaderResult> {
  const { log } = options;
  await applyMigrations(db.executor);
  const catalogPath = db.config.seeds.catalogDir;
  const describe = (run: LoadRun) =>
    `  ${String(run.scale).padStart(3)}× batch ${String(run.batchSize).padEnd(7)} ${String(run.documents).padStart(4)} docs in ${run.transactions} tx: extract ${(run.extractMs / 1000).toFixed(1)} s, write ${(run.writeMs / 1000).toFixed(1)} s, ${run.entitiesPerSec.toFixed(0)} entities/s, ${run.roundTripsPerDocument.toFixed(1)} round trips/doc, peak RSS ${run.peakRssMiB.toFixed(0)} MiB`;
  const runs: LoadRun[] = [];
  let reruns: LoaderResult['reruns'] = null;
  for (const [index, scale] of options.scales.entries()) {
    const { batches, ...run } = await loadCorpus(db, scale, undefined, catalogPath);
    runs.push(run);
    log(describe(run));
    if (index === options.scales.length - 1) {
      reruns = {
        scale,
        unchangedMs: await rewrite(db, batches, false),
        forcedMs: await rewrite(db, batches, true),
      };
      log(
        `  ${String(scale).padStart(3)}× rerun: unchanged ${(reruns.unchangedMs / 1000).toFixed(1)} s, every document rewritten (--force) ${(reruns.forcedMs / 1000).toFixed(1)} s`,
      );
    }
  }
  const { batches: _perRowBatches, ...perRow } = await loadCorpus(db, options.perRowScale, 1, catalogPath);
  log(describe(perRow));
  const { batches: _perDocumentBatches, ...perDocument } = await loadCorpus(
    db,
    options.perRowScale,
    undefined,
    catalogPath,
    'per document',
  );
  log(describe(perDocument));
  await resetGraph(db.executor);
  const batched = runs.find((r) => r.scale === options.perRowScale)!;
  const [from, to] = runs.slice(-2) as [LoadRun, LoadRun];
  const scaleRatio = to.scale / from.scale;
  return {
    runs,
    reruns,
    perRow,
    batched,
    batchedOverPerRow: perRow.writeMs / batched.writeMs,
    perDocument,
    groupedOverPerDocument: perDocument.writeMs / batched.writeMs,
    growth: {
      from: from.scale,
      to: to.scale,
      writeVsLinear: to.writeMs / from.writeMs / scaleRatio,
      totalVsLinear: (to.writeMs + to.extractMs) / (from.writeMs + from.extractMs) / scaleRatio,
    },
  };
}
