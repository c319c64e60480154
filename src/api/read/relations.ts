/**
 * Entity relations, batched: one statement pages the relations of many entities at once
 * (the GraphQL loader passes every parent of a request; REST passes one).
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors.ts';
import { CLAIMED_RELATION_TYPES, isRelationType, RELATION_TYPES } from '../../graph/model.ts';
import { asOfDay, holdsOn } from './as-of.ts';
import type { ReadContext } from './context.ts';
import { type PageArgs, pageWindow } from './paging.ts';
import {
  type EntityRow,
  entityProjection,
  type RelationRow,
  relationFields,
  toEntity,
  toRelation,
} from './projections.ts';
import type { Direction, Page, RelationView } from './types.ts';

/**
 * Only Entity–Entity relationships of the whitelisted types: MENTIONS, IN_DOCUMENT and
 * IN_SECTION never connect two entities and are excluded twice over.
 */
/**
 * The entity relationship types as a pattern alternation, from the whitelist: the planner then
 * expands only those types instead of reading every MENTIONS edge of a hub entity and filtering.
 */
const ENTITY_RELATIONSHIP_PATTERN = RELATION_TYPES.join('|');

export const RELATIONS_OF_ENTITIES = `
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r:${ENTITY_RELATIONSHIP_PATTERN}]-(o:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = e))
    AND ${holdsOn('r', 'key.asOf')}
  WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), o.name, o.id, direction
  RETURN collect({${relationFields('r')}, direction: direction, other: ${entityProjection('o')}}) AS rels
}
RETURN key.index AS index, ${entityProjection('e')} AS near, size(rels) AS totalCount,
       rels[key.skip..key.skip + key.limit] AS items`;

export const DEFAULT_RELATIONS_FIRST = 20;

export interface RelationArgs extends PageArgs {
  entityId: string;
  types?: readonly string[] | null | undefined;
  direction?: Direction | null | undefined;
  /** Also list weak links (CO_OCCURS_WITH); naming a weak type in `types` asks for it as well. */
  weak?: boolean | null | undefined;
  /** Only relations that hold on this day (`YYYY-MM-DD`); undated ones always hold. */
  asOf?: string | null | undefined;
}

type Row = {
  index: number;
  near: EntityRow;
  totalCount: number;
  items: (RelationRow & { direction: 'OUT' | 'IN'; other: EntityRow })[];
};

/**
 * The relation types a request reads: the ones it names, else every claimed type, or every
 * type at all with `weak` (null: no filter).
 */
export function requestedRelationTypes(
  types: readonly string[] | null | undefined,
  weak: boolean | null | undefined,
): string[] | null {
  if (types != null) return assertRelationTypes(types);
  return weak ? null : [...CLAIMED_RELATION_TYPES];
}

function assertRelationTypes(types: readonly string[]): string[] {
  const unknown = types.filter((t) => !isRelationType(t));
  if (unknown.length > 0) {
    throw badInput(`Unknown relation type(s): ${unknown.join(', ')}.`, {
      unknown,
      allowed: [...RELATION_TYPES],
    });
  }
  return [...types];
}

/** A page of relations per request, in request order, in one query. */
export async function relationsOfEntities(
  ctx: ReadContext,
  requests: readonly RelationArgs[],
): Promise<Page<RelationView>[]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, index) => {
    const window = pageWindow(req, DEFAULT_RELATIONS_FIRST, ctx.maxPageSize);
    const direction = req.direction ?? 'BOTH';
    if (!['OUT', 'IN', 'BOTH'].includes(direction)) throw badInput(`Unknown direction '${direction}'.`);
    return {
      index: neo4j.int(index),
      id: req.entityId,
      types: requestedRelationTypes(req.types, req.weak),
      direction,
      asOf: asOfDay(req.asOf),
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
      offset: window.skip,
    };
  });
  const rows = await ctx.executor.read<Row>(RELATIONS_OF_ENTITIES, { keys });
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  return keys.map((key, index) => {
    const row = byIndex.get(index);
    if (!row) return { totalCount: 0, offset: key.offset, items: [] };
    const near = toEntity(row.near);
    return {
      totalCount: row.totalCount,
      offset: key.offset,
      items: row.items.map((item) => toRelation(item, near, toEntity(item.other), item.direction)),
    };
  });
}

/**
 * Dated relations of each entity in time order (by start, else end; then type and name): the
 * entity's timeline. Undated relations are not on it.
 */
export const TIMELINES_OF_ENTITIES = `
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
  MATCH (e)-[r:${ENTITY_RELATIONSHIP_PATTERN}]-(o:Entity)
  WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
  WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY coalesce(r.validFrom, r.validTo), type(r), o.name, o.id
  RETURN collect({${relationFields('r')}, direction: direction, other: ${entityProjection('o')}}) AS rels
}
RETURN key.index AS index, ${entityProjection('e')} AS near, rels[..key.limit] AS items`;

/** Each entity's timeline, in request order, at most `first` (clamped) relations each. */
export async function timelinesOfEntities(
  ctx: ReadContext,
  requests: readonly { entityId: string; first?: number | null | undefined }[],
): Promise<RelationView[][]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, index) => ({
    index: neo4j.int(index),
    id: req.entityId,
    limit: neo4j.int(pageWindow({ first: req.first }, ctx.maxPageSize, ctx.maxPageSize).limit),
  }));
  const rows = await ctx.executor.read<Omit<Row, 'totalCount'>>(TIMELINES_OF_ENTITIES, { keys });
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  return keys.map((_key, index) => {
    const row = byIndex.get(index);
    if (!row) return [];
    const near = toEntity(row.near);
    return row.items.map((item) => toRelation(item, near, toEntity(item.other), item.direction));
  });
}
