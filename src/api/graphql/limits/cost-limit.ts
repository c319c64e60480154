/**
 * Enforces MAX_QUERY_COST per request. It runs as mercurius' `preExecution` hook rather than as
 * a validation rule: the cost depends on variables (`first: $first`), and mercurius caches
 * validation per query text (the cache is what makes `jit` work), so a rule would see the
 * variables of the first request only.
 */
import type { FastifyInstance } from 'fastify';
import type { DocumentNode } from 'graphql';
import { AppError, badInput, ERROR_CATALOGUE } from '../../../errors.ts';
import { isGraphQLError } from '../error-formatter.ts';
import { operationNameOf } from '../operation-guard.ts';
import { type CostInput, type CostOptions, queryCost } from './query-cost.ts';

export interface CostLimitOptions {
  maxQueryCost: number;
  maxPageSize: number;
}

export function tooComplex(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('QUERY_TOO_COMPLEX', message, details ? { details } : undefined);
}

/** Costs remembered per document and variables; a document's entries are dropped when this many. */
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost of a request, computed once per document (mercurius hands the same parsed document to
 * every request with the same query text) and variables: walking the document against the schema
 * was the largest part of our per-request overhead beside the Cypher statement itself.
 */
function cachedCost(): (input: CostInput, options: CostOptions) => number {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (input, options) => {
    const key = `${input.operationName ?? ''}\u0000${JSON.stringify(input.variables ?? {})}`;
    let byVariables = costs.get(input.document);
    const known = byVariables?.get(key);
    if (known !== undefined) return known;
    const cost = queryCost(input, options);
    if (!byVariables || byVariables.size >= COSTS_PER_DOCUMENT) {
      byVariables = new Map();
      costs.set(input.document, byVariables);
    }
    byVariables.set(key, cost);
    return cost;
  };
}

export function registerCostLimit(app: FastifyInstance, options: CostLimitOptions): void {
  const costOf = cachedCost();
  app.graphql.addHook('preExecution', (schema, document, context, variables) => {
    // After the operation guard: the document holds the one operation to run.
    const operationName = operationNameOf(context);
    let cost: number;
    try {
      cost = costOf({ schema, document, variables, operationName }, { maxPageSize: options.maxPageSize });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/maximum allowed number of nodes/.test(message)) {
        throw tooComplex('The query selects too many fields (fragments included) to be estimated.');
      }
      // Variables that do not fit their types (jit skips mercurius' own check the first time):
      // graphql's message names the variable. Any other failure is no message for a client.
      throw isGraphQLError(error) ? badInput(message) : badInput(ERROR_CATALOGUE.BAD_USER_INPUT.summary);
    }
    if (cost > options.maxQueryCost) {
      throw tooComplex(
        `Query cost ${cost} exceeds the limit of ${options.maxQueryCost} (MAX_QUERY_COST). ` +
          'Ask for fewer items (`first`), fewer nested lists or fewer aliases.',
        { cost, limit: options.maxQueryCost },
      );
    }
  });
}
