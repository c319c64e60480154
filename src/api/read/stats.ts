/** Counts over the whole graph. */
import { RELATION_TYPES } from '../../graph/model.ts';
import type { ReadContext } from './context.ts';
import type { StatsView } from './types.ts';

export const GRAPH_STATS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () {
  MATCH (e:Entity)
  WITH e.type AS type, count(*) AS count ORDER BY type
  RETURN collect({type: type, count: count}) AS byType
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect({type: type, count: count}) AS relationsByType
}
RETURN nodes, relationships, entities, documents, byType, relationsByType`;

export async function graphStats(ctx: ReadContext): Promise<StatsView> {
  const [row] = await ctx.executor.read<Omit<StatsView, 'entityRelations'>>(GRAPH_STATS, {
    relationTypes: [...RELATION_TYPES],
  });
  const relationsByType = row?.relationsByType ?? [];
  return {
    nodes: row?.nodes ?? 0,
    relationships: row?.relationships ?? 0,
    entities: row?.entities ?? 0,
    documents: row?.documents ?? 0,
    byType: row?.byType ?? [],
    entityRelations: relationsByType.reduce((sum, t) => sum + t.count, 0),
    relationsByType,
  };
}
