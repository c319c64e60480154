/**
 * `npm run bench`: API throughput (ours vs the floor vs @neo4j/graphql) and loader scaling, on
 * this project's own Neo4j instance 'bench' (bolt 7689). A run writes bench/results.md and
 * bench/results.json (--quick: bench/out/); a phase left out by --only keeps its previous figures.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { type ApiResult, runApiBench } from './api.ts';
import { type LoaderResult, OUT_DIR, runLoaderBench } from './loader.ts';
import { BENCH_NLP_PORT, type NlpLoaderResult, runNlpLoaderBench } from './loader-nlp.ts';
import { startBenchDatabase } from './neo4j.ts';
import { type BenchResults, carryOver, formatMarkdown, machineInfo, writeResults } from './report.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

interface Options {
  duration: number;
  connections: number;
  repetitions: number;
  warmup: number;
  only?: 'api' | 'loader' | 'nlp';
  nlpScales: number[];
  nlpPort: number;
  quick: boolean;
  keepNeo4j: boolean;
  out?: string;
}

const opts = new Command()
  .name('npm run bench')
  .description(
    'Benchmarks on a dedicated Neo4j instance (bolt 7689): GraphQL API vs bare driver vs @neo4j/graphql, and loader scaling',
  )
  .option('--duration <seconds>', 'seconds per autocannon run', positive, 10)
  .option('--connections <n>', 'concurrent autocannon connections', positive, 50)
  .option('--repetitions <n>', 'runs per server and operation (the median is reported)', positive, 3)
  .option('--warmup <seconds>', 'warm-up seconds per server and operation before measuring', positive, 3)
  .addOption(
    new Command().createOption('--only <phase>', 'run one phase only').choices(['api', 'loader', 'nlp']),
  )
  .option(
    '--nlp-scales <list>',
    'corpus scales of the loader-with-NLP phase, comma-separated',
    (v) => v.split(',').map(positive),
    [1, 10, 100],
  )
  .option('--nlp-port <n>', 'port of the NLP service the NLP phase starts', positive, BENCH_NLP_PORT)
  .option('--quick', 'smoke run: 2 s × 1 repetition, corpora 1×/2×/5×; results go to bench/out/', false)
  .option('--out <dir>', 'where results.md/json go (default: bench/, or bench/out/ for --quick)')
  .option('--keep-neo4j', 'leave the bench instance running afterwards (for bench/profile.ts)', false)
  .parse()
  .opts<Options>();

if (opts.quick) {
  opts.duration = 2;
  opts.repetitions = 1;
  opts.warmup = 1;
}

const log = (line: string) => console.log(line);
const started = performance.now();
const loadAverageAtStart = os.loadavg();
const db = await startBenchDatabase(log);
let api: ApiResult | null = null;
let loader: LoaderResult | null = null;
let nlpLoader: NlpLoaderResult | null = null;
try {
  log(`Neo4j ${db.neo4jVersion} on ${db.config.neo4j.uri}`);
  if (opts.only === undefined || opts.only === 'api') {
    log('API phase');
    api = await runApiBench(db, {
      durationSec: opts.duration,
      warmupSec: opts.warmup,
      connections: opts.connections,
      repetitions: opts.repetitions,
      log,
    });
  }
  if (opts.only === undefined || opts.only === 'loader') {
    log('Loader phase');
    loader = await runLoaderBench(db, {
      scales: opts.quick ? [1, 2, 5] : [1, 10, 100],
      perRowScale: opts.quick ? 2 : 10,
      log,
    });
  }
  if (opts.only === undefined || opts.only === 'nlp') {
    log('Loader with NLP phase');
    nlpLoader = await runNlpLoaderBench(db, {
      scales: opts.quick ? [1] : opts.nlpScales,
      port: opts.nlpPort,
      log,
    });
  }
  const dir = opts.out ? path.resolve(opts.out) : opts.quick ? OUT_DIR : HERE;
  const results: BenchResults = {
    machine: machineInfo(db.neo4jVersion, loadAverageAtStart),
    options: {
      duration: opts.duration,
      connections: opts.connections,
      repetitions: opts.repetitions,
      warmup: opts.warmup,
      only: opts.only ?? 'all',
      quick: opts.quick,
    },
    totalSeconds: (performance.now() - started) / 1000,
    api,
    loader,
    nlpLoader,
  };
  mkdirSync(dir, { recursive: true });
  // A phase not run keeps its previous figures (with their date), so one phase can be re-measured alone.
  const written = writeResults(carryOver(results, dir), dir);
  formatMarkdown(written.md);
  log(`Wrote ${path.relative(process.cwd(), written.md)} and ${path.relative(process.cwd(), written.json)}`);
} finally {
  if (opts.keepNeo4j) await db.driver.close();
  else await db.close();
}
