/**
 * Resolvers by type. Fields that read children (relations, mentions, evidence, documents…)
 * are loaders (see ../loaders), so only root fields and plain projections live here.
 */
import { GraphQLLocalDate } from 'graphql-scalars';
import type { IResolvers } from 'mercurius';
import type { ReadContext } from '../../read/context.ts';
import { queryResolvers } from './query.ts';

/**
 * The schema's `Date`: ISO `YYYY-MM-DD` days, checked by graphql-scalars' LocalDate (a month 13 or
 * 30 February is BAD_USER_INPUT). Only its functions are handed over: mercurius copies them onto
 * the scalar of its own schema, which belongs to graphql's CommonJS build.
 */
const DateScalar = {
  serialize: GraphQLLocalDate.serialize,
  parseValue: GraphQLLocalDate.parseValue,
  parseLiteral: GraphQLLocalDate.parseLiteral,
};

export function createResolvers(ctx: ReadContext, options: { compile: boolean }): IResolvers {
  return { Query: queryResolvers(ctx, options), Date: DateScalar };
}
