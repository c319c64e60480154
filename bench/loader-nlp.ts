/**
 * Loader with the NLP stage: per synthetic corpus, the whole load (`loadDocuments`: read,
 * annotate with NLP_THREADS documents sent ahead, extract, write) against the NLP service alone
 * annotating the very texts the load sent it, with as many in flight; then the same corpus
 * loaded again unchanged. Tokens/s of both, so what the loader adds to the service is visible.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../scripts/bench/generate-corpus.ts';
import { nlpLayout } from '../scripts/nlp/install.ts';
import { nlpSettings, start, stop } from '../scripts/nlp/server.ts';
import { resetGraph } from '../src/graph/writer.ts';
import type { Annotator } from '../src/ingest/index.ts';
import { loadDocuments } from '../src/load/load-documents.ts';
import type { Annotation } from '../src/nlp/annotation.ts';
import { createAnnotator, createNlpClient } from '../src/nlp/annotator.ts';
import { OUT_DIR } from './loader.ts';
import { type BenchDatabase, benchConfig } from './neo4j.ts';

/** Its own port by default, never the dev (9000) or test (9001) service. */
export const BENCH_NLP_PORT = 9004;

export interface NlpLoadRun {
  scale: number;
  documents: number;
  tokens: number;
  /** The service alone: the load's texts, `inFlight` at a time, no cache. */
  rawMs: number;
  /** `loadDocuments` into an emptied graph with an empty annotation cache. */
  endToEndMs: number;
  /** Of endToEndMs, the time at least one document was at the service. */
  serviceBusyMs: number;
  /** The same corpus loaded again (annotations from the cache, nothing written). */
  reloadUnchangedMs: number;
  rawTokensPerSec: number;
  endToEndTokensPerSec: number;
  /** endToEndMs / rawMs: 1.0 means the loader adds nothing to the service's time. */
  endToEndOverRaw: number;
}

export interface NlpLoaderResult {
  inFlight: number;
  serviceStartMs: number | null;
  runs: NlpLoadRun[];
}

const tokensOf = (annotation: Annotation) => annotation.sentences.reduce((n, s) => n + s.tokens.length, 0);

/**
 * Remembers every text the load sends, its token count, and how long at least one text was at
 * the service: the rest of the load's time is where the service waited for the loader.
 */
function recording(inner: Annotator) {
  const texts: string[] = [];
  let tokens = 0;
  let open = 0;
  let busySince = 0;
  let busyMs = 0;
  const annotator: Annotator = {
    async annotate(text) {
      texts.push(text);
      if (open++ === 0) busySince = performance.now();
      try {
        const annotation = await inner.annotate(text);
        tokens += tokensOf(annotation);
        return annotation;
      } finally {
        if (--open === 0) busyMs += performance.now() - busySince;
      }
    },
  };
  return { annotator, texts, tokens: () => tokens, busyMs: () => busyMs };
}

/** The service alone: `texts` with `inFlight` documents at once, as the loader sends them. */
async function annotateRaw(client: Annotator, texts: readonly string[], inFlight: number): Promise<number> {
  const queue = [...texts];
  const started = performance.now();
  const worker = async () => {
    for (let text = queue.shift(); text !== undefined; text = queue.shift()) await client.annotate(text);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return performance.now() - started;
}

async function loadScale(
  db: BenchDatabase,
  url: string,
  inFlight: number,
  scale: number,
): Promise<NlpLoadRun> {
  const corpus = generateCorpus(scale, path.join(OUT_DIR, `corpus-nlp-${scale}x`));
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bench-nlp-cache-'));
  try {
    const config = benchConfig({ NLP_URL: url, NLP_CACHE_DIR: cacheDir, NLP_THREADS: String(inFlight) });
    const options = { catalogPath: db.config.seeds.catalogDir, annotationsInFlight: inFlight };
    const sent = recording(createAnnotator(config));
    // Emptied before the clock starts: deleting the previous corpus is not part of loading this one.
    await resetGraph(db.executor);
    const e2eStart = performance.now();
    await loadDocuments(db.executor, corpus.files, { ...options, annotator: sent.annotator });
    const endToEndMs = performance.now() - e2eStart;

    const rawMs = await annotateRaw(createNlpClient(config), sent.texts, inFlight);

    const reloadStart = performance.now();
    await loadDocuments(db.executor, corpus.files, { ...options, annotator: createAnnotator(config) });
    const reloadUnchangedMs = performance.now() - reloadStart;
    const tokens = sent.tokens();
    return {
      scale,
      documents: corpus.files.length,
      tokens,
      rawMs,
      endToEndMs,
      serviceBusyMs: sent.busyMs(),
      reloadUnchangedMs,
      rawTokensPerSec: tokens / (rawMs / 1000),
      endToEndTokensPerSec: tokens / (endToEndMs / 1000),
      endToEndOverRaw: endToEndMs / rawMs,
    };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

export async function runNlpLoaderBench(
  db: BenchDatabase,
  options: { scales: number[]; port: number; log: (line: string) => void },
): Promise<NlpLoaderResult> {
  const config = benchConfig({ NLP_PORT: String(options.port) });
  const settings = nlpSettings(config, options.port);
  const layout = nlpLayout(config.nlp.home);
  const t0 = performance.now();
  const service = await start(layout, settings, { detached: true });
  const serviceStartMs = service.startedByUs ? performance.now() - t0 : null;
  options.log(`  NLP service on ${service.url} (${settings.threads} threads)`);
  try {
    // Warm-up: the service's JIT, so the first corpus is not measured cold.
    const warm = createNlpClient(benchConfig({ NLP_URL: service.url }));
    await warm.annotate('Das Hessische Ministerium für Digitalisierung betreibt die Hessen-App.');
    const runs: NlpLoadRun[] = [];
    for (const scale of options.scales) {
      const run = await loadScale(db, service.url, settings.threads, scale);
      runs.push(run);
      options.log(
        `  ${scale}× ${run.documents} docs, ${run.tokens} tokens: raw ${Math.round(run.rawTokensPerSec)} tokens/s, end-to-end ${Math.round(run.endToEndTokensPerSec)} tokens/s (${run.endToEndOverRaw.toFixed(2)}× the raw time; service busy ${(run.serviceBusyMs / 1000).toFixed(1)} of ${(run.endToEndMs / 1000).toFixed(1)} s), reload unchanged ${(run.reloadUnchangedMs / 1000).toFixed(2)} s`,
      );
    }
    return { inFlight: settings.threads, serviceStartMs, runs };
  } finally {
    if (service.startedByUs) await stop(layout, settings);
  }
}
