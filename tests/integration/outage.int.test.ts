/**
 * Database outages for real: a separate local Neo4j ('outage', bolt 7697) is started for this
 * file, stopped mid-test and started again; the shared test instance is never touched. The same
 * app instance must answer 503s within seconds while Neo4j is down and serve again by itself.
 * Also: graceful shutdown lets an in-flight request finish and closes the driver, and the
 * transaction timeout (QUERY_TIMEOUT_MS) ends a slow read.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFor, scratchInstance } from '../../scripts/neo4j/layout.ts';
import { start, stop } from '../../scripts/neo4j/server.ts';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Executor } from '../../src/db/executor.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { AppError } from '../../src/errors.ts';
import { writeBatch } from '../../src/graph/writer.ts';
import { entity, makeBatch } from '../support/batches.ts';
import { testConfig } from '../support/context.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const BOLT = 7697;
const HTTP = 7497;
const config: Config = testConfig({
  NEO4J_URI: `bolt://127.0.0.1:${BOLT}`,
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'outage-drill-pw',
  RATE_LIMIT_MAX: '100000',
});
const layout = layoutFor(config.localNeo4j.home, 'outage');
const settings = scratchInstance(config, 'outage', { bolt: BOLT, http: HTTP });
const quiet = { detached: true, log: () => {} };

let app: FastifyInstance;
const STATS = '{ stats { entities } entity(id: "outage-hzd") { name } }';

const gql = async (target: FastifyInstance, query = STATS) => {
  const started = Date.now();
  const response = await target.inject({ method: 'POST', url: '/graphql', payload: { query } });
  return {
    status: response.statusCode,
    headers: response.headers,
    json: response.json() as Json,
    ms: Date.now() - started,
  };
};

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

beforeAll(async () => {
  await start(layout, settings, quiet);
  const executor = new Executor(createDriver(config), { database: 'neo4j', timeoutMs: 30_000 });
  try {
    await applyMigrations(executor);
    const text = 'Die HZD betreibt die Hessen-App.';
    await writeBatch(
      executor,
      makeBatch('outage-doc', text, {
        entities: [entity('outage-hzd', 'AGENCY', 'HZD'), entity('outage-app', 'PLATFORM', 'Hessen-App')],
        relations: [['outage-hzd', 'OPERATES', 'outage-app', text]],
      }),
    );
  } finally {
    await executor.driver.close();
  }
  app = await buildApp(config, { logger: false });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await stop(layout);
}, 120_000);

describe('Neo4j outage', () => {
  it('degrades to fast 503s while Neo4j is down and recovers without a restart', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    const before = await gql(app);
    expect(before.status).toBe(200);
    expect(before.json.data.entity.name).toBe('HZD');

    const stoppedAt = Date.now();
    await stop(layout);
    const stopMs = Date.now() - stoppedAt;

    const detectMs = await until(
      'readiness 503',
      async () => (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 503,
      10_000,
    );
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().status).toBe('unavailable');

    const down = await gql(app);
    expect(down.status).toBe(503);
    expect(down.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.headers['retry-after']).toBe('5');
    expect(JSON.stringify(down.json)).not.toMatch(/ECONNREFUSED|7697|Neo\.|stack/);
    // Reported, not asserted: timings on a shared machine are no test (the test timeout catches a hang).
    console.info(`[outage] the query against the stopped database was answered in ${down.ms} ms`);

    const rest = await app.inject({ method: 'GET', url: '/api/stats' });
    expect(rest.statusCode).toBe(503);
    expect(rest.json().error.code).toBe('DATABASE_UNAVAILABLE');
    // The process stays up: liveness and static answers do not depend on Neo4j.
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await gql(app, '{ __typename }')).status).toBe(200);

    const restartAt = Date.now();
    await start(layout, settings, quiet);
    const boltMs = Date.now() - restartAt;
    const recoverMs = await until(
      'GraphQL recovery',
      async () => {
        const result = await gql(app);
        return result.status === 200 && result.json.data?.entity?.name === 'HZD';
      },
      // 30 s is the target (the drill enforces it); a busy CI machine gets some slack here.
      45_000,
    );
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    console.info(
      `[outage] stop took ${stopMs} ms; readiness 503 after ${detectMs} ms; a query failed in ${down.ms} ms; ` +
        `Neo4j back in ${boltMs} ms; app serving again ${recoverMs} ms after Bolt answered`,
    );
  }, 240_000);
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish on close, then closes the driver', async () => {
    const closing = await buildApp(config, { logger: false });
    // Busy for a second, then it needs the database: the driver must still be open by then.
    closing.get('/test/slow', async () => {
      await new Promise((r) => setTimeout(r, 1_000));
      const [row] = await closing.executor.read<{ n: number }>('RETURN 0 AS n');
      return { n: row?.n };
    });
    const url = await closing.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${url}/test/slow`);
    await new Promise((r) => setTimeout(r, 200));
    const executor = closing.executor;
    await closing.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ n: 0 });
    await expect(executor.read('RETURN 1 AS one')).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
  }, 60_000);
});

describe('Neo4j transaction timeout (QUERY_TIMEOUT_MS)', () => {
  it('ends a deliberately slow read with QUERY_TIMEOUT instead of hanging', async () => {
    const executor = new Executor(createDriver(config), { database: 'neo4j', timeoutMs: 300 });
    const started = Date.now();
    try {
      const error = await executor
        // 4·10⁸ rows from two small lists: minutes of work, no big allocation on the shared server
        .read(
          'UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a, b WHERE a + b < 0 RETURN count(*) AS n',
        )
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('QUERY_TIMEOUT');
      expect((error as AppError).message).not.toMatch(/Neo\.|UNWIND/);
      const elapsed = Date.now() - started;
      console.info(`[timeout] 300 ms transaction timeout ended the slow read after ${elapsed} ms`);
    } finally {
      await executor.driver.close();
    }
  });
});
