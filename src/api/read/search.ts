/** Full-text entity search over the German-analysed `entity_search` index. */
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors.ts';
import type { ReadContext } from './context.ts';
import { assertEntityType } from './entities.ts';
import { buildSearchQuery } from './lucene.ts';
import { clamp } from './paging.ts';
import { type EntityRow, entityProjection, toEntity } from './projections.ts';
import type { SearchHitView } from './types.ts';

/**
 * Candidates come from Lucene (limited generously because the type filter runs after it);
 * an exact name/alias match (the query's foldKey among the entity's searchText variants) gets
 * the best Lucene score added, which lifts it above every other hit and keeps `score` monotone.
 */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE node:Entity AND ($types IS NULL OR node.type IN $types)
WITH node, score, $key IN split(coalesce(node.searchText, ''), ' | ') AS exact
WITH collect({node: node, score: score, exact: exact}) AS hits, max(score) AS top
UNWIND hits AS hit
WITH hit.node AS e, hit.exact AS exact, hit.score + CASE WHEN hit.exact THEN top ELSE 0.0 END AS score
ORDER BY score DESC, e.name, e.id
LIMIT $first
RETURN ${entityProjection('e')} AS entity, score, exact`;

export const DEFAULT_SEARCH_FIRST = 10;
const CANDIDATES = 500;
/** Longer text would only make a bigger Lucene query (the REST `q` has the same maxLength). */
export const MAX_SEARCH_TEXT = 500;

export interface SearchArgs {
  text: string;
  types?: readonly string[] | null | undefined;
  first?: number | null | undefined;
}

/** Ranked hits; `first` clamped to [1, maxPageSize]; blank or over-long text is BAD_USER_INPUT. */
export async function searchEntities(ctx: ReadContext, args: SearchArgs): Promise<SearchHitView[]> {
  if (args.text.trim().length === 0) throw badInput('Search text must not be empty.');
  if (args.text.length > MAX_SEARCH_TEXT) {
    throw badInput(`Search text must be at most ${MAX_SEARCH_TEXT} characters.`);
  }
  const types = args.types == null || args.types.length === 0 ? null : args.types.map(assertEntityType);
  const first = clamp(args.first ?? DEFAULT_SEARCH_FIRST, 1, ctx.maxPageSize);
  const query = buildSearchQuery(args.text);
  if (query === null) return [];
  const rows = await ctx.executor.read<{ entity: EntityRow; score: number; exact: boolean }>(
    SEARCH_ENTITIES,
    {
      lucene: query.lucene,
      key: query.key,
      types,
      first: neo4j.int(first),
      candidates: neo4j.int(CANDIDATES),
    },
  );
  return rows.map((row) => ({ score: row.score, exactMatch: row.exact, entity: toEntity(row.entity) }));
}
