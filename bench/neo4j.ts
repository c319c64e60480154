/**
 * The benchmark's own Neo4j instance ('bench', bolt 7689, http 7476): never the dev (7687) or
 * test (7688) instance, so a run cannot disturb anybody's data and nobody's data skews a run.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { layoutFor, type Neo4jLayout } from '../scripts/neo4j/layout.ts';
import { start, stop } from '../scripts/neo4j/server.ts';
import { type Config, type Env, loadConfig } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { Executor } from '../src/db/executor.ts';

export const BENCH_BOLT_PORT = 7689;
export const BENCH_HTTP_PORT = 7476;

export interface BenchDatabase {
  config: Config;
  driver: Driver;
  executor: Executor;
  neo4jVersion: string;
  close(): Promise<void>;
}

/** Config for every server of the run: the bench instance, no rate limit, no request logging. */
export function benchConfig(overrides: Partial<Record<keyof Env, string>> = {}): Config {
  return loadConfig({
    NEO4J_URI: `bolt://127.0.0.1:${BENCH_BOLT_PORT}`,
    NEO4J_MANAGED: 'false',
    NEO4J_BOLT_PORT: String(BENCH_BOLT_PORT),
    NEO4J_HTTP_PORT: String(BENCH_HTTP_PORT),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '1000000000',
    GRAPHIQL: 'false',
    NODE_ENV: 'production',
    ...overrides,
  });
}

/** Starts (or reuses) the bench instance; `close` stops it only if this run started it. */
export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const config = benchConfig();
  const layout: Neo4jLayout = layoutFor(config.localNeo4j.home, 'bench');
  const started = await start(
    layout,
    {
      name: 'bench',
      boltPort: BENCH_BOLT_PORT,
      httpPort: BENCH_HTTP_PORT,
      heap: '2g',
      pageCache: '1g',
      user: config.neo4j.user,
      password: config.neo4j.password,
      startTimeoutMs: config.localNeo4j.startTimeoutMs,
    },
    { detached: true, log },
  );
  const driver = createDriver(config);
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    timeoutMs: 120_000,
    app: 'bench',
  });
  const [row] = await executor.read<{ version: string }>(
    "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
  );
  return {
    config,
    driver,
    executor,
    neo4jVersion: row?.version ?? 'unknown',
    close: async () => {
      await driver.close();
      if (started.startedByUs) await stop(layout);
    },
  };
}

/** A second driver for a server under test, so each side has its own connection pool. */
export function driverFor(config: Config): Driver {
  return createDriver(config);
}

export { neo4j };
