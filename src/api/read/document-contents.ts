/**
 * A document as a view of the graph: the entities it mentions (with how often) and the relations
 * its passages support, batched over many documents like the entity readers.
 */
import neo4j from 'neo4j-driver';
import { RELATION_TYPES } from '../../graph/model.ts';
import type { ReadContext } from './context.ts';
import { assertEntityType } from './entities.ts';
import { type PageArgs, pageWindow } from './paging.ts';
import {
  type EntityRow,
  entityProjection,
  type RelationRow,
  relationFields,
  toEntity,
  toRelation,
} from './projections.ts';
import { requestedRelationTypes } from './relations.ts';
import type { EntityView, Page, RelationView } from './types.ts';

/** Entities a document mentions, most mentions first, then by name. */
export const ENTITIES_OF_DOCUMENTS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (s:Section {documentId: key.id})-[m:MENTIONS]->(e:Entity)
  WHERE key.type IS NULL OR e.type = key.type
  WITH e, count(m) AS mentionCount
  ORDER BY mentionCount DESC, e.name, e.id
  RETURN collect({entity: ${entityProjection('e')}, mentionCount: mentionCount}) AS items
}
RETURN key.index AS index, size(items) AS totalCount, items[key.skip..key.skip + key.limit] AS items`;

/**
 * Relations with evidence in a document, found through the evidence (indexed by document), not by
 * scanning relationships; ordered by type, then the names of both ends.
 */
export const RELATIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (ev:Evidence {documentId: key.id})
  WITH DISTINCT ev.relKey AS relKey, ev.fromId AS fromId, ev.toId AS toId
  MATCH (a:Entity {id: fromId})-[r:${RELATION_TYPES.join('|')}]->(b:Entity {id: toId})
  WHERE r.key = relKey AND (key.types IS NULL OR type(r) IN key.types)
  WITH r, a, b ORDER BY type(r), a.name, b.name, r.key
  RETURN collect({${relationFields('r')}, from: ${entityProjection('a')}, to: ${entityProjection('b')}}) AS rels
}
RETURN key.index AS index, size(rels) AS totalCount, rels[key.skip..key.skip + key.limit] AS items`;

export const DEFAULT_DOCUMENT_ENTITIES_FIRST = 20;
export const DEFAULT_DOCUMENT_RELATIONS_FIRST = 20;

export interface DocumentEntitiesArgs extends PageArgs {
  documentId: string;
  type?: string | null | undefined;
}

export interface DocumentRelationsArgs extends PageArgs {
  documentId: string;
  types?: readonly string[] | null | undefined;
  /** Also list weak links (CO_OCCURS_WITH). */
  weak?: boolean | null | undefined;
}

/** An entity as one document sees it. */
export interface DocumentEntityView {
  entity: EntityView;
  /** Mentions of the entity in this document. */
  mentionCount: number;
}

type Keyed = {
  index: number;
  totalCount: number;
};

/** Runs a batched page statement and returns the pages in request order (empty for unknown ids). */
async function pagesInOrder<R extends Keyed & { items: unknown[] }, T>(
  ctx: ReadContext,
  statement: string,
  keys: readonly ({ offset: number } & Record<string, unknown>)[],
  convert: (item: R['items'][number]) => T,
): Promise<Page<T>[]> {
  const rows = await ctx.executor.read<R>(statement, { keys });
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  return keys.map((key, index) => {
    const row = byIndex.get(index);
    return {
      totalCount: row?.totalCount ?? 0,
      offset: key.offset,
      items: (row?.items ?? []).map(convert),
    };
  });
}

function pageKey(index: number, id: string, args: PageArgs, defaultFirst: number, maxPageSize: number) {
  const window = pageWindow(args, defaultFirst, maxPageSize);
  return {
    index: neo4j.int(index),
    id,
    skip: neo4j.int(window.skip),
    limit: neo4j.int(window.limit),
    offset: window.skip,
  };
}

/** A page of mentioned entities per request, in request order, in one query. */
export async function entitiesOfDocuments(
  ctx: ReadContext,
  requests: readonly DocumentEntitiesArgs[],
): Promise<Page<DocumentEntityView>[]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, i) => ({
    ...pageKey(i, req.documentId, req, DEFAULT_DOCUMENT_ENTITIES_FIRST, ctx.maxPageSize),
    type: req.type == null ? null : assertEntityType(req.type),
  }));
  return pagesInOrder<Keyed & { items: { entity: EntityRow; mentionCount: number }[] }, DocumentEntityView>(
    ctx,
    ENTITIES_OF_DOCUMENTS,
    keys,
    (item) => ({ entity: toEntity(item.entity), mentionCount: item.mentionCount }),
  );
}

/** A page of supported relations per request (seen from their subject), in one query. */
export async function relationsOfDocuments(
  ctx: ReadContext,
  requests: readonly DocumentRelationsArgs[],
): Promise<Page<RelationView>[]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, i) => ({
    ...pageKey(i, req.documentId, req, DEFAULT_DOCUMENT_RELATIONS_FIRST, ctx.maxPageSize),
    types: requestedRelationTypes(req.types, req.weak),
  }));
  type Item = RelationRow & { from: EntityRow; to: EntityRow };
  return pagesInOrder<Keyed & { items: Item[] }, RelationView>(ctx, RELATIONS_OF_DOCUMENTS, keys, (item) =>
    toRelation(item, toEntity(item.from), toEntity(item.to), 'OUT'),
  );
}
