/**
 * Query limits against the real app and Neo4j: cost (with variables, aliases, clamped `first`),
 * depth, tokens, batches, body size and rate limit (the Neo4j transaction timeout is proven in
 * outage.int.test.ts, against its own instance).
 * Needs no particular data: limits are checked before execution.
 */
import type { FastifyInstance } from 'fastify';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/api/graphiql/examples.ts';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/context.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const config = testConfig({
  RATE_LIMIT_MAX: '100000',
  MAX_PAGE_SIZE: '100',
  MAX_QUERY_COST: '50000',
  QUERY_TIMEOUT_MS: '60000',
});
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp(config, { logger: false });
});
afterAll(async () => {
  await app?.close();
});

async function post(payload: unknown, target = app, headers: Record<string, string> = {}) {
  const response = await target.inject({
    method: 'POST',
    url: '/graphql',
    payload: payload as object,
    headers,
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: response.body,
    json: response.json() as Json,
  };
}

const codeOf = (json: Json) => json.errors?.[0]?.extensions?.code;
const NESTED = `query($f: Int) { entities(first: $f) { edges { node {
  relations(first: $f) { edges { node { evidence(first: $f) { quote } } } } } } } }`;

describe('cost limit (MAX_QUERY_COST)', () => {
  it('rejects a nested query whose `first`s multiply past the limit, stating cost and limit', async () => {
    const { status, json, body } = await post({ query: NESTED, variables: { f: 100 } });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(/cost 1000000 exceeds the limit of 50000/);
    expect(json.errors[0].extensions.details).toEqual({ cost: 1_000_000, limit: 50_000 });
    expect(json).not.toHaveProperty('data');
    expect(body).not.toMatch(/stack|MATCH \(|Neo\./);
  });

  it('uses each request`s variables even once the query text is cached and jit-compiled', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ query: NESTED, variables: { f: 2 } })).status).toBe(200);
    // Each cost is remembered per query text and variables: both answers stay as they were.
    for (let i = 0; i < 2; i++) {
      expect(codeOf((await post({ query: NESTED, variables: { f: 100 } })).json)).toBe('QUERY_TOO_COMPLEX');
      expect((await post({ query: NESTED, variables: { f: 2 } })).status).toBe(200);
    }
  });

  it('clamps `first` to MAX_PAGE_SIZE in the estimate and applies schema defaults', async () => {
    // first: 100000 costs like 100 (the resolvers clamp the same way): 100 × 100 = 10 000 ≤ 50 000
    const clamped = await post({
      query: '{ entities(first: 100000) { edges { node { relations(first: 100000) { totalCount } } } } }',
    });
    expect(clamped.status).toBe(200);
    // schema defaults: relations 20 × (evidence 20 + other 1 + its relations 20) = 820 per entity, × 100
    const defaults = await post({
      query: `{ entities(first: 100) { edges { node { relations { edges { node { evidence { quote }
        other { relations { totalCount } } } } } } } } }`,
    });
    expect(codeOf(defaults.json)).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts aliases: one expensive field passes, six aliased copies do not', async () => {
    const field = (alias: string) =>
      `${alias}: entities(first: 100) { edges { node { relations(first: 100) { totalCount } } } }`;
    expect((await post({ query: `{ ${field('a0')} }` })).status).toBe(200);
    const flood = await post({ query: `{ ${['a0', 'a1', 'a2', 'a3', 'a4', 'a5'].map(field).join(' ')} }` });
    expect(flood.status).toBe(400);
    expect(codeOf(flood.json)).toBe('QUERY_TOO_COMPLEX');
    expect(flood.json.errors[0].extensions.details.cost).toBe(60_000);
  });

  it('lets every GraphiQL example through', async () => {
    for (const example of GRAPHIQL_EXAMPLES) {
      const { json } = await post({ query: example.query, variables: example.variables ?? {} });
      expect(codeOf(json), example.title).not.toBe('QUERY_TOO_COMPLEX');
      expect(codeOf(json), example.title).not.toBe('BAD_USER_INPUT');
    }
  });
});

describe('depth, token and batch limits', () => {
  it('rejects over-depth queries with QUERY_TOO_COMPLEX (MAX_QUERY_DEPTH)', async () => {
    let selection = 'type';
    for (let i = 0; i < 8; i++)
      selection = `relations(first: 1) { edges { node { other { ${selection} } } } }`;
    const { status, json } = await post({ query: `{ entity(id: "x") { ${selection} } }` });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(/depth 34 exceeds the limit of 12 \(MAX_QUERY_DEPTH\)/);
    expect(json.errors[0].extensions.details).toEqual({ depth: 34, limit: 12 });
  });

  it('accepts a query exactly at the depth limit', async () => {
    const twelve = `{ entity(id: "x") { relations(first: 1) { edges { node { other {
      relations(first: 1) { edges { node { other { relations(first: 1) { edges { cursor } } } } } } } } } } } }`;
    const { status, json } = await post({ query: twelve });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });

  it('counts depth through fragments', async () => {
    let fragments = 'fragment F0 on Entity { name }';
    for (let i = 1; i <= 8; i++)
      fragments += ` fragment F${i} on Entity { relations(first: 1) { edges { node { other { ...F${i - 1} } } } } }`;
    const { json } = await post({ query: `{ entity(id: "x") { ...F8 } } ${fragments}` });
    expect(codeOf(json)).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the IntrospectionQuery of GraphiQL and code generators through (deeper than the limit)', async () => {
    const { status, json } = await post({ query: getIntrospectionQuery({ descriptions: true }) });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.__schema.queryType.name).toBe('Query');
  });

  it('stops parsing alias floods at MAX_QUERY_TOKENS', async () => {
    const aliases = Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, json } = await post({ query: `{ ${aliases} }` });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(/3000 tokens/);
  });

  it('refuses batched requests (a JSON array) with 400', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ stats { nodes } }' }));
    const { status, json } = await post(batch);
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/batches/);
  });
});

describe('body limit (BODY_LIMIT_BYTES)', () => {
  it('answers a 1 MB query with 413 and a JSON message', async () => {
    const { status, json, headers } = await post({ query: `{ __typename } # ${'x'.repeat(1_000_000)}` });
    expect(status).toBe(413);
    expect(headers['content-type']).toMatch(/json/);
    expect(codeOf(json)).toBe('PAYLOAD_TOO_LARGE');
    expect(json.errors[0].message).toMatch(/too large/i);
  });
});

describe('rate limit (RATE_LIMIT_MAX per RATE_LIMIT_WINDOW_MS)', () => {
  it('counts GraphQL and REST requests per client, answers 429 with Retry-After, never limits health', async () => {
    const limited = await buildApp(testConfig({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' }), {
      logger: false,
    });
    try {
      for (let i = 0; i < 2; i++) expect((await post({ query: '{ __typename }' }, limited)).status).toBe(200);
      expect((await limited.inject({ method: 'GET', url: '/api/search?q=hzd' })).statusCode).toBeLessThan(
        429,
      );
      const graphql = await post({ query: '{ __typename }' }, limited);
      expect(graphql.status).toBe(429);
      expect(Number(graphql.headers['retry-after'])).toBeGreaterThan(0);
      expect(codeOf(graphql.json)).toBe('RATE_LIMITED');
      const rest = await limited.inject({ method: 'GET', url: '/api/search?q=hzd' });
      expect(rest.statusCode).toBe(429);
      expect(rest.json().error.code).toBe('RATE_LIMITED');
      expect(rest.headers['retry-after']).toBeDefined();
      for (let i = 0; i < 5; i++) {
        expect((await limited.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
        expect((await limited.inject({ method: 'GET', url: '/health/ready' })).statusCode).not.toBe(429);
      }
    } finally {
      await limited.close();
    }
  });
});
