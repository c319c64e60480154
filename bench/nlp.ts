/**
 * `npm run bench:nlp`: the German NLP service on its own port (default 9003, never the dev or test
 * service): time from launch to /ready, then warm throughput in tokens/s over a corpus, one request
 * at a time and with several in flight, and the cost of a cache hit. Prints a Markdown table.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { nlpLayout } from '../scripts/nlp/install.ts';
import { nlpSettings, start, stop } from '../scripts/nlp/server.ts';
import { loadConfigOrExit } from '../src/config.ts';
import { createAnnotator } from '../src/nlp/annotator.ts';
import { NlpClient } from '../src/nlp/client.ts';

const opts = new Command()
  .name('npm run bench:nlp')
  .option('--port <n>', 'port of the bench service', '9003')
  .option('--corpus <dir>', 'folder of .txt documents', 'tests/fixtures/corpus/dev')
  .option('--rounds <n>', 'passes over the corpus per measurement', '3')
  .parse()
  .opts<{ port: string; corpus: string; rounds: string }>();

const config = loadConfigOrExit({ NLP_URL: `http://127.0.0.1:${opts.port}` });
const layout = nlpLayout(config.nlp.home);
const settings = nlpSettings(config, Number(opts.port));
const rounds = Number(opts.rounds);

async function corpus(): Promise<string[]> {
  const files = (await readdir(opts.corpus)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map((f) => readFile(path.join(opts.corpus, f), 'utf8')));
}

/** CPU seconds the process has used so far (Linux /proc), or NaN elsewhere. */
function cpuSeconds(pid: number | null): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks
  } catch {
    return Number.NaN;
  }
}

/** Annotates every text `rounds` times with at most `inFlight` documents at once; tokens per second. */
async function throughput(client: NlpClient, texts: string[], inFlight: number, pid: number | null) {
  const queue = Array.from({ length: rounds }, () => texts).flat();
  let tokens = 0;
  const t0 = performance.now();
  const cpu0 = cpuSeconds(pid);
  const worker = async () => {
    for (let text = queue.shift(); text !== undefined; text = queue.shift()) {
      const annotation = await client.annotate(text);
      tokens += annotation.sentences.reduce((n, s) => n + s.tokens.length, 0);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  return { tokens, seconds, perSecond: tokens / seconds, perCpuSecond: tokens / cpu };
}

async function main(): Promise<void> {
  const texts = await corpus();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    `Corpus: ${texts.length} documents, ${chars} characters (${opts.corpus}); load ${os.loadavg()[0]?.toFixed(1)}`,
  );
  const t0 = performance.now();
  const service = await start(layout, settings, { detached: true });
  const startSeconds = (performance.now() - t0) / 1000;
  const startCpu = cpuSeconds(service.pid);
  if (!service.startedByUs)
    console.log(`A service already ran on port ${opts.port}: start time not measured.`);
  try {
    const client = new NlpClient({ url: service.url, concurrency: 1, timeoutMs: 300_000 });
    await throughput(client, texts, 1, null); // warm-up: JIT
    const rows = [];
    for (const inFlight of [1, 2, 4])
      rows.push({ inFlight, ...(await throughput(client, texts, inFlight, service.pid)) });

    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'nlp-bench-'));
    const annotator = createAnnotator(loadConfigOrExit({ NLP_URL: service.url, NLP_CACHE_DIR: cacheDir }));
    for (const text of texts) await annotator.annotate(text);
    const c0 = performance.now();
    for (const text of texts) await annotator.annotate(text);
    const cachedMs = (performance.now() - c0) / texts.length;
    await rm(cacheDir, { recursive: true, force: true });

    console.log(
      `\nLaunch to /ready: ${service.startedByUs ? `${startSeconds.toFixed(1)} s (${startCpu.toFixed(1)} CPU seconds)` : 'n/a'}`,
    );
    console.log(
      `\n| documents in flight | tokens | seconds | tokens/s | tokens per CPU second of the service |\n| ---: | ---: | ---: | ---: | ---: |`,
    );
    for (const r of rows) {
      console.log(
        `| ${r.inFlight} | ${r.tokens} | ${r.seconds.toFixed(1)} | ${Math.round(r.perSecond)} | ${Math.round(r.perCpuSecond)} |`,
      );
    }
    console.log(
      `\nCache hit: ${cachedMs.toFixed(1)} ms per document (read + validate). Load now ${os.loadavg()[0]?.toFixed(1)}.`,
    );
  } finally {
    if (service.startedByUs) await stop(layout, settings);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
