/**
 * A text read by the whole load pipeline with the real NLP service, as the extraction tests look
 * at it: relations as „from TYPE [role] to“ (co-occurrence left out), the same with their validity
 * („… from–to“) as `dated`, mentioned entities as „TYPE name“.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import { type Catalog, ingestText, loadCatalog } from '../../src/ingest/index.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from './context.ts';

let catalog: Promise<Catalog> | undefined;

export async function readText(
  text: string,
  id: string,
): Promise<{ relations: string[]; dated: string[]; entities: string[] }> {
  catalog ??= loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
  const batch = await ingestText(text, { id, file: `${id}.txt`, sha256: id }, await catalog, {
    annotator: createAnnotator(testConfig()),
  });
  const name = (entityId: string) => batch.entities.find((e) => e.id === entityId)?.name ?? entityId;
  const mentioned = new Set(batch.mentions.map((m) => m.entityId));
  const stated = batch.relations.filter((r) => r.type !== 'CO_OCCURS_WITH');
  const relation = (r: (typeof stated)[number]) =>
    `${name(r.from)} ${r.type}${r.role ? ` [${r.role}]` : ''} ${name(r.to)}`;
  return {
    relations: stated.map(relation),
    dated: stated.map((r) => `${relation(r)} ${r.validFrom ?? ''}–${r.validTo ?? ''}`),
    entities: batch.entities.filter((e) => mentioned.has(e.id)).map((e) => `${e.type} ${e.name}`),
  };
}
