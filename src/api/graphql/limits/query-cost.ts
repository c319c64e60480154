/**
 * Query cost: an upper bound of the objects a query can make the server fetch, computed before
 * execution with graphql-query-complexity. Scalars are free; an object field costs 1 plus its
 * children; a list with `first` (schema defaults applied, clamped to MAX_PAGE_SIZE like the
 * resolvers do) costs `first` times its item; a list without `first` counts as
 * UNBOUNDED_LIST_SIZE items. Connection wrappers (`edges`, `node`, `pageInfo`) add nothing of
 * their own, so nested `relations(first:)` multiply. Aliases are separate selections and add up.
 *
 * Loaded through `require`: mercurius builds and validates the schema with graphql's CJS build,
 * and graphql-query-complexity must see the same one (graphql checks types by instanceof).
 * The estimator itself only duck-types, so it is realm-free.
 */
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';

const require = createRequire(import.meta.url);
const { getComplexity } = require('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** Assumed length of a list the client cannot bound (documents, sections, path steps…). */
export const UNBOUNDED_LIST_SIZE = 10;

/** Fields of connection and edge types that only wrap what their parent already counted. */
const WRAPPERS = new Set(['edges', 'node', 'pageInfo']);

export interface CostOptions {
  maxPageSize: number;
}

function isListType(type: unknown): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

export function costEstimator({ maxPageSize }: CostOptions): ComplexityEstimator {
  return ({ field, args, node, childComplexity, type }: ComplexityEstimatorArgs): number => {
    // Scalars and enums cost nothing; introspection is static schema data, not database work.
    if (node.selectionSet === undefined || field.name.startsWith('__')) return 0;
    if (WRAPPERS.has(field.name) && /(Connection|Edge)$/.test(type.name)) return childComplexity;
    const item = Math.max(1, childComplexity);
    if (typeof args.first === 'number') {
      const first = Math.min(maxPageSize, Math.max(0, Math.trunc(args.first)));
      return Math.max(1, first * item);
    }
    if (isListType(field.type)) return UNBOUNDED_LIST_SIZE * item;
    return 1 + childComplexity;
  };
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

/** The cost of one request; throws graphql-query-complexity's GraphQLError on bad variables or too many nodes. */
export function queryCost(input: CostInput, options: CostOptions): number {
  return getComplexity({
    schema: input.schema,
    query: input.document,
    variables: input.variables ?? {},
    ...(input.operationName ? { operationName: input.operationName } : {}),
    estimators: [costEstimator(options)],
  });
}
