/**
 * Where our per-request time goes in Node, beside the floor: each server ('ours', the real app with
 * the response cache off, and 'floor', one hand-written statement per route) runs in a child process
 * of its own; autocannon fires each operation at both, and the CPU time the server process and the
 * bench Neo4j spent (Linux /proc) is divided by the requests answered. With `--cpu-prof` both run
 * under V8's profiler and the self time per package (or per file of ours) is compared per request.
 *
 *   npx tsx bench/node-profile.ts [--seconds 8] [--cpu-prof]     (loads the seed graph into the bench instance)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { layoutFor } from '../scripts/neo4j/layout.ts';
import { seedGraph } from './api.ts';
import { fire } from './cannon.ts';
import { selfTimeByBucket } from './cpu-profile.ts';
import { OUT_DIR } from './loader.ts';
import { startBenchDatabase } from './neo4j.ts';
import { buildOperations, type Operation } from './operations.ts';
import { type BenchResults, formatMarkdown, NODE_PROFILE_FILE, writeResults } from './report.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Linux reports CPU time in clock ticks of 1/100 s. */
const MS_PER_TICK = 10;
const SERVERS = ['floor', 'ours'] as const;
type Server = (typeof SERVERS)[number];

function cpuMs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

async function startServer(name: Server, profileDir: string | null) {
  const execArgv = ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child: ChildProcess = fork(path.join(HERE, 'node-server.ts'), [name], { execArgv });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${name} server exited (${code})`)));
  });
  return { child, url, requests: 0 };
}

function target(name: Server, base: string, op: Operation) {
  return name === 'ours'
    ? { url: `${base}/graphql`, body: op.ours }
    : { url: `${base}/floor/${op.name}`, body: op.floorBody };
}

const program = new Command('node-profile')
  .option('--seconds <n>', 'measured seconds per server and operation', Number, 8)
  .option('--warmup <n>', 'warm-up seconds per server and operation', Number, 2)
  .option('--connections <n>', 'concurrent connections', Number, 10)
  .option('--cpu-prof', 'profile both servers and compare self time per package', false)
  .parse();
const opts = program.opts<{ seconds: number; warmup: number; connections: number; cpuProf: boolean }>();

const db = await startBenchDatabase(console.log);
await seedGraph(db, console.log);
const neo4jPid = Number(readFileSync(layoutFor(db.config.localNeo4j.home, 'bench').pidFile, 'utf8'));
const profileRoot = path.join(OUT_DIR, 'node-profile');
rmSync(profileRoot, { recursive: true, force: true });
const servers = {} as Record<Server, Awaited<ReturnType<typeof startServer>>>;
for (const name of SERVERS) {
  const dir = opts.cpuProf ? path.join(profileRoot, name) : null;
  if (dir) mkdirSync(dir, { recursive: true });
  servers[name] = await startServer(name, dir);
}

const loadAtStart = os.loadavg();
const out: string[] = [
  '| operation | server | req/s | p50 / p99 ms | Node CPU ms/request | Neo4j CPU ms/request |',
  '|---|---|---:|---:|---:|---:|',
];
try {
  for (const op of buildOperations([])) {
    for (const name of SERVERS) {
      const server = servers[name];
      const { url, body } = target(name, server.url, op);
      const warm = await fire({ url, body, connections: opts.connections, durationSec: opts.warmup });
      const [node0, neo0] = [cpuMs(server.child.pid as number), cpuMs(neo4jPid)];
      const run = await fire({ url, body, connections: opts.connections, durationSec: opts.seconds });
      const [node1, neo1] = [cpuMs(server.child.pid as number), cpuMs(neo4jPid)];
      server.requests += warm.requests + run.requests;
      const per = (ms: number) => (ms / Math.max(1, run.requests)).toFixed(2);
      out.push(
        `| ${op.name} | ${name} | ${Math.round(run.requestsPerSec)} | ${run.p50} / ${run.p99} | ${per(node1 - node0)} | ${per(neo1 - neo0)} |`,
      );
    }
  }
} finally {
  for (const name of SERVERS) {
    const { child } = servers[name];
    child.send('close');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  await db.close();
}

if (opts.cpuProf) {
  // Per request answered, start-up (module loading) included: compare the per-request parts.
  const perRequest = (name: Server) => {
    const dir = path.join(profileRoot, name);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const totals = file ? selfTimeByBucket(path.join(dir, file)) : new Map<string, number>();
    return new Map([...totals].map(([k, ms]) => [k, ms / Math.max(1, servers[name].requests)]));
  };
  const [ours, floor] = [perRequest('ours'), perRequest('floor')];
  const rows = [...new Set([...ours.keys(), ...floor.keys()])]
    .map((k) => ({ k, ours: ours.get(k) ?? 0, floor: floor.get(k) ?? 0 }))
    .sort((a, b) => b.ours - b.floor - (a.ours - a.floor))
    .slice(0, 25);
  out.push('', 'Self time per request answered (ms, start-up included), largest difference first:', '');
  out.push('| where | ours | floor | ours − floor |', '|---|---:|---:|---:|');
  for (const r of rows)
    out.push(`| ${r.k} | ${r.ours.toFixed(3)} | ${r.floor.toFixed(3)} | ${(r.ours - r.floor).toFixed(3)} |`);
}

const args = process.argv.slice(2).join(' ');
const intro = [
  '## Per-request work in Node: ours against the floor',
  '',
  `Written by \`npx tsx bench/node-profile.ts${args ? ` ${args}` : ''}\` on ${new Date().toISOString()} ` +
    `(load average at start ${loadAtStart.map((n) => n.toFixed(2)).join(' / ')}). Each server in a child ` +
    `process of its own, the seed graph, ${opts.connections} connections, ${opts.warmup} s warm-up and ` +
    `${opts.seconds} s measured per server and operation; CPU time of the server process and of the bench ` +
    'Neo4j (Linux /proc) per request answered.',
  '',
];
const text = [...intro, ...out].join('\n');
console.log(text);
writeFileSync(path.join(HERE, NODE_PROFILE_FILE), `${text}\n`);
// results.md shows this file: written again with it.
const resultsJson = path.join(HERE, 'results.json');
if (existsSync(resultsJson)) {
  const { md } = writeResults(JSON.parse(readFileSync(resultsJson, 'utf8')) as BenchResults, HERE);
  formatMarkdown(md);
}
formatMarkdown(path.join(HERE, NODE_PROFILE_FILE));
