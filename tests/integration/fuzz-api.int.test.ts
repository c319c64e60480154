/**
 * Bounded fuzzing of the listening server with fast-check: random and mutated GraphQL queries,
 * random variables, the GraphQL request parameters on their own (every parameter in every JSON
 * type, over GET and POST) and random REST parameters. Whatever arrives, the answer is JSON
 * below 500, errors carry a code, and nothing shows internals (stack frames, Neo4j codes,
 * Cypher, driver names, server paths, JavaScript exception messages).
 *
 * Seeds (tests/support/fuzz.ts): regression seeds, a fixed set and one printed random seed per
 * property; a failure prints its seed, the shrunk counterexample and the replay command:
 *   FUZZ_SEED=<seed> npx vitest run tests/integration/fuzz-api.int.test.ts
 */

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { assertWithSeeds, type RegressionSeed, SEED_TIME_LIMIT_MS } from '../support/fuzz.ts';

const FILE = 'tests/integration/fuzz-api.int.test.ts';
const LEAKS =
  /\n\s+at |\bat [\w.<>]+ \(|Neo\.(Client|Transient|Database)|MATCH \(|neo4j-driver|node_modules|file:\/\/|\/(work|home|usr|tmp)\/|\.ts:\d+|Cannot read propert|is not a function|in JSON at position/;
const RUNS = 100;
/** Four seeds at most per property, each within its time limit. */
const TEST_TIMEOUT_MS = 4 * SEED_TIME_LIMIT_MS + 60_000;

/** Seeds that once failed a property, with what they drew. */
const GRAPHQL_REGRESSIONS: RegressionSeed[] = [
  {
    seed: 748_908_288,
    found:
      'run 46: GET /graphql?query={ search(text: "hzd") … }&variables=true answered 500 INTERNAL (issue #16)',
  },
];

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const executor = testExecutor();
  await applyMigrations(executor); // the search index, when this file runs alone (replay)
  await executor.driver.close();
  app = await buildApp(testConfig({ RATE_LIMIT_MAX: '1000000', QUERY_TIMEOUT_MS: '30000' }), {
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

/** The property every answer keeps, whatever the request. */
async function check(response: Response, what: string): Promise<void> {
  const body = await response.text();
  expect(response.status, `${what} → ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(LEAKS);
  let json: { errors?: { extensions?: { code?: unknown } }[]; error?: { code?: unknown } };
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error(`${what} answered non-JSON: ${body.slice(0, 200)}`);
  }
  if (response.status >= 400) {
    const codes = json.errors ? json.errors.map((e) => e.extensions?.code) : [json.error?.code];
    expect(codes.length, what).toBeGreaterThan(0);
    for (const code of codes) expect(code, `${what} → ${body.slice(0, 300)}`).toMatch(/^[A-Z_]+$/);
  }
}

/** A request parameter as a client might send it: any JSON, nested, huge or unicode. */
const anyJson = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', '[]', '{}', 'null', 'ä', '\u0000'),
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.integer(), { minLength: 200, maxLength: 400 }),
  fc.string({ minLength: 1000, maxLength: 2500 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

/** What a parameter can be besides any JSON: a valid value, or absent. */
const PARAM_VALUES = {
  query: fc.oneof(
    fc.constantFrom(...VALID, '{ stats { nodes } }', 'query A { stats { nodes } } query B { relationTypes }'),
    anyJson,
  ),
  variables: fc.oneof(
    fc.constant({}),
    fc.record({ t: fc.string({ maxLength: 5 }), n: fc.integer() }),
    anyJson,
  ),
  operationName: fc.oneof(fc.constantFrom('A', 'B', 'C', ''), anyJson),
  extensions: fc.oneof(fc.constant({}), anyJson),
} as const;

const params = fc.record(
  {
    query: PARAM_VALUES.query,
    variables: PARAM_VALUES.variables,
    operationName: PARAM_VALUES.operationName,
    extensions: PARAM_VALUES.extensions,
  },
  { requiredKeys: [] },
);

/** How a GET carries a value: JSON text, the raw string, or the parameter repeated. */
const getEncoding = fc.constantFrom('json', 'raw', 'repeated');

function queryString(values: Record<string, unknown>, encoding: string): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const text = typeof value === 'string' && encoding !== 'json' ? value : JSON.stringify(value);
    search.append(name, text);
    if (encoding === 'repeated') search.append(name, text);
  }
  return search.toString();
}

describe('fuzzing', () => {
  it(
    'GraphQL over POST and GET: random and mutated queries with random variables',
    async () => {
      await assertWithSeeds(
        'graphql-queries',
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
        {
          file: FILE,
          numRuns: RUNS,
          regressions: GRAPHQL_REGRESSIONS,
          examples: [['{ search(text: "hzd") { score exactMatch entity { id name type } } }', true, true]],
        },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'GraphQL request parameters on their own: every parameter in every JSON type, GET and POST',
    async () => {
      await assertWithSeeds(
        'graphql-params',
        fc.asyncProperty(params, fc.boolean(), getEncoding, async (values, viaGet, encoding) => {
          const what = JSON.stringify({ values, viaGet, encoding }).slice(0, 400);
          const response = viaGet
            ? await fetch(`${base}/graphql?${queryString(values, encoding)}`)
            : await fetch(`${base}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(values),
              });
          await check(response, what);
        }),
        { file: FILE, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'REST: random parameters on every read route',
    async () => {
      const param = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.integer().map(String),
        fc.constantFrom('', '-1', '1e9', '1e400', 'NaN', 'AGENCY', '%', '../..', '{"a":1}', '[1]'),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      );
      const route = fc.constantFrom(
        '/api/search',
        '/api/entities',
        '/api/entities/x',
        '/api/entities/x/documents',
        '/api/documents',
        '/api/documents/x',
        '/api/stats',
        '/api/path',
        '/api/compare/pledged-described',
      );
      const name = fc.constantFrom(
        'q',
        'limit',
        'type',
        'after',
        'direction',
        'relationType',
        'evidence',
        'from',
        'to',
        'maxHops',
        'weak',
        'status',
        'pledgeDocument',
        'junk',
      );
      await assertWithSeeds(
        'rest-params',
        fc.asyncProperty(
          route,
          fc.array(fc.tuple(name, param), { maxLength: 5 }),
          fc.string({ maxLength: 30 }),
          async (path, pairs, id) => {
            const target = path.replace('/x', `/${encodeURIComponent(id || 'x')}`);
            const what = `${target}?${new URLSearchParams(pairs)}`;
            await check(await fetch(`${base}${what}`), what);
          },
        ),
        { file: FILE, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
