/**
 * Enforces MAX_QUERY_COST per request. It runs as mercurius' `preExecution` hook rather than as
 * a validation rule: the cost depends on variables (`first: $first`), and mercurius caches
 * validation per query text (the cache is what makes `jit` work), so a rule would see the
 * variables of the first request only.
 */
import type { FastifyInstance } from 'fastify';
import type { MercuriusContext } from 'mercurius';
import { AppError, badInput } from '../../../errors.ts';
import { queryCost } from './query-cost.ts';

export interface CostLimitOptions {
  maxQueryCost: number;
  maxPageSize: number;
}

/** `operationName` of the request, from the POST body or the GET query string. */
function operationNameOf(context: MercuriusContext): string | undefined {
  const request = context.reply?.request;
  const source = (request?.method === 'GET' ? request.query : request?.body) as
    | { operationName?: unknown }
    | undefined;
  return typeof source?.operationName === 'string' ? source.operationName : undefined;
}

export function tooComplex(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('QUERY_TOO_COMPLEX', message, details ? { details } : undefined);
}

export function registerCostLimit(app: FastifyInstance, options: CostLimitOptions): void {
  app.graphql.addHook('preExecution', (schema, document, context, variables) => {
    let cost: number;
    try {
      cost = queryCost(
        { schema, document, variables, operationName: operationNameOf(context) },
        { maxPageSize: options.maxPageSize },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/maximum allowed number of nodes/.test(message)) {
        throw tooComplex('The query selects too many fields (fragments included) to be estimated.');
      }
      // Variables that do not fit their types (jit skips mercurius' own check the first time).
      throw badInput(message);
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
