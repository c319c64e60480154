/**
 * Bounded fuzzing of the listening server with fast-check: random and mutated GraphQL queries,
 * random variables and random REST parameters. Whatever arrives, the answer is JSON below 500
 * and carries no internals (stack frames, Neo4j codes, Cypher, driver names).
 */

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/context.ts';

const LEAKS = /\n\s+at |\bat [\w.<>]+ \(|Neo\.(Client|Transient|Database)|MATCH \(|neo4j-driver|node_modules/;
const RUNS = 200;
const TIME_LIMIT_MS = 60_000;

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildApp(testConfig({ RATE_LIMIT_MAX: '1000000', QUERY_TIMEOUT_MS: '5000' }), {
    logger: false,
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app?.close();
});

const VALID = [
  '{ search(text: "hzd") { score exactMatch entity { id name type } } }',
  'query($t: String!, $n: Int) { search(text: $t, first: $n) { entity { id relations(first: $n) { totalCount } } } }',
  '{ entities(type: AGENCY, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }',
  'query($id: ID!) { entity(id: $id) { id name aliases relations(first: 3, direction: OUT) { edges { node { type other { id } evidence(first: 2) { quote document { id } } } } } mentions(first: 2) { totalCount } documents { mentionCount } } }',
  'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 3) { length nodes { id } steps { type } } }',
  '{ documents { id title sections { heading } } stats { nodes relationships byType { type count } } relationTypes }',
  'query($after: String) { entities(first: 2, after: $after) { edges { node { id } } } }',
];

/** A valid query with a random slice removed, replaced or duplicated. */
const mutatedQuery = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.constantFrom(
      '',
      '{',
      '}',
      '(',
      ')',
      '$',
      '"',
      '...',
      ':',
      '@skip(if: true)',
      'first: -1',
      'first: 99999',
      '\\u0000',
      'ä',
      '#',
      '!',
      '[',
      ']',
      'x',
    ),
    fc.boolean(),
  )
  .map(([query, at, length, insert, duplicate]) => {
    const start = at % query.length;
    const cut = query.slice(start, start + length);
    return query.slice(0, start) + (duplicate ? cut + cut : insert) + query.slice(start + length);
  });

const anyQuery = fc.oneof(
  mutatedQuery,
  mutatedQuery,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(...VALID),
);

const variables = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      t: fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('"', '(*', '~\\', 'AND OR', 'hzd'),
        fc.integer(),
      ),
      n: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.constant(null)),
      id: fc.oneof(fc.string({ maxLength: 40 }), fc.integer()),
      a: fc.string({ maxLength: 20 }),
      b: fc.string({ maxLength: 20 }),
      after: fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 40 })),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

async function check(response: Response, what: string): Promise<void> {
  const body = await response.text();
  expect(response.status, `${what} → ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(LEAKS);
  expect(() => JSON.parse(body), `${what} answered non-JSON`).not.toThrow();
}

describe('fuzzing', () => {
  it(
    'GraphQL over POST and GET: random and mutated queries with random variables',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyQuery, variables, fc.boolean(), async (query, vars, viaGet) => {
          const what = JSON.stringify({ query, vars, viaGet }).slice(0, 400);
          const response = viaGet
            ? await fetch(
                `${base}/graphql?${new URLSearchParams({ query, ...(vars === undefined ? {} : { variables: JSON.stringify(vars) }) })}`,
              )
            : await fetch(`${base}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query, variables: vars }),
              });
          await check(response, what);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    },
    TIME_LIMIT_MS + 30_000,
  );

  it(
    'REST: random parameters on every read route',
    async () => {
      const param = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.integer().map(String),
        fc.constantFrom('', '-1', '1e9', 'NaN', 'AGENCY', '%', '../..'),
      );
      const route = fc.constantFrom(
        '/api/search',
        '/api/entities',
        '/api/entities/x',
        '/api/documents',
        '/api/documents/x',
        '/api/stats',
      );
      await fc.assert(
        fc.asyncProperty(
          route,
          fc.dictionary(
            fc.constantFrom('q', 'limit', 'type', 'after', 'direction', 'types', 'first', 'junk'),
            param,
            { maxKeys: 4 },
          ),
          fc.string({ maxLength: 30 }),
          async (path, params, id) => {
            const target = path.endsWith('/x')
              ? `${path.slice(0, -1)}${encodeURIComponent(id || 'x')}`
              : path;
            const what = `${target}?${new URLSearchParams(params)}`;
            await check(await fetch(`${base}${what}`), what);
          },
        ),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    },
    TIME_LIMIT_MS + 30_000,
  );
});
