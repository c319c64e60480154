/**
 * Every relation rule of src/lang/de/relation-rules.ts carries an example sentence written for it;
 * each one runs through the whole pipeline with the real NLP service and must yield its relation.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { GraphBatch } from '../../src/graph/model.ts';
import { type Catalog, ingestText, loadCatalog } from '../../src/ingest/index.ts';
import { RELATION_RULES } from '../../src/lang/de/relation-rules.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';

let catalog: Catalog;
const annotator = () => createAnnotator(testConfig());

beforeAll(async () => {
  catalog = await loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
});

function named(batch: GraphBatch, id: string): string[] {
  const e = batch.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases].map((n) => n.toLowerCase()) : [];
}

describe('relation rules', () => {
  it.each(RELATION_RULES.map((r) => [r.id, r] as const))(
    '%s reads its example sentence',
    async (_id, rule) => {
      const batch = await ingestText(
        rule.example.sentence,
        { id: `rule-${rule.id}`, file: 'example.txt', sha256: rule.id },
        catalog,
        {
          annotator: annotator(),
        },
      );
      const found = batch.relations
        .filter((r) => r.type === rule.type)
        .map((r) => ({ from: named(batch, r.from), to: named(batch, r.to) }));
      const wanted = found.some(
        (r) =>
          r.from.some((n) => n.includes(rule.example.from.toLowerCase())) &&
          r.to.some((n) => n.includes(rule.example.to.toLowerCase())),
      );
      expect(
        wanted,
        `${rule.type} ${rule.example.from} → ${rule.example.to} in „${rule.example.sentence}“; found ${JSON.stringify(found)}`,
      ).toBe(true);
    },
  );
});
