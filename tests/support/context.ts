import { inject } from 'vitest';
import { type Config, type Env, loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { Executor } from '../../src/db/executor.ts';

/** Config pointing at the test Neo4j and the test NLP service; extra overrides per test file. */
export function testConfig(overrides: Partial<Record<keyof Env, string>> = {}): Config {
  const neo4j = inject('neo4j');
  const nlp = inject('nlp');
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NLP_URL: nlp.url,
    ...overrides,
  });
}

/** An executor for test setup: it loads documents, so it gets the loader's transaction timeout. */
export function testExecutor(config: Config = testConfig()): Executor {
  return new Executor(createDriver(config), {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.loadTimeoutMs,
  });
}
