/**
 * Request parameters of the wrong shape, over GraphQL (GET and POST alike) and REST: each is a
 * 400 BAD_USER_INPUT whose message names the parameter and what it must be, never a 500, never
 * a JavaScript exception's message. Issue #16 found the first four cases; needs no data.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const JS_MESSAGES =
  /Cannot read propert|is not a function|is not defined|undefined|in JSON at position|Unexpected token/;
const STATS = '{ stats { nodes } }';
let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig({ RATE_LIMIT_MAX: '100000' });
  const executor = testExecutor(config);
  await applyMigrations(executor); // the search index, when this file runs alone
  await executor.driver.close();
  app = await buildApp(config, { logger: false });
});
afterAll(async () => {
  await app?.close();
});

async function send(options: InjectOptions): Promise<{ status: number; json: Json }> {
  const response = await app.inject(options);
  expect(response.body).not.toMatch(JS_MESSAGES);
  return { status: response.statusCode, json: response.json() };
}

const get = (params: Record<string, string>) =>
  send({ method: 'GET', url: `/graphql?${new URLSearchParams({ query: STATS, ...params })}` });
const post = (body: Record<string, unknown>) =>
  send({ method: 'POST', url: '/graphql', payload: { query: STATS, ...body } });

function expectParamError(result: { status: number; json: Json }, message: string | RegExp): void {
  expect(result.status, JSON.stringify(result.json)).toBe(400);
  expect(result.json.errors).toHaveLength(1);
  expect(result.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(result.json.errors[0].message).toMatch(message);
}

describe('GraphQL request parameters (issue #16)', () => {
  it('GET variables=true → 400 "variables must be a JSON object or null"', async () => {
    expectParamError(await get({ variables: 'true' }), 'variables must be a JSON object or null');
  });

  it('GET operationName=[] → 400 naming operationName', async () => {
    expectParamError(await get({ operationName: '[]' }), /^operationName '\[\]' names no operation/);
  });

  it('POST "operationName": 1 → 400 "operationName must be a string or null"', async () => {
    expectParamError(await post({ operationName: 1 }), 'operationName must be a string or null');
  });

  it.each(['1', '"x"', '[1]', '{not json', '{"__proto__": {}}', ''])(
    'GET variables=%s → 400, as POST answers the decoded value',
    async (variables) => {
      expectParamError(await get({ variables }), 'variables must be a JSON object or null');
    },
  );

  it('every parameter in every wrong JSON type, over POST', async () => {
    const wrong = {
      query: [null, 1, true, [], {}],
      variables: [1, 0, false, true, 'x', '', [], [1]],
      operationName: [1, 0, false, [], {}],
      extensions: [1, false, 'x', []],
    };
    for (const [param, values] of Object.entries(wrong)) {
      for (const value of values) {
        const result = await post({ [param]: value });
        expect(result.status, `${param}=${JSON.stringify(value)}`).toBe(400);
        expect(result.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.json.errors[0].message).toMatch(new RegExp(`^(${param} must be|Syntax Error)`));
      }
    }
  });

  it('repeated GET parameters → 400 naming the parameter', async () => {
    for (const param of ['query', 'variables', 'operationName', 'extensions']) {
      const url = `/graphql?query=${encodeURIComponent(STATS)}&${param}=%7B%7D&${param}=%7B%7D`;
      expectParamError(await send({ method: 'GET', url }), new RegExp(`^${param} must be`));
    }
  });

  it('an operationName the query lacks, or none for several operations → 400, GET and POST', async () => {
    const two = 'query A { stats { nodes } } query B { relationTypes }';
    for (const ask of [get, post]) {
      expectParamError(
        await ask({ operationName: 'C', query: two }),
        /^operationName 'C' names no operation .*A, B/,
      );
      expectParamError(await ask({ query: two }), /several operations/);
      expectParamError(await ask({ operationName: '' }), /names no operation/);
    }
    expect((await post({ operationName: 'B', query: two })).json.data).toEqual({
      relationTypes: expect.any(Array),
    });
    expect((await get({ operationName: 'A', query: two })).status).toBe(200);
  });

  it('each request runs the operation it names, also once the query is compiled (jit)', async () => {
    const two = 'query A { stats { nodes } } query B { relationTypes }';
    for (const name of ['A', 'A', 'A', 'B', 'B', 'A']) {
      const { json } = await post({ operationName: name, query: two });
      expect(Object.keys(json.data), name).toEqual([name === 'A' ? 'stats' : 'relationTypes']);
    }
  });

  it('null and well-formed values are accepted, GET and POST', async () => {
    for (const result of [
      await post({ variables: null, operationName: null, extensions: null }),
      await post({ variables: {}, extensions: { any: [1] } }),
      await get({ variables: 'null', extensions: '{}' }),
      await get({ variables: '{"unused": [1, "ä"]}' }),
    ]) {
      expect(result.status, JSON.stringify(result.json)).toBe(200);
      expect(result.json.data.stats.nodes).toEqual(expect.any(Number));
    }
  });

  it('a body that is not one JSON object → 400 saying what the body must be', async () => {
    for (const payload of ['[]', '"x"', '1', 'null']) {
      const result = await send({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(result.status, payload).toBe(400);
      expect(result.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('REST query and path parameters of the wrong shape', () => {
  it.each([
    ['/api/search?q=a&q=b', "Query parameter 'q' must be a string, given once."],
    [
      '/api/search?q=%7B%22q%22%3A1%7D&limit=1&limit=2',
      "Query parameter 'limit' must be an integer, given once.",
    ],
    ['/api/search?q=hzd&limit=NaN', "Query parameter 'limit' must be an integer, given once."],
    ['/api/search?q=hzd&limit=-1', "Query parameter 'limit' must be >= 1."],
    ['/api/search', "Query parameter 'q' is required."],
    ['/api/entities?after=a&after=b', "Query parameter 'after' must be a string, given once."],
    ['/api/entities?type=AGENCY&type=PERSON', "Query parameter 'type' must be a string, given once."],
    ['/api/entities?type=%5B%22AGENCY%22%5D', /^Query parameter 'type' must be one of PERSON, .*AGENCY/],
    ['/api/entities/x?relationType=NOPE', /^Query parameter 'relationType' must be one of /],
    ['/api/entities/x?direction=UP', "Query parameter 'direction' must be one of OUT, IN, BOTH."],
    ['/api/path?from=a&from=b&to=c', "Query parameter 'from' must be a string, given once."],
    ['/api/path?from=a&to=b&weak=%7B%7D', "Query parameter 'weak' must be true or false, given once."],
  ])('%s → 400: %s', async (url, message) => {
    const result = await send({ method: 'GET', url });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe('BAD_USER_INPUT');
    expect(result.json.error.message).toMatch(message);
  });

  it('a path that does not decode → 400 in the API error shape', async () => {
    const result = await send({ method: 'GET', url: '/api/entities/%E0%A4%A' });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe('BAD_USER_INPUT');
    expect(result.json.error.message).toMatch(/not a valid url/);
  });

  it('a URL over the 16 KB HTTP limit → 431 in the API error shape, with a hint to use POST', async () => {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${base}/graphql?query=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    const json = (await response.json()) as Json;
    expect(json.error.code).toBe('BAD_USER_INPUT');
    expect(json.error.message).toMatch(/by POST/);
  });

  it('huge page sizes are clamped, not an error', async () => {
    for (const limit of ['99999999999999999999999', '1e9', '1e400']) {
      const result = await send({ method: 'GET', url: `/api/entities?limit=${limit}` });
      expect(result.status, limit).toBe(200);
    }
  });
});
