/**
 * Outage drill (`npm run drill`): its own Neo4j ('drill', bolt 7696, http 7496), a small graph,
 * the API on an ephemeral loopback port under bounded autocannon load; Neo4j is stopped mid-load
 * and started again. Checks: readiness 503 and fast 503 failures (never 500) while down,
 * throughput back within 30 s of Neo4j answering, node/relationship counts unchanged.
 * Prints a report; exits 1 when a check fails, 2 on a setup error or after 3 minutes.
 */
import autocannon from 'autocannon';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { Executor } from '../src/db/executor.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import type { GraphBatch } from '../src/graph/model.ts';
import { countGraph, type GraphCounts, writeBatch } from '../src/graph/writer.ts';
// The writer tests' batch builder: quotes are real substrings of the synthetic text.
import { entity, makeBatch } from '../tests/support/batches.ts';
import { layoutFor, scratchInstance } from './neo4j/layout.ts';
import { start, stop } from './neo4j/server.ts';

const BOLT = 7696;
const HTTP = 7496;
const CONNECTIONS = 10;
/** A freshly started Neo4j compiles its query plans and JIT-warms for the first seconds. */
const WARMUP_S = 8;
const BASELINE_S = 6;
const RECOVERY_LIMIT_MS = 30_000;
const HARD_LIMIT_MS = 180_000;

const config = loadConfig({
  NEO4J_URI: `bolt://127.0.0.1:${BOLT}`,
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'outage-drill-pw',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_MAX: '100000000',
});
const layout = layoutFor(config.localNeo4j.home, 'drill');
const settings = scratchInstance(config, 'drill', { bolt: BOLT, http: HTTP });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[drill ${(performance.now() / 1000).toFixed(1)}s] ${line}`);

/** A small synthetic document: 10 entities in a chain of relations, each backed by a quote. */
function syntheticBatch(n: number): GraphBatch {
  const id = (i: number) => `drill-${n}-${i}`;
  const names = Array.from({ length: 10 }, (_, i) => `Drillbehörde ${n}-${i}`);
  const sentences = names.slice(1).map((name, i) => `${names[i]} betreibt ${name}.`);
  return makeBatch(`drill-doc-${n}`, sentences.join(' '), {
    entities: names.map((name, i) => entity(id(i), 'AGENCY', name)),
    relations: sentences.map((sentence, i) => [id(i), 'OPERATES', id(i + 1), sentence]),
  });
}

async function counts(): Promise<GraphCounts> {
  const executor = new Executor(createDriver(config), { database: config.neo4j.database, timeoutMs: 30_000 });
  try {
    return await countGraph(executor);
  } finally {
    await executor.driver.close();
  }
}

async function main(): Promise<boolean> {
  const failures: string[] = [];
  log(`starting Neo4j 'drill' on bolt ${BOLT}`);
  await start(layout, settings, { detached: true, log: () => {} });
  const setup = new Executor(createDriver(config), { database: config.neo4j.database, timeoutMs: 60_000 });
  try {
    await applyMigrations(setup);
    for (let n = 0; n < 20; n++) await writeBatch(setup, syntheticBatch(n));
  } finally {
    await setup.driver.close();
  }
  const before = await counts();
  log(`graph: ${before.nodes} nodes, ${before.relationships} relationships`);

  const app = await buildApp(config, { logger: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const perSecond = new Map<number, number>();
  const statuses = new Map<number, number>();
  const t0 = Date.now();
  const load = autocannon(
    {
      url: `${base}/graphql`,
      connections: CONNECTIONS,
      duration: 150,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ search(text: "Drillbehörde 3") { entity { id name relations(first: 5) { totalCount } } } }',
      }),
    },
    () => {},
  );
  load.on('response', (_client: unknown, status: number) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status === 200) {
      const second = Math.floor((Date.now() - t0) / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
  });
  const rate = (fromS: number, toS: number) => {
    let sum = 0;
    for (let s = fromS; s < toS; s++) sum += perSecond.get(s) ?? 0;
    return sum / Math.max(1, toS - fromS);
  };

  try {
    await sleep((WARMUP_S + BASELINE_S) * 1000 + 500);
    const baseline = rate(WARMUP_S, WARMUP_S + BASELINE_S);
    log(`baseline: ${baseline.toFixed(0)} successful requests/s with ${CONNECTIONS} connections`);
    if (baseline < 5) failures.push(`baseline throughput too low (${baseline.toFixed(1)}/s)`);

    log('stopping Neo4j under load');
    const stopStart = Date.now();
    await stop(layout);
    log(`Neo4j stopped in ${Date.now() - stopStart} ms`);

    let readinessMs = Number.NaN;
    for (const started = Date.now(); Date.now() - started < 10_000; await sleep(200)) {
      if ((await fetch(`${base}/health/ready`)).status === 503) {
        readinessMs = Date.now() - started;
        break;
      }
    }
    if (Number.isNaN(readinessMs)) failures.push('readiness did not turn 503 within 10 s');
    else log(`readiness 503 after ${readinessMs} ms`);

    const probeStart = Date.now();
    const probe = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    const failMs = Date.now() - probeStart;
    const probeCode = ((await probe.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
      ?.extensions?.code;
    log(`a query while down: HTTP ${probe.status} ${probeCode} in ${failMs} ms`);
    if (probe.status !== 503 || probeCode !== 'DATABASE_UNAVAILABLE')
      failures.push('queries did not fail with 503');
    if (failMs > 6_000) failures.push(`failing query took ${failMs} ms`);
    await sleep(3_000);

    log('starting Neo4j again');
    const restartAt = Date.now();
    await start(layout, settings, { detached: true, log: () => {} });
    const boltAt = Date.now();
    log(`Neo4j answers Bolt after ${boltAt - restartAt} ms`);
    let recoveryMs = Number.NaN;
    while (Date.now() - boltAt < RECOVERY_LIMIT_MS + 5_000) {
      await sleep(1_000);
      const now = Math.floor((Date.now() - t0) / 1000);
      if (rate(now - 2, now) >= baseline * 0.5) {
        recoveryMs = Date.now() - boltAt;
        break;
      }
    }
    if (Number.isNaN(recoveryMs) || recoveryMs > RECOVERY_LIMIT_MS) {
      failures.push(`throughput did not recover within ${RECOVERY_LIMIT_MS} ms of Neo4j answering`);
    } else {
      const now = Math.floor((Date.now() - t0) / 1000);
      log(
        `throughput back (${rate(now - 2, now).toFixed(0)}/s ≥ 50 % of baseline) ${recoveryMs} ms after Bolt answered`,
      );
    }
  } finally {
    load.stop();
    await app.close();
  }

  const after = await counts();
  const unexpected = [...statuses.keys()].filter((s) => s !== 200 && s !== 503);
  if (unexpected.length > 0) failures.push(`unexpected statuses under load: ${unexpected.join(', ')}`);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    failures.push(`graph changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  }
  log(
    `statuses under load: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; ` +
      `graph after: ${after.nodes} nodes, ${after.relationships} relationships (${
        JSON.stringify(after) === JSON.stringify(before) ? 'unchanged' : 'CHANGED'
      })`,
  );
  for (const failure of failures) log(`FAIL: ${failure}`);
  log(failures.length === 0 ? 'drill passed' : `drill failed (${failures.length})`);
  return failures.length === 0;
}

const hardStop = setTimeout(() => {
  log(`drill exceeded ${HARD_LIMIT_MS / 1000} s`);
  void stop(layout).finally(() => process.exit(2));
}, HARD_LIMIT_MS);

try {
  const passed = await main();
  await stop(layout);
  clearTimeout(hardStop);
  process.exit(passed ? 0 : 1);
} catch (error) {
  console.error(`[drill] setup error: ${error instanceof Error ? error.message : String(error)}`);
  await stop(layout).catch(() => {});
  process.exit(2);
}
