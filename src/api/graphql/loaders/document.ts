/**
 * Document children (entityCount, sections) and every `document` field that points at a
 * document by id (Evidence, Mention, DocumentAppearance): one query per field per request.
 */
import type { Loader } from 'mercurius';
import { notFound } from '../../../errors.ts';
import type { ReadContext } from '../../read/context.ts';
import { documentsByIds, entityCountsOfDocuments, sectionsOfDocuments } from '../../read/documents.ts';
import type { DocumentView } from '../../read/types.ts';

/** Loader resolving `obj.documentId` to the document; a dangling id is NOT_FOUND for that field. */
export function documentByIdLoader(ctx: ReadContext): Loader<{ documentId: string }> {
  return async (queries) => {
    const byId = await documentsByIds(
      ctx,
      queries.map(({ obj }) => obj.documentId),
    );
    return queries.map(({ obj }) => byId.get(obj.documentId) ?? notFound('Document', obj.documentId));
  };
}

export function documentLoaders(ctx: ReadContext) {
  const entityCount: Loader<DocumentView> = async (queries) => {
    const counts = await entityCountsOfDocuments(
      ctx,
      queries.map(({ obj }) => obj.id),
    );
    return queries.map(({ obj }) => counts.get(obj.id) ?? 0);
  };
  const sections: Loader<DocumentView> = async (queries) => {
    const byId = await sectionsOfDocuments(
      ctx,
      queries.map(({ obj }) => obj.id),
    );
    return queries.map(({ obj }) => byId.get(obj.id) ?? []);
  };
  return { entityCount, sections };
}
