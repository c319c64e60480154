/**
 * Resolvers by type. Fields that read children (relations, mentions, evidence, documents…)
 * are loaders (see ../loaders), so only root fields and plain projections live here.
 */
import type { IResolvers } from 'mercurius';
import type { ReadContext } from '../../read/context.ts';
import { queryResolvers } from './query.ts';

export function createResolvers(ctx: ReadContext): IResolvers {
  return { Query: queryResolvers(ctx) };
}
