/** Shortest path between two entities over entity relations only. */
import { CLAIMED_RELATION_TYPES, RELATION_TYPES } from '../../graph/model.ts';
import { asOfDay, holdsOn } from './as-of.ts';
import type { ReadContext } from './context.ts';
import { entityById } from './entities.ts';
import { clamp } from './paging.ts';
import {
  type EntityRow,
  entityProjection,
  type RelationRow,
  relationFields,
  toEntity,
  toRelation,
} from './projections.ts';
import type { PathView } from './types.ts';

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;

/**
 * Relationship-type alternations from the whitelist (constant text, never input). By default a
 * path uses only claimed relations; co-occurrence ("named in the same sentence") only on request,
 * otherwise it short-circuits almost every question.
 */
const ALL_RELATIONS = RELATION_TYPES.join('|');
const CLAIMED_RELATIONS = CLAIMED_RELATION_TYPES.join('|');

/**
 * Binds the path `p` between `$from` and `$to` (different ids); the GraphQL compiler projects it
 * itself. Only a dated request (`$asOf`) carries the per-relationship filter: a search that need
 * not test every step is the cheaper one.
 */
export function pathMatch(hops: number, weak: boolean, dated: boolean): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${weak ? ALL_RELATIONS : CLAIMED_RELATIONS}*..${hops}]-(b))${
    dated
      ? `
WHERE all(r IN relationships(p) WHERE ${holdsOn('r', '$asOf')})`
      : ''
  }`;
}

function pathStatement(hops: number, weak: boolean, dated: boolean): string {
  return `${pathMatch(hops, weak, dated)}
RETURN [n IN nodes(p) | ${entityProjection('n')}] AS nodes,
       [r IN relationships(p) | {${relationFields('r')}, fromId: startNode(r).id}] AS rels`;
}

function statementKey(hops: number, weak: boolean, dated: boolean): string {
  return `${hops}:${weak ? 'weak' : 'claimed'}:${dated ? 'dated' : 'any'}`;
}

/**
 * Variable-length bounds cannot be parameters, so there is one pre-written statement per hop
 * count in [MIN_HOPS, MAX_HOPS] and per relation set, with and without a day; the clamped number only selects among them.
 */
export const PATH_STATEMENTS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Array.from({ length: MAX_HOPS - MIN_HOPS + 1 }, (_, i) => MIN_HOPS + i).flatMap((hops) =>
      [false, true].flatMap((dated) => [
        [statementKey(hops, false, dated), pathStatement(hops, false, dated)],
        [statementKey(hops, true, dated), pathStatement(hops, true, dated)],
      ]),
    ),
  ),
);

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  /** Also walk CO_OCCURS_WITH links. */
  weak?: boolean | null | undefined;
  /** Only relations that hold on this day (`YYYY-MM-DD`); undated ones always hold. */
  asOf?: string | null | undefined;
}

/**
 * Null if either id is unknown or no path of at most maxHops (clamped to [1, 6]) exists.
 * A path from an entity to itself has length 0.
 */
export async function shortestPath(ctx: ReadContext, args: PathArgs): Promise<PathView | null> {
  const asOf = asOfDay(args.asOf);
  if (args.from === args.to) {
    const entity = await entityById(ctx, args.from);
    return entity ? { length: 0, nodes: [entity], steps: [] } : null;
  }
  const hops = clamp(args.maxHops ?? DEFAULT_HOPS, MIN_HOPS, MAX_HOPS);
  const statement = PATH_STATEMENTS[statementKey(hops, args.weak === true, asOf !== null)]!;
  const [row] = await ctx.executor.read<{ nodes: EntityRow[]; rels: (RelationRow & { fromId: string })[] }>(
    statement,
    { from: args.from, to: args.to, asOf },
  );
  if (!row) return null;
  const nodes = row.nodes.map(toEntity);
  const steps = row.rels.map((rel, i) => {
    const near = nodes[i]!;
    const far = nodes[i + 1]!;
    return toRelation(rel, near, far, rel.fromId === near.id ? 'OUT' : 'IN');
  });
  return { length: steps.length, nodes, steps };
}
