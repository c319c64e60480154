import { GraphQLError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { describe, expect, it } from 'vitest';
import { classifyGraphqlError, formatGraphqlErrors } from '../../../src/api/graphql/error-formatter.ts';
import { AppError, badInput } from '../../../src/errors.ts';

const silent = { error: () => {}, info: () => {} };
function context(): { ctx: MercuriusContext; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const reply = { log: silent, header: (k: string, v: string) => (headers[k] = v) };
  return { ctx: { reply, app: { log: silent } } as unknown as MercuriusContext, headers };
}

const located = (original: Error, path: string[] = ['search']) =>
  new GraphQLError(original.message, { path, originalError: original });

describe('classifyGraphqlError', () => {
  it('keeps catalogue errors', () => {
    expect(classifyGraphqlError(located(badInput('bad cursor'))).code).toBe('BAD_USER_INPUT');
    expect(classifyGraphqlError(located(new AppError('NOT_FOUND', 'x'))).code).toBe('NOT_FOUND');
  });

  it('treats pre-execution GraphQL errors as BAD_USER_INPUT and depth errors as QUERY_TOO_COMPLEX', () => {
    expect(classifyGraphqlError(new GraphQLError('Syntax Error: Unexpected <EOF>.')).code).toBe(
      'BAD_USER_INPUT',
    );
    // what the depth-limit validation rule reports
    const depth = new AppError('QUERY_TOO_COMPLEX', 'Query depth 13 exceeds the limit of 12');
    expect(classifyGraphqlError(new GraphQLError(depth.message, { originalError: depth })).code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });

  it('hides anything unknown behind INTERNAL with the generic message', () => {
    const leaked = new Error('Neo4jError: Invalid input MATCH (n) at line 3');
    const result = classifyGraphqlError(located(leaked));
    expect(result.code).toBe('INTERNAL');
    expect(result.message).not.toMatch(/MATCH|Neo4j/);
  });
});

describe('formatGraphqlErrors', () => {
  it('puts the code in extensions and leaks no stack or cause', () => {
    const { ctx } = context();
    const { statusCode, response } = formatGraphqlErrors(
      { data: { search: null }, errors: [located(new Error('secret Cypher: MATCH (n) RETURN n'))] },
      ctx,
    );
    expect(statusCode).toBe(200);
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/secret|MATCH|stack/);
    expect(response.errors?.[0]).toMatchObject({ path: ['search'], extensions: { code: 'INTERNAL' } });
  });

  it('answers 503 with retry-after when the database is unavailable, 400 for client errors without data', () => {
    const down = context();
    const unavailable = new AppError(
      'DATABASE_UNAVAILABLE',
      'The graph database is not reachable right now.',
    );
    expect(formatGraphqlErrors({ data: null, errors: [located(unavailable)] }, down.ctx).statusCode).toBe(
      503,
    );
    expect(down.headers['retry-after']).toBe('5');
    const bad = formatGraphqlErrors(
      { errors: [new GraphQLError('Cannot query field "nope"')] },
      context().ctx,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('flattens mercurius validation wrappers into one error each', () => {
    const wrapper = Object.assign(new Error('Graphql validation error'), {
      statusCode: 400,
      errors: [new GraphQLError('first'), new GraphQLError('second')],
    });
    const { response } = formatGraphqlErrors(
      { errors: [new GraphQLError(wrapper.message, { originalError: wrapper })] },
      context().ctx,
    );
    expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['first', 'BAD_USER_INPUT'],
      ['second', 'BAD_USER_INPUT'],
    ]);
  });
});
