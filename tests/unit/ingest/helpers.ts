import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphBatch } from '../../../src/graph/model.ts';
import { type Catalog, ingestText, loadCatalog } from '../../../src/ingest/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CATALOG_DIR = path.join(ROOT, 'seeds', 'catalog');
export const SEEDS = {
  eco: path.join(ROOT, 'seeds/documents/eco-auswertung-koalitionsvertrag-hessen-2024.txt'),
  brochure: path.join(ROOT, 'seeds/documents/digitale-verwaltung-hessen-2023.txt'),
};
export const NEW_DOCUMENT = path.join(ROOT, 'tests/fixtures/documents/landesamt-beispiel.txt');

let catalog: Catalog | null = null;
export async function seedCatalog(): Promise<Catalog> {
  catalog ??= await loadCatalog(CATALOG_DIR);
  return catalog;
}

/** Ingests a text written in the test. */
export async function ingest(text: string, id = 'test-dokument'): Promise<GraphBatch> {
  return ingestText(text, { id, file: `${id}.txt`, sha256: '0' }, await seedCatalog());
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

export function mentionedIds(batch: GraphBatch): Set<string> {
  return new Set(batch.mentions.map((m) => m.entityId));
}

export function entityByName(batch: GraphBatch, name: string) {
  return batch.entities.find((e) => e.name === name);
}
