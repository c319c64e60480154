/** bench/results.json and bench/results.md from one run, targets checked against the issue's goals. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { ApiResult } from './api.ts';
import type { LoaderResult, LoadRun } from './loader.ts';
import type { NlpLoaderResult } from './loader-nlp.ts';

export const TARGETS = {
  rpsOursFloor: 0.7,
  p99OursFloor: 1.5,
  rpsOursPeer: 1.0,
  rpsCachedFloor: 3.0,
  loaderEntitiesPerSec: 10_000,
  batchedOverPerRow: 20,
  growthVsLinear: 1.3,
  endToEndOverRaw: 1.25,
  reloadUnchangedSec: 2,
} as const;

type Phase = 'api' | 'loader' | 'nlpLoader';
const PHASES: readonly Phase[] = ['api', 'loader', 'nlpLoader'];

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  node: string;
  neo4j: string;
  packages: Record<string, string>;
}

export interface BenchResults {
  machine: Machine;
  options: Record<string, unknown>;
  totalSeconds: number;
  api: ApiResult | null;
  loader: LoaderResult | null;
  nlpLoader?: NlpLoaderResult | null;
  /** Phases not run this time, kept from an earlier run: when and how that run was made. */
  carried?: Partial<Record<Phase, { date: string; options: Record<string, unknown> }>>;
}

/** `results` with the phases it did not run taken from the results.json already in `dir`. */
export function carryOver(results: BenchResults, dir: string): BenchResults {
  let previous: BenchResults;
  try {
    previous = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as BenchResults;
  } catch {
    return results;
  }
  const merged: BenchResults = { ...results, carried: {} };
  for (const phase of PHASES) {
    if (results[phase] != null || previous[phase] == null) continue;
    Object.assign(merged, { [phase]: previous[phase] });
    merged.carried![phase] = previous.carried?.[phase] ?? {
      date: previous.machine.date,
      options: previous.options,
    };
  }
  return merged;
}

function carriedNote(results: BenchResults, phase: Phase): string[] {
  const from = results.carried?.[phase];
  return from
    ? [
        `Not re-run this time: these figures are from the run of ${from.date} (options ${JSON.stringify(from.options)}).`,
        '',
      ]
    : [];
}

function version(pkg: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(neo4jVersion: string, loadAverageAtStart: number[]): Machine {
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
    node: process.version,
    neo4j: neo4jVersion,
    packages: Object.fromEntries(
      ['fastify', 'mercurius', 'graphql', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((p) => [
        p,
        version(p),
      ]),
    ),
  };
}

const f0 = (n: number) => n.toFixed(0);
const f2 = (n: number) => n.toFixed(2);
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function apiSection(api: ApiResult, options: Record<string, unknown>): string[] {
  const lines = [
    '## API throughput',
    '',
    `autocannon on loopback, ${options.connections} connections, ${options.duration} s per run, ${options.repetitions} repetitions (median reported; servers interleaved within each repetition, their order rotated; ${options.warmup} s warm-up per server first), POST bodies.`,
    'All four servers run in one child process, each with its own neo4j-driver pool (50 connections), against the seed graph in the bench instance; autocannon runs in the parent. The machine has 2 cores shared with other work: absolute figures are noisy, the ratios are measured side by side.',
    '',
    '| operation | ours req/s | cached req/s | floor req/s | peer req/s | ours p50 / p99 ms | cached p50 / p99 ms | floor p50 / p99 ms | peer p50 / p99 ms | ours/floor req/s | ours/floor p99 | ours/peer req/s | cached/floor req/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const op of api.operations) {
    const { ours, cached, floor, peer } = op.servers;
    const r = op.ratios;
    lines.push(
      `| ${op.name} | ${f0(ours.requestsPerSec)} | ${f0(cached.requestsPerSec)} | ${f0(floor.requestsPerSec)} | ${f0(peer.requestsPerSec)} | ${ours.p50} / ${ours.p99} | ${cached.p50} / ${cached.p99} | ${floor.p50} / ${floor.p99} | ${peer.p50} / ${peer.p99} | ${f2(r.rpsOursFloor)} | ${f2(r.p99OursFloor)} | ${f2(r.rpsOursPeer)} | ${f2(r.rpsCachedFloor)} |`,
    );
  }
  lines.push('', '### Targets', '');
  lines.push(
    '| operation | ours ≥ 0.7× floor req/s | ours p99 ≤ 1.5× floor | ours ≥ 1.0× peer req/s | cached ≥ 3× floor req/s |',
    '|---|---|---|---|---|',
  );
  for (const op of api.operations) {
    const r = op.ratios;
    lines.push(
      `| ${op.name} | ${mark(r.rpsOursFloor >= TARGETS.rpsOursFloor)} (${f2(r.rpsOursFloor)}) | ${mark(r.p99OursFloor <= TARGETS.p99OursFloor)} (${f2(r.p99OursFloor)}) | ${mark(r.rpsOursPeer >= TARGETS.rpsOursPeer)} (${f2(r.rpsOursPeer)}) | ${mark(r.rpsCachedFloor >= TARGETS.rpsCachedFloor)} (${f2(r.rpsCachedFloor)}) |`,
    );
  }
  const errors = api.operations.flatMap((op) =>
    Object.entries(op.servers)
      .filter(([, m]) => m.errors + m.non2xx > 0)
      .map(([s, m]) => `${op.name}/${s}: ${m.errors} errors/timeouts, ${m.non2xx} non-2xx`),
  );
  if (errors.length) lines.push('', `Errors during runs: ${errors.join('; ')}.`);
  lines.push('', '### What each operation asks, and what differs for the peer', '');
  for (const op of api.operations) {
    lines.push(
      `- **${op.name}** — ${op.description}. Response bytes: ours ${op.responseBytes.ours}, floor ${op.responseBytes.floor}, peer ${op.responseBytes.peer}. ${op.differences}`,
    );
  }
  lines.push(
    '',
    "- **ours** is the real app from `buildApp(config)` with `RESPONSE_CACHE=false`: helmet, CORS, the rate limiter (its limit raised so it never trips), the error handler and mercurius with `jit: 1`; each operation is compiled to one Cypher statement (src/api/graphql/compile). Its JSON equals the floor's (checked at the start of every run).",
    '- **cached** is the same app with the response cache on (every request after the first is a hit: the graph does not change during the run).',
    '- **floor** is a bare fastify route per operation running one hand-written Cypher statement (`bench/floor-cypher.ts`) that returns the same JSON.',
    `- **peer** is \`new Neo4jGraphQL({ typeDefs, driver })\` served by mercurius (no jit), typeDefs in \`bench/peer-schema.ts\` over our labels (one \`Entity\` type, \`@relationship\` fields per relation type; the ${api.relationTypesInGraph.length} types present in the seed graph are queried).`,
  );
  return lines;
}

function loadRow(run: LoadRun): string {
  return `| ${run.scale}× | ${run.batchSize} | ${run.transactions} (${run.grouping}) | ${run.documents} | ${run.corpusKiB} | ${f2(run.extractMs / 1000)} | ${f2(run.writeMs / 1000)} | ${f2(run.documentsPerSec)} | ${f0(run.entitiesPerSec)} | ${f0(run.relationshipsPerSec)} | ${run.roundTripsPerDocument.toFixed(1)} | ${f0(run.peakRssMiB)} | ${run.graph.entities} / ${run.graph.relationships} |`;
}

function loaderSection(loader: LoaderResult): string[] {
  const top = loader.runs.at(-1)!;
  return [
    '## Loader scaling',
    '',
    'Synthetic German corpora from `scripts/bench/generate-corpus.ts`, each loaded into an emptied graph (`resetGraph`). Extraction (`loadCatalog` + `ingestDocument` per file) and writing (`writeBatches`: consecutive documents grouped into one transaction up to 20 000 rows, as `npm run load` does) are timed apart; rates are per second of write time. Entities = entity rows written (one per entity per document), relationships = entity relations + mentions written.',
    '',
    '| corpus | UNWIND batch size | transactions | docs | KiB | extract s | write s | docs/s | entities/s | relationships/s | round trips/doc | peak RSS MiB | graph entities / relationships |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...loader.runs.map(loadRow),
    loadRow(loader.perRow),
    loadRow(loader.perDocument),
    '',
    '### Targets',
    '',
    `- ≥ ${TARGETS.loaderEntitiesPerSec} entities/s written at ${top.scale}×: ${mark(top.entitiesPerSec >= TARGETS.loaderEntitiesPerSec)} (${f0(top.entitiesPerSec)}).`,
    `- Batched UNWIND ≥ ${TARGETS.batchedOverPerRow}× per-row at ${loader.batched.scale}× (write time): ${mark(loader.batchedOverPerRow >= TARGETS.batchedOverPerRow)} (${f2(loader.batchedOverPerRow)}×; ${loader.batched.roundTripsPerDocument.toFixed(1)} vs ${loader.perRow.roundTripsPerDocument.toFixed(1)} round trips per document).`,
    `- Grouping documents into transactions (not a target): ${f2(loader.groupedOverPerDocument)}× the write throughput of one transaction per document at ${loader.batched.scale}× (${loader.batched.transactions} vs ${loader.perDocument.transactions} transactions).`,
    ...(loader.reruns
      ? [
          `- Loading the ${loader.reruns.scale}× corpus again (not a target): unchanged ${f2(loader.reruns.unchangedMs / 1000)} s (a no-op: content hashes match); every document rewritten with \`--force\` ${f2(loader.reruns.forcedMs / 1000)} s (old evidence, sections and mentions are replaced in the same transactions).`,
        ]
      : []),
    `- Time growth ${loader.growth.from}× → ${loader.growth.to}× within ${TARGETS.growthVsLinear}× of linear: write ${mark(loader.growth.writeVsLinear <= TARGETS.growthVsLinear)} (${f2(loader.growth.writeVsLinear)}× linear), extract + write ${f2(loader.growth.totalVsLinear)}× linear.`,
  ];
}

function nlpLoaderSection(result: NlpLoaderResult): string[] {
  const top = result.runs.at(-1)!;
  return [
    '## Loader with the NLP stage',
    '',
    `Synthetic corpora as above, loaded by \`loadDocuments\` with the German NLP service (its own instance, ${result.inFlight} threads${result.serviceStartMs === null ? '' : `, launch to ready ${f2(result.serviceStartMs / 1000)} s`}), ${result.inFlight} documents sent ahead of the one being extracted, into an emptied graph with an empty annotation cache (**end-to-end**: read, annotate, extract, write). **Raw** is the service alone annotating the very texts the load sent it, ${result.inFlight} at a time, no cache; it runs after the load, on a service the load has warmed. *Service busy* is the part of the load's time during which at least one document was at the service. Then the same corpus is loaded again unchanged (annotations from the cache, content hashes match, nothing written).`,
    '',
    '| corpus | docs | tokens | raw s | raw tokens/s | end-to-end s | of it, service busy s | end-to-end tokens/s | end-to-end / raw time | reload unchanged s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.runs.map(
      (r) =>
        `| ${r.scale}× | ${r.documents} | ${r.tokens} | ${f2(r.rawMs / 1000)} | ${f0(r.rawTokensPerSec)} | ${f2(r.endToEndMs / 1000)} | ${r.serviceBusyMs === undefined ? '–' : f2(r.serviceBusyMs / 1000)} | ${f0(r.endToEndTokensPerSec)} | ${f2(r.endToEndOverRaw)} | ${f2(r.reloadUnchangedMs / 1000)} |`,
    ),
    '',
    '### Targets',
    '',
    `- End-to-end ≤ ${TARGETS.endToEndOverRaw}× the raw annotation time at 100×: ${top.scale === 100 ? `${mark(top.endToEndOverRaw <= TARGETS.endToEndOverRaw)} (${f2(top.endToEndOverRaw)}×)` : `**not measured at 100×** (largest corpus run: ${top.scale}×, ${f2(top.endToEndOverRaw)}×)`}.`,
    `- Reloading the corpus unchanged < ${TARGETS.reloadUnchangedSec} s at 100×: ${top.scale === 100 ? `${mark(top.reloadUnchangedMs / 1000 < TARGETS.reloadUnchangedSec)} (${f2(top.reloadUnchangedMs / 1000)} s)` : `**not measured at 100×** (${top.scale}×: ${f2(top.reloadUnchangedMs / 1000)} s)`}.`,
  ];
}

/** Written by bench/node-profile.ts beside results.md; shown in it when present. */
export const NODE_PROFILE_FILE = 'node-profile.md';

export function renderMarkdown(results: BenchResults, nodeProfile: string | null = null): string {
  const m = results.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${m.date} (run took ${f0(results.totalSeconds)} s; options ${JSON.stringify(results.options)}).`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB RAM; load average at start ${m.loadAverageAtStart.map(f2).join(' / ')}, at end ${m.loadAverageAtEnd.map(f2).join(' / ')} (1/5/15 min; other processes share the CPUs, so absolute numbers are noisy — the ratios are measured side by side in the same run). Node ${m.node}, Neo4j ${m.neo4j} (own instance 'bench', heap 2g, page cache 1g), ${Object.entries(
      m.packages,
    )
      .map(([p, v]) => `${p} ${v}`)
      .join(', ')}.`,
    '',
  ];
  if (results.api) {
    const [title, blank, ...rest] = apiSection(results.api, results.carried?.api?.options ?? results.options);
    lines.push(title!, blank!, ...carriedNote(results, 'api'), ...rest, '');
  }
  if (results.loader) {
    const [title, blank, ...rest] = loaderSection(results.loader);
    lines.push(title!, blank!, ...carriedNote(results, 'loader'), ...rest, '');
  }
  if (results.nlpLoader) {
    const [title, blank, ...rest] = nlpLoaderSection(results.nlpLoader);
    lines.push(title!, blank!, ...carriedNote(results, 'nlpLoader'), ...rest, '');
  }
  if (nodeProfile) lines.push(nodeProfile.trim(), '');
  lines.push(
    'Profiles of the hot queries: `npx tsx bench/profile.ts` (needs the bench instance, which `npm run bench` leaves running only if it was already running).',
    '',
  );
  return lines.join('\n');
}

export function writeResults(results: BenchResults, dir: string): { md: string; json: string } {
  const md = path.join(dir, 'results.md');
  const json = path.join(dir, 'results.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const nodeProfile = path.join(dir, NODE_PROFILE_FILE);
  writeFileSync(
    md,
    renderMarkdown(results, existsSync(nodeProfile) ? readFileSync(nodeProfile, 'utf8') : null),
  );
  return { md, json };
}

/** Aligns the Markdown tables as the linter wants them, so a freshly written file passes `npm run lint`. */
export function formatMarkdown(...files: string[]): void {
  execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', ...files], {
    stdio: 'ignore',
  });
}
