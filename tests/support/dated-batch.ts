import type { EntityRecord, GraphBatch, RelationRecord } from '../../src/graph/model.ts';
import { makeBatch } from './batches.ts';

/**
 * A hand-made batch as the extraction hands it to dating: every relation's evidence is the whole
 * sentence, and every occurrence of every entity name is a mention.
 */
export function sentenceBatch(
  documentId: string,
  text: string,
  date: string | null,
  entities: EntityRecord[],
  relations: [string, RelationRecord['type'], string, string][],
): GraphBatch {
  const batch = makeBatch(documentId, text, { entities, relations });
  const mentions = entities.flatMap((e) =>
    [...text.matchAll(new RegExp(e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
      documentId,
      sectionId: `${documentId}#0`,
      quote: e.name,
      start: m.index ?? 0,
      end: (m.index ?? 0) + e.name.length,
      page: null,
      entityId: e.id,
      surface: e.name,
    })),
  );
  return { ...batch, document: { ...batch.document, date }, mentions };
}
