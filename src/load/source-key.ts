/**
 * What a document's extraction depends on, as one key: the file's bytes and its metadata sidecar,
 * the catalog, the extraction and load code and language data, and whether the NLP service read it. A
 * rerun skips a document whose key is the one it was written with, so reruns stay idempotent; it is
 * read again only when a load explains words it left open (settle.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Executor } from '../db/executor.ts';
import type { Catalog } from '../ingest/index.ts';
import { documentId } from '../ingest/read.ts';
import { PIPELINE_VERSION } from '../nlp/annotation.ts';

const STORED_KEYS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sourceKey AS key`;

/** The source keys the graph's documents were written with. */
async function storedSourceKeys(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await executor.read<{ id: string; key: string | null }>(STORED_KEYS, { ids });
  return new Map(rows.filter((r) => r.key !== null).map((r) => [r.id, r.key as string]));
}

async function readOptional(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/** Every file of the extraction code and language data, hashed once per process. */
let codeHash: Promise<string> | null = null;

async function hashTree(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await hashTree(hash, full);
    else hash.update(entry.name).update(await readFile(full));
  }
}

function extractionCode(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    // The loader's own rules (what the graph may teach a document) count as extraction code too.
    for (const dir of ['ingest', 'lang', 'load']) await hashTree(hash, path.join(src, dir));
    return hash.digest('hex');
  })();
  return codeHash;
}

const catalogHashes = new WeakMap<Catalog, string>();

function catalogHash(catalog: Catalog): string {
  let hash = catalogHashes.get(catalog);
  if (!hash) {
    hash = createHash('sha256').update(JSON.stringify(catalog.entries)).digest('hex');
    catalogHashes.set(catalog, hash);
  }
  return hash;
}

export async function sourceKey(file: string, catalog: Catalog, withNlp: boolean): Promise<string> {
  const hash = createHash('sha256');
  hash.update((await readOptional(file)) ?? 'unreadable');
  for (const sidecar of [
    `${file}.meta.yaml`,
    path.join(path.dirname(file), `${path.parse(file).name}.meta.yaml`),
  ])
    hash.update((await readOptional(sidecar)) ?? '-');
  hash.update(catalogHash(catalog)).update(await extractionCode());
  hash.update(withNlp ? PIPELINE_VERSION : 'rules');
  return hash.digest('hex');
}

export interface KeyedFile {
  file: string;
  /** The document id the file loads as. */
  id: string;
  key: string;
  /** The graph holds this document written with this very key: nothing to read again. */
  unchanged: boolean;
}

/** Each file with its source key, compared with the graph's (`executor` null: every file counts as changed). */
export async function keyFiles(
  executor: Executor | null,
  files: readonly string[],
  catalog: Catalog,
  withNlp: boolean,
): Promise<KeyedFile[]> {
  const ids = files.map(documentId);
  const stored = executor ? await storedSourceKeys(executor, ids) : new Map<string, string>();
  return Promise.all(
    files.map(async (file, i) => {
      const id = ids[i] as string;
      const key = await sourceKey(file, catalog, withNlp);
      return { file, id, key, unchanged: stored.get(id) === key };
    }),
  );
}
