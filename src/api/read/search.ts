/** Full-text entity search over the German-analysed `entity_search` index. */
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors.ts';
import type { ReadContext } from './context.ts';
import { assertEntityType } from './entities.ts';
import { buildSearchQuery } from './lucene.ts';
import { clamp } from './paging.ts';
import { type EntityRow, entityProjection, toEntity } from './projections.ts';
import { SEARCH_MATCHES, type SearchHitView } from './types.ts';

/**
 * Candidates come from three full-text indexes: names and aliases (any word may match),
 * descriptions and the roles held through relations (`r.role`, e.g. HOLDS_OFFICE "Staatssekretär":
 * every word must match, and the role finds the relation's subject). Description hits weigh less
 * than name hits. On top of the best Lucene score (`top`), an exact name/alias match (the query's
 * foldKey among the entity's searchText variants) gets 2 × top and an acronym hit (the query as
 * typed, case-sensitive, starts an alias, the name or the name's initials: "HMD" → "HMDI", not
 * "HMdF") gets top, which orders those tiers first and keeps `score` monotone.
 */
export const SEARCH_HITS = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
  RETURN node, score, 'NAME' AS via
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_description', $strict, {limit: $candidates}) YIELD node, score
  RETURN node, score * $descriptionWeight AS score, 'DESCRIPTION' AS via
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relation_role', $strict, {limit: $candidates})
    YIELD relationship, score
  RETURN startNode(relationship) AS node, score, 'ROLE' AS via
}
WITH node, score, via WHERE node:Entity AND ($types IS NULL OR node.type IN $types)
WITH node, max(score) AS score, collect(DISTINCT via) AS via
WITH node, score, via, $key IN split(coalesce(node.searchText, ''), ' | ') AS exact,
     [w IN split(replace(coalesce(node.name, ''), '-', ' '), ' ') WHERE w <> ''] AS words
WITH node, score, via, exact,
     CASE WHEN node.type = 'PERSON' OR size(words) < 2 THEN [] ELSE [
       reduce(s = '', w IN words | s + left(w, 1)),
       reduce(s = '', w IN words | s + CASE WHEN left(w, 1) = toUpper(left(w, 1)) THEN left(w, 1) ELSE '' END)
     ] END AS initials
WITH node, score, via, exact,
     $acronym IS NOT NULL AND any(a IN [node.name] + coalesce(node.aliases, []) + initials
                                  WHERE a STARTS WITH $acronym) AS acronym
WITH collect({node: node, score: score, via: via, exact: exact, acronym: acronym}) AS hits, max(score) AS top
UNWIND hits AS hit
WITH hit.node AS e, hit.exact AS exact,
     hit.via + CASE WHEN hit.acronym THEN ['ACRONYM'] ELSE [] END AS matchedOn,
     hit.score + CASE WHEN hit.exact THEN 2 * top ELSE 0.0 END + CASE WHEN hit.acronym THEN top ELSE 0.0 END AS score
ORDER BY score DESC, e.name, e.id
LIMIT $first`;

/** The hits, bound to `e`, `score`, `exact` and `matchedOn` by SEARCH_HITS (the GraphQL compiler projects them itself). */
export const SEARCH_ENTITIES = `${SEARCH_HITS}
RETURN ${entityProjection('e')} AS entity, score, exact, matchedOn`;

/** Descriptions are long and say many things: a hit there counts for less than one in a name. */
const DESCRIPTION_WEIGHT = 0.5;

export const DEFAULT_SEARCH_FIRST = 10;
const CANDIDATES = 500;
/** Longer text would only make a bigger Lucene query (the REST `q` has the same maxLength). */
export const MAX_SEARCH_TEXT = 500;

type Row = { entity: EntityRow; score: number; exact: boolean; matchedOn: string[] };

export interface SearchArgs {
  text: string;
  types?: readonly string[] | null | undefined;
  first?: number | null | undefined;
}

/**
 * The parameters of SEARCH_HITS, or null when the text has no searchable word; blank or
 * over-long text and unknown types are BAD_USER_INPUT.
 */
export function searchParams(args: SearchArgs, maxPageSize: number): Record<string, unknown> | null {
  if (args.text.trim().length === 0) throw badInput('Search text must not be empty.');
  if (args.text.length > MAX_SEARCH_TEXT) {
    throw badInput(`Search text must be at most ${MAX_SEARCH_TEXT} characters.`);
  }
  const types = args.types == null || args.types.length === 0 ? null : args.types.map(assertEntityType);
  const first = clamp(args.first ?? DEFAULT_SEARCH_FIRST, 1, maxPageSize);
  const query = buildSearchQuery(args.text);
  if (query === null) return null;
  return {
    lucene: query.lucene,
    strict: query.strict,
    key: query.key,
    acronym: query.acronym,
    descriptionWeight: DESCRIPTION_WEIGHT,
    types,
    first: neo4j.int(first),
    candidates: neo4j.int(CANDIDATES),
  };
}

/** Ranked hits; `first` clamped to [1, maxPageSize]; blank or over-long text is BAD_USER_INPUT. */
export async function searchEntities(ctx: ReadContext, args: SearchArgs): Promise<SearchHitView[]> {
  const params = searchParams(args, ctx.maxPageSize);
  if (params === null) return [];
  const rows = await ctx.executor.read<Row>(SEARCH_ENTITIES, params);
  return rows.map((row) => ({
    score: row.score,
    exactMatch: row.exact,
    matchedOn: SEARCH_MATCHES.filter((m) => row.matchedOn.includes(m)),
    entity: toEntity(row.entity),
  }));
}
