/**
 * Document children (entityCount, sections) and every `document` field that points at a
 * document by id (Evidence, Mention, DocumentAppearance): one query per field per request.
 */
import type { Loader } from 'mercurius';
import { notFound } from '../../../errors.ts';
import type { ReadContext } from '../../read/context.ts';
import { entitiesOfDocuments, relationsOfDocuments } from '../../read/document-contents.ts';
import { documentsByIds, entityCountsOfDocuments, sectionsOfDocuments } from '../../read/documents.ts';
import { toConnection } from '../../read/paging.ts';
import type { DocumentView } from '../../read/types.ts';

interface EntityParams {
  type?: string | null;
  first?: number | null;
  after?: string | null;
}

interface RelationParams {
  types?: string[] | null;
  weak?: boolean | null;
  first?: number | null;
  after?: string | null;
}

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
  /** Edges carry the mention count beside the entity (`edges { mentionCount node { … } }`). */
  const entities: Loader<DocumentView, EntityParams> = async (queries) => {
    const pages = await entitiesOfDocuments(
      ctx,
      queries.map(({ obj, params }) => ({ documentId: obj.id, ...params })),
    );
    return pages.map((page) => {
      const connection = toConnection({ ...page, items: page.items.map((item) => item.entity) });
      return {
        ...connection,
        edges: connection.edges.map((edge, i) => ({ ...edge, mentionCount: page.items[i]!.mentionCount })),
      };
    });
  };
  const relations: Loader<DocumentView, RelationParams> = async (queries) => {
    const pages = await relationsOfDocuments(
      ctx,
      queries.map(({ obj, params }) => ({ documentId: obj.id, ...params })),
    );
    return pages.map(toConnection);
  };
  return { entityCount, sections, entities, relations };
}
