/** Query fields: thin calls into the shared read functions. */
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

type Args = Record<string, unknown>;

export function queryResolvers(ctx: ReadContext): IResolvers['Query'] {
  return {
    search: (_root: unknown, args: Args) =>
      searchEntities(ctx, {
        text: args.text as string,
        types: args.types as string[] | null,
        first: args.first as number | null,
      }),
    entity: (_root: unknown, args: Args) => entityById(ctx, args.id as string),
    entities: async (_root: unknown, args: Args) =>
      toConnection(
        await listEntities(ctx, {
          type: args.type as string | null,
          first: args.first as number | null,
          after: args.after as string | null,
        }),
      ),
    path: (_root: unknown, args: Args) =>
      shortestPath(ctx, {
        from: args.from as string,
        to: args.to as string,
        maxHops: args.maxHops as number | null,
        weak: args.weak as boolean | null,
        asOf: args.asOf as string | null,
      }),
    documents: () => listDocuments(ctx),
    document: (_root: unknown, args: Args) => documentById(ctx, args.id as string),
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
