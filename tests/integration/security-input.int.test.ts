/**
 * Hostile and malformed input: every case is a 4xx (or a bounded 200) with a JSON message, never
 * a 5xx, a stack trace, Cypher or a driver message. Also: introspection/GraphiQL switches,
 * security headers and CORS. Needs no particular data.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/context.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const LEAKS = /\bat [\w.<>]+ \(|node_modules|MATCH \(|Neo\.|neo4j-driver|ECONNREFUSED|stack/;
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp(testConfig({ RATE_LIMIT_MAX: '100000' }), { logger: false });
});
afterAll(async () => {
  await app?.close();
});

async function send(options: InjectOptions, target = app) {
  const response = await target.inject(options);
  expect(response.statusCode, response.body).toBeLessThan(500);
  expect(response.body).not.toMatch(LEAKS);
  return { status: response.statusCode, headers: response.headers, json: response.json() as Json };
}

const gql = (query: unknown, variables?: unknown) =>
  send({ method: 'POST', url: '/graphql', payload: { query, ...(variables ? { variables } : {}) } });
const SEARCH = 'query($t: String!) { search(text: $t) { score entity { id } } }';

function expectClientError(result: { status: number; json: Json }, code = 'BAD_USER_INPUT') {
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  expect(result.json.errors[0].extensions.code).toBe(code);
  expect(result.json.errors[0].message.length).toBeGreaterThan(5);
}

describe('malformed GraphQL requests', () => {
  it('invalid JSON → 400 with a message', async () => {
    expectClientError(
      await send({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: '{"query": "{ stats',
      }),
    );
  });

  it('wrong content type → 4xx with a message', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'image/png']) {
      const result = await send({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': type },
        payload: 'query={ stats { nodes } }',
      });
      expect([400, 415], type).toContain(result.status);
      expect(result.json.errors[0].message).toBeTruthy();
    }
  });

  it('missing, null or non-string `query` → 400', async () => {
    expectClientError(await send({ method: 'POST', url: '/graphql', payload: {} }));
    for (const query of [null, 5, true, {}, [], '{}', '{"kind":"Document","definitions":[{}]}']) {
      expectClientError(await gql(query));
    }
  });

  it('syntax errors, unknown fields and wrong variable types → 400 BAD_USER_INPUT', async () => {
    expectClientError(await gql('{ entity(id: '));
    expectClientError(await gql('{ nope }'));
    expectClientError(await gql('{ entity(id: "x") { secret } }'));
    expectClientError(await gql(SEARCH, { t: 42 }));
    expectClientError(await gql(SEARCH, {}));
    expectClientError(await gql('query($n: Int) { entities(first: $n) { totalCount } }', { n: 'many' }));
    expectClientError(await gql('query($n: Int) { entities(first: $n) { totalCount } }', { n: 2 ** 40 }));
  });

  it('a 50 000-character search text → 400, a 500-character one is answered', async () => {
    const long = await gql(SEARCH, { t: 'wort '.repeat(10_000) });
    expectClientError(long);
    expect(long.json.errors[0].message).toMatch(/500 characters/);
    const bounded = await gql(SEARCH, { t: 'hzd '.repeat(125) });
    expect(bounded.status).toBe(200);
  });

  it.each([
    '"',
    '"unbalanced',
    '(',
    ')))',
    '*',
    '~',
    '\\',
    'AND',
    'OR NOT',
    'a:b',
    '[a TO z]',
    '{!',
    '/regex/',
    '^2',
  ])('Lucene special text %j → a plain answer', async (text) => {
    const result = await gql(SEARCH, { t: text });
    expect(result.status).toBe(200);
    expect(result.json.errors).toBeUndefined();
    expect(Array.isArray(result.json.data.search)).toBe(true);
  });

  it('unknown ids → null, not an error', async () => {
    const result = await gql(`{ entity(id: "no-such-entity-\u00e4\u00df") { id } document(id: "nope") { id }
      path(from: "nope", to: "nada") { length } }`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ data: { entity: null, document: null, path: null } });
  });

  it('GET with a mutation-like or malformed query → 4xx', async () => {
    const mutation = await send({ method: 'GET', url: '/graphql?query=mutation%20%7B%20__typename%20%7D' });
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    expectClientError(await send({ method: 'GET', url: '/graphql?query=%7B&variables=%7Bnot-json' }));
  });
});

describe('malformed REST parameters → 400', () => {
  it.each([
    '/api/search',
    '/api/search?q=',
    `/api/search?q=${'x'.repeat(501)}`,
    '/api/search?q=hzd&limit=abc',
    '/api/search?q=hzd&limit=-1',
    '/api/search?q=hzd&type=NOPE',
    '/api/entities?after=garbage',
    '/api/entities?type=NOPE',
    '/api/entities?limit=1.5',
  ])('%s', async (url) => {
    const result = await send({ method: 'GET', url });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe('BAD_USER_INPUT');
    expect(result.json.error.message).toBeTruthy();
  });

  it('unknown ids → 404 NOT_FOUND with a message', async () => {
    for (const url of ['/api/entities/no-such-entity', '/api/documents/no-such-document', '/nope']) {
      const result = await send({ method: 'GET', url });
      expect(result.status, url).toBe(404);
      expect(result.json.error.code).toBe('NOT_FOUND');
    }
  });

  it('Lucene specials through REST → 200', async () => {
    for (const q of ['"', '(', '*', '~', '\\', 'AND', 'OR NOT']) {
      const result = await send({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
      expect(result.status, q).toBe(200);
    }
  });
});

describe('introspection and GraphiQL switches', () => {
  it('INTROSPECTION=false refuses __schema and __type with a clear code and message; GRAPHIQL=false hides /graphiql', async () => {
    const closed = await buildApp(testConfig({ INTROSPECTION: 'false', GRAPHIQL: 'false' }), {
      logger: false,
    });
    try {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Entity") { name } }']) {
        const result = await send({ method: 'POST', url: '/graphql', payload: { query } }, closed);
        expectClientError(result);
        expect(result.json.errors[0].message).toMatch(/Introspection is disabled/);
      }
      expect((await closed.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
      expect(
        (await send({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } }, closed))
          .status,
      ).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('both are on by default for local use', async () => {
    const open = await gql('{ __schema { queryType { name } } }');
    expect(open.json.data.__schema.queryType.name).toBe('Query');
    expect((await app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(200);
  });
});

describe('security headers and CORS', () => {
  it('sets helmet headers on API responses', async () => {
    for (const url of ['/health/live', '/api/search?q=hzd']) {
      const { headers } = await app.inject({ method: 'GET', url });
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['strict-transport-security']).toMatch(/max-age=/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers a CORS preflight for /graphql', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://example.org');
    expect(String(response.headers['access-control-allow-methods'])).toMatch(/POST/);
  });

  it('CORS_ORIGIN restricts origins to the list', async () => {
    const strict = await buildApp(testConfig({ CORS_ORIGIN: 'https://a.example, https://b.example' }), {
      logger: false,
    });
    try {
      const preflight = (origin: string) =>
        strict.inject({
          method: 'OPTIONS',
          url: '/graphql',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      expect((await preflight('https://b.example')).headers['access-control-allow-origin']).toBe(
        'https://b.example',
      );
      expect(
        (await preflight('https://evil.example')).headers['access-control-allow-origin'],
      ).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
