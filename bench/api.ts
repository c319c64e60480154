/**
 * API phase: seed graph in the bench instance, the four servers in a child process, a
 * correctness check (ours and the floor must answer the same JSON), then interleaved autocannon
 * runs — per repetition every server once, the order rotated — and the medians.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES } from '../src/graph/model.ts';
import { listDocuments } from '../src/load/list-documents.ts';
import { loadDocuments } from '../src/load/load-documents.ts';
import { fire } from './cannon.ts';
import type { BenchDatabase } from './neo4j.ts';
import { buildOperations, type Operation, type OperationName } from './operations.ts';
import { SERVER_NAMES, type ServerName } from './servers.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface ApiOptions {
  durationSec: number;
  warmupSec: number;
  connections: number;
  repetitions: number;
  log: (line: string) => void;
}

export interface Measurement {
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Every repetition, for the JSON. */
  runs: { requestsPerSec: number; p50: number; p99: number }[];
}

export interface OperationResult {
  name: OperationName;
  description: string;
  differences: string;
  responseBytes: Record<ServerName, number>;
  servers: Record<ServerName, Measurement>;
  ratios: {
    rpsOursFloor: number;
    p99OursFloor: number;
    rpsOursPeer: number;
    p99OursPeer: number;
    rpsCachedFloor: number;
  };
}

export interface ApiResult {
  seedLoadMs: number;
  relationTypesInGraph: string[];
  operations: OperationResult[];
}

/**
 * Waits until Neo4j runs no transaction but this one: requests still in flight when autocannon
 * stops would otherwise load the database during the next server's run.
 */
export async function drain(db: BenchDatabase, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await db.executor.read<{ running: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
    );
    if ((row?.running ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Key-order-independent JSON, to compare our answer with the floor's. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

function endpoint(urls: Record<ServerName, string>, server: ServerName, op: Operation) {
  if (server === 'floor') return { url: `${urls.floor}/floor/${op.name}`, body: op.floorBody };
  return { url: `${urls[server]}/graphql`, body: server === 'peer' ? op.peer : op.ours };
}

async function post(url: string, body: unknown): Promise<{ json: Record<string, unknown>; bytes: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { json: JSON.parse(text) as Record<string, unknown>, bytes: Buffer.byteLength(text) };
}

function startChild(
  relationTypes: string[],
): Promise<{ child: ChildProcess; urls: Record<ServerName, string> }> {
  const child = fork(path.join(HERE, 'server-process.ts'), [JSON.stringify(relationTypes)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) =>
      resolve({ child, urls: (message as { urls: Record<ServerName, string> }).urls }),
    );
    child.once('exit', (code) => reject(new Error(`server process exited with code ${code}`)));
  });
}

export async function seedGraph(db: BenchDatabase, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const files = await listDocuments([db.config.seeds.documentsDir]);
  const summary = await loadDocuments(db.executor, files, {
    catalogPath: db.config.seeds.catalogDir,
    reset: true,
  });
  const ms = performance.now() - started;
  log(
    `Seed graph: ${summary.after.entities} entities, ${summary.after.relationships} relationships (${(ms / 1000).toFixed(1)} s)`,
  );
  return ms;
}

export async function runApiBench(db: BenchDatabase, options: ApiOptions): Promise<ApiResult> {
  const { log } = options;
  const seedLoadMs = await seedGraph(db, log);
  const present = await db.executor.read<{ type: string }>(
    'MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS type',
  );
  const relationTypesInGraph = RELATION_TYPES.filter((t) => present.some((row) => row.type === t));
  const operations = buildOperations(relationTypesInGraph);
  const { child, urls } = await startChild(relationTypesInGraph);
  try {
    const results: OperationResult[] = [];
    for (const op of operations) {
      const responseBytes = {} as Record<ServerName, number>;
      const answers = {} as Record<ServerName, Record<string, unknown>>;
      for (const server of SERVER_NAMES) {
        const { url, body } = endpoint(urls, server, op);
        const { json, bytes } = await post(url, body);
        if (json.errors)
          throw new Error(`${server} ${op.name}: ${JSON.stringify(json.errors).slice(0, 800)}`);
        answers[server] = json;
        responseBytes[server] = bytes;
      }
      if (canonical(answers.cached) !== canonical(answers.ours)) {
        throw new Error(`${op.name}: the cached and uncached API answer differently`);
      }
      if (canonical(answers.ours) !== canonical(answers.floor)) {
        throw new Error(
          `${op.name}: ours and the floor answer differently:\n${canonical(answers.ours).slice(0, 600)}\n${canonical(answers.floor).slice(0, 600)}`,
        );
      }
      if (op.name === 'path' && (answers.ours.data as { path: unknown }).path === null) {
        throw new Error('path: no path in the seed graph between the chosen entities');
      }

      const runs = Object.fromEntries(SERVER_NAMES.map((s) => [s, [] as Awaited<ReturnType<typeof fire>>[]]));
      for (const server of SERVER_NAMES) {
        const { url, body } = endpoint(urls, server, op);
        await fire({ url, body, connections: options.connections, durationSec: options.warmupSec });
        await drain(db);
      }
      for (let rep = 0; rep < options.repetitions; rep++) {
        // Rotated each repetition, so whoever runs first (while the JITs still warm up) changes.
        const order = SERVER_NAMES.map((_, i) => SERVER_NAMES[(i + rep) % SERVER_NAMES.length]!);
        for (const server of order) {
          const { url, body } = endpoint(urls, server, op);
          const run = await fire({
            url,
            body,
            connections: options.connections,
            durationSec: options.durationSec,
          });
          runs[server]!.push(run);
          await drain(db);
          log(
            `  ${op.name.padEnd(8)} ${server.padEnd(5)} rep ${rep + 1}: ${run.requestsPerSec.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms${run.errors + run.non2xx ? `, ${run.errors} errors, ${run.non2xx} non-2xx` : ''}`,
          );
        }
      }
      const servers = Object.fromEntries(
        SERVER_NAMES.map((s) => {
          const list = runs[s]!;
          return [
            s,
            {
              requestsPerSec: median(list.map((r) => r.requestsPerSec)),
              p50: median(list.map((r) => r.p50)),
              p99: median(list.map((r) => r.p99)),
              errors: list.reduce((n, r) => n + r.errors, 0),
              non2xx: list.reduce((n, r) => n + r.non2xx, 0),
              runs: list.map(({ requestsPerSec, p50, p99 }) => ({ requestsPerSec, p50, p99 })),
            },
          ];
        }),
      ) as Record<ServerName, Measurement>;
      results.push({
        name: op.name,
        description: op.description,
        differences: op.differences,
        responseBytes,
        servers,
        ratios: {
          rpsOursFloor: servers.ours.requestsPerSec / servers.floor.requestsPerSec,
          p99OursFloor: servers.ours.p99 / servers.floor.p99,
          rpsOursPeer: servers.ours.requestsPerSec / servers.peer.requestsPerSec,
          p99OursPeer: servers.ours.p99 / servers.peer.p99,
          rpsCachedFloor: servers.cached.requestsPerSec / servers.floor.requestsPerSec,
        },
      });
    }
    return { seedLoadMs, relationTypesInGraph, operations: results };
  } finally {
    child.send('close');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
