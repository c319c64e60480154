import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { type Config, PROJECT_ROOT } from '../../src/config.ts';
import type { Executor } from '../../src/db/executor.ts';
import { loadCatalog } from '../../src/ingest/catalog.ts';
import { listDocuments } from '../../src/load/list-documents.ts';
import { loadDocuments } from '../../src/load/load-documents.ts';
import { keyFiles } from '../../src/load/source-key.ts';
import { testConfig, testExecutor } from './context.ts';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds', 'documents');
export const CATALOG_DIR = path.join(PROJECT_ROOT, 'seeds', 'catalog');

/**
 * Makes the test graph exactly the seeded graph: reset and load when it holds anything else.
 * Loading is idempotent, so files that share the seeded graph pay for it once.
 */
export async function ensureSeeded(executor: Executor): Promise<void> {
  const files = await listDocuments([SEEDS_DIR]);
  const expected = files.map((f) => path.basename(f, path.extname(f))).sort();
  const rows = await executor.read<{ ids: string[] }>('MATCH (d:Document) RETURN collect(d.id) AS ids');
  const present = (rows[0]?.ids ?? []).sort();
  const sameDocs = JSON.stringify(present) === JSON.stringify(expected);
  // Written by this code and catalog? Otherwise start afresh: the graph is the gazetteer, and the
  // seeded graph must not depend on what an older extraction left in it.
  const catalog = await loadCatalog(CATALOG_DIR);
  const current = (await keyFiles(executor, files, catalog, false)).every((k) => k.unchanged);
  // Rule components only: the research tour's answers (README) are checked against this graph.
  // Extraction with the NLP service is measured by corpus-quality and relation-rules.
  await loadDocuments(executor, files, { catalogPath: CATALOG_DIR, reset: !(sameDocs && current) });
}

export async function seedDocumentNames(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt'));
}

export interface SeededApp {
  readonly executor: Executor;
  /** The app over the seeded graph; available inside tests (built in beforeAll). */
  readonly app: FastifyInstance;
}

/**
 * For a test file that reads the seeded graph through the API: seeds before its tests, builds
 * the app, and closes app and driver after them.
 */
export function seededApp(config: Config = testConfig({ RATE_LIMIT_MAX: '100000' })): SeededApp {
  const executor = testExecutor(config);
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    await ensureSeeded(executor);
    app = await buildApp(config, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await executor.driver.close();
  });
  return {
    executor,
    get app() {
      if (app === undefined) throw new Error('seededApp: the app exists only inside tests');
      return app;
    },
  };
}
