/**
 * GraphQL-over-HTTP conformance: graphql-http's `serverAudits` against the listening server.
 * Every MUST passes; SHOULD/MAY results are printed. Known, intended SHOULD deviation: request
 * errors (parse, validation, variable coercion) answer 400 also for `application/json`, where
 * the spec suggests the legacy 200 — clients see the failure in the status code.
 */
import type { FastifyInstance } from 'fastify';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/context.ts';

let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await buildApp(testConfig({ RATE_LIMIT_MAX: '100000' }), { logger: false });
  url = `${await app.listen({ host: '127.0.0.1', port: 0 })}/graphql`;
});
afterAll(async () => {
  await app?.close();
});

describe('graphql-http server audit', () => {
  it('passes every MUST and reports SHOULD/MAY', async () => {
    const results: { name: string; status: string; reason?: string }[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) {
      const result = await audit.fn();
      results.push({
        name: audit.name,
        status: result.status,
        ...(result.status === 'ok' ? {} : { reason: result.reason }),
      });
    }
    const level = (prefix: string) => results.filter((r) => r.name.startsWith(prefix));
    const summary = ['MUST', 'SHOULD', 'MAY'].map((prefix) => {
      const all = level(prefix);
      return `${prefix} ${all.filter((r) => r.status === 'ok').length}/${all.length}`;
    });
    console.info(`[audit] graphql-http: ${summary.join(', ')}`);
    for (const r of results.filter((x) => x.status !== 'ok')) {
      console.info(`[audit]   ${r.status}: ${r.name} — ${r.reason}`);
    }
    expect(level('MUST').filter((r) => r.status !== 'ok')).toEqual([]);
    expect(level('MUST').length).toBeGreaterThan(10);
  }, 60_000);

  it('answers application/graphql-response+json when the client prefers it', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: null }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
