/** Entity lookups and the ordered entity listing. */

import { badInput } from '../../errors.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import type { ReadContext } from './context.ts';
import { cypherWindow, type PageArgs, pageWindow } from './paging.ts';
import { type EntityRow, entityProjection, toEntity } from './projections.ts';
import type { EntityView, Page } from './types.ts';

export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${entityProjection('e')} AS entity`;

/**
 * Two statements rather than one with `$type IS NULL OR …`: that disjunction hides both the
 * count store and the name index from the planner (PROFILE showed two label scans).
 */
export const LIST_ENTITIES = `
CALL () {
  MATCH (e:Entity)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity) WHERE e.name IS NOT NULL
  WITH e ORDER BY e.name, e.id SKIP $skip LIMIT $limit
  RETURN collect(${entityProjection('e')}) AS items
}
RETURN totalCount, items`;

export const LIST_ENTITIES_OF_TYPE = `
CALL () {
  MATCH (e:Entity) WHERE e.type = $type
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity) WHERE e.type = $type AND e.name IS NOT NULL
  WITH e ORDER BY e.name, e.id SKIP $skip LIMIT $limit
  RETURN collect(${entityProjection('e')}) AS items
}
RETURN totalCount, items`;

export const DEFAULT_ENTITIES_FIRST = 20;

export function assertEntityType(type: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw badInput(`Unknown entity type '${type}'.`, { allowed: [...ENTITY_TYPES] });
  }
  return type as EntityType;
}

/** Entities by id in one query; unknown ids are absent from the map. */
export async function entitiesByIds(
  ctx: ReadContext,
  ids: readonly string[],
): Promise<Map<string, EntityView>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.executor.read<{ entity: EntityRow }>(ENTITIES_BY_IDS, { ids: unique });
  return new Map(rows.map((row) => [row.entity.id, toEntity(row.entity)]));
}

export async function entityById(ctx: ReadContext, id: string): Promise<EntityView | null> {
  return (await entitiesByIds(ctx, [id])).get(id) ?? null;
}

/** Entities ordered by name then id; `first` clamped to [0, maxPageSize]. */
export async function listEntities(
  ctx: ReadContext,
  args: PageArgs & { type?: string | null | undefined },
): Promise<Page<EntityView>> {
  const type = args.type == null ? null : assertEntityType(args.type);
  const window = pageWindow(args, DEFAULT_ENTITIES_FIRST, ctx.maxPageSize);
  const [row] = await ctx.executor.read<{ totalCount: number; items: EntityRow[] }>(
    type ? LIST_ENTITIES_OF_TYPE : LIST_ENTITIES,
    { type, ...cypherWindow(window) },
  );
  return {
    totalCount: row?.totalCount ?? 0,
    offset: window.skip,
    items: (row?.items ?? []).map(toEntity),
  };
}
