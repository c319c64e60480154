import type { EntityRecord, GraphBatch, RelationRecord } from '../../src/graph/model.ts';

/** A small hand-made batch whose quotes are real substrings of its text, for writer tests. */
export function makeBatch(
  documentId: string,
  text: string,
  spec: { entities: EntityRecord[]; relations?: [string, RelationRecord['type'], string, string][] },
): GraphBatch {
  const sectionId = `${documentId}#0`;
  const quoteOf = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
    return { documentId, sectionId, quote: needle, start, end: start + needle.length, page: null };
  };
  return {
    document: {
      id: documentId,
      title: documentId,
      publisher: null,
      date: null,
      file: `${documentId}.txt`,
      sha256: documentId,
      text,
    },
    sections: [{ id: sectionId, documentId, heading: 'Text', order: 0, start: 0, end: text.length }],
    entities: spec.entities,
    mentions: spec.entities
      .filter((e) => text.includes(e.name))
      .map((e) => ({ ...quoteOf(e.name), entityId: e.id, surface: e.name })),
    relations: (spec.relations ?? []).map(([from, type, to, quote]) => ({
      from,
      type,
      to,
      confidence: 0.9,
      method: 'pattern',
      evidence: [quoteOf(quote)],
    })),
  };
}

export const entity = (
  id: string,
  type: EntityRecord['type'],
  name: string,
  aliases: string[] = [],
): EntityRecord => ({
  id,
  type,
  name,
  aliases,
  description: null,
  origin: 'catalog',
});
