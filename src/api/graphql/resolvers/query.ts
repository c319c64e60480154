/**
 * Query fields. Those with a compiler (src/api/graphql/compile) answer from the operation's one
 * statement; the read functions REST uses remain their fallback and serve the other fields.
 */
import type { IResolvers } from 'mercurius';
import { RELATION_TYPES } from '../../../graph/model.ts';
import { pledgedAndDescribed } from '../../read/compare.ts';
import type { ReadContext } from '../../read/context.ts';
import type { DescriptionStatus } from '../../read/description-status.ts';
import { documentById, listDocuments } from '../../read/documents.ts';
import { entityById, listEntities } from '../../read/entities.ts';
import { toConnection } from '../../read/paging.ts';
import { shortestPath } from '../../read/path.ts';
import { searchEntities } from '../../read/search.ts';
import { graphStats } from '../../read/stats.ts';
import { compiledRoot as compiledOr } from '../compile/operation.ts';

type Args = Record<string, unknown>;
type Fallback = (args: Args) => unknown;

/** Without the compiler: the read function alone. */
function readOnly(fallback: Fallback) {
  return (_root: unknown, args: Args) => fallback(args);
}

export function queryResolvers(ctx: ReadContext, options: { compile: boolean }): IResolvers['Query'] {
  const compiledRoot = (fallback: Fallback) =>
    options.compile ? compiledOr(ctx, fallback) : readOnly(fallback);
  return {
    search: compiledRoot((args) =>
      searchEntities(ctx, {
        text: args.text as string,
        types: args.types as string[] | null,
        first: args.first as number | null,
      }),
    ),
    entity: compiledRoot((args) => entityById(ctx, args.id as string)),
    entities: compiledRoot(async (args) =>
      toConnection(
        await listEntities(ctx, {
          type: args.type as string | null,
          first: args.first as number | null,
          after: args.after as string | null,
        }),
      ),
    ),
    path: compiledRoot((args) =>
      shortestPath(ctx, {
        from: args.from as string,
        to: args.to as string,
        maxHops: args.maxHops as number | null,
        weak: args.weak as boolean | null,
        asOf: args.asOf as string | null,
      }),
    ),
    documents: compiledRoot(() => listDocuments(ctx)),
    document: compiledRoot((args) => documentById(ctx, args.id as string)),
    stats: () => graphStats(ctx),
    relationTypes: () => [...RELATION_TYPES],
    pledgedAndDescribed: (_root: unknown, args: Args) =>
      pledgedAndDescribed(ctx, {
        pledgeDocument: args.pledgeDocument as string | null,
        describedIn: args.describedIn as string | null,
        status: args.status as DescriptionStatus[] | null,
        first: args.first as number | null,
      }),
  };
}
