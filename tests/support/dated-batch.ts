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
  // Like the extraction: a mention's passage is its sentence, the surface offsets are the name's.
  // A sentence ends at a full stop after a word (not after the day of „1. Mai“).
  const sentences = [...text.matchAll(/.+?(?:(?<=\p{Ll}{2}[.!?])(?=\s|$)|$)/gsu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const mentions = entities.flatMap((e) =>
    [...text.matchAll(new RegExp(e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => {
      const at = m.index ?? 0;
      const sentence = sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
      return {
        documentId,
        sectionId: `${documentId}#0`,
        quote: text.slice(sentence.start, sentence.end),
        ...sentence,
        page: null,
        entityId: e.id,
        surface: e.name,
        surfaceStart: at,
        surfaceEnd: at + e.name.length,
      };
    }),
  );
  return { ...batch, document: { ...batch.document, date }, mentions };
}
