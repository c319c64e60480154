/** Source documents, their sections and how many entities each mentions. */
import { impliedPrecision } from '../../graph/calendar.ts';
import type { ReadContext } from './context.ts';
import { documentProjection } from './projections.ts';
import type { DocumentView, SectionView } from './types.ts';

const DOCUMENT = documentProjection('d');

export const LIST_DOCUMENTS = `
MATCH (d:Document)
RETURN ${DOCUMENT} AS document
ORDER BY coalesce(d.date, '') DESC, d.title, d.id`;

export const DOCUMENTS_BY_IDS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ${DOCUMENT} AS document`;

export const ENTITY_COUNTS_OF_DOCUMENTS = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Section {documentId: id})-[:MENTIONS]->(e:Entity)
  RETURN count(DISTINCT e) AS entityCount
}
RETURN id, entityCount`;

export const SECTIONS_OF_DOCUMENTS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Section {documentId: id})
  WITH s ORDER BY s.order, s.start
  RETURN collect(s {.id, .heading, .order, .start, .end}) AS sections
}
RETURN id, sections`;

function toDocument(row: DocumentView): DocumentView {
  return {
    id: row.id,
    title: row.title ?? row.id,
    publisher: row.publisher ?? null,
    date: row.date == null ? null : String(row.date),
    datePrecision: row.datePrecision ?? (row.date == null ? null : impliedPrecision(String(row.date))),
    file: row.file ?? null,
    length: row.length ?? null,
  };
}

/** Every document, newest first, then by title. */
export async function listDocuments(ctx: ReadContext): Promise<DocumentView[]> {
  const rows = await ctx.executor.read<{ document: DocumentView }>(LIST_DOCUMENTS);
  return rows.map((row) => toDocument(row.document));
}

export async function documentsByIds(
  ctx: ReadContext,
  ids: readonly string[],
): Promise<Map<string, DocumentView>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.executor.read<{ document: DocumentView }>(DOCUMENTS_BY_IDS, { ids: unique });
  return new Map(rows.map((row) => [row.document.id, toDocument(row.document)]));
}

export async function documentById(ctx: ReadContext, id: string): Promise<DocumentView | null> {
  return (await documentsByIds(ctx, [id])).get(id) ?? null;
}

/** Distinct entities mentioned per document id. */
export async function entityCountsOfDocuments(
  ctx: ReadContext,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.executor.read<{ id: string; entityCount: number }>(ENTITY_COUNTS_OF_DOCUMENTS, {
    ids: unique,
  });
  return new Map(rows.map((row) => [row.id, row.entityCount]));
}

export async function sectionsOfDocuments(
  ctx: ReadContext,
  ids: readonly string[],
): Promise<Map<string, SectionView[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.executor.read<{ id: string; sections: SectionView[] }>(SECTIONS_OF_DOCUMENTS, {
    ids: unique,
  });
  return new Map(rows.map((row) => [row.id, row.sections]));
}
