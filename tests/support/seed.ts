import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Executor } from '../../src/db/executor.ts';
import { listDocuments, loadDocuments } from '../../src/graph/load.ts';

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
  await loadDocuments(executor, files, { catalogPath: CATALOG_DIR, reset: !sameDocs });
}

export async function seedDocumentNames(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt'));
}
