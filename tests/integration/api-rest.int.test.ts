import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { createApiGraph, FIXTURE_COUNTS, FX, removeApiGraph } from './fixtures/api-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const MAX_PAGE_SIZE = 50;
const config = testConfig({
  MAX_PAGE_SIZE: String(MAX_PAGE_SIZE),
  RATE_LIMIT_MAX: '100000',
  QUERY_TIMEOUT_MS: '60000',
});
const executor = testExecutor(config);
let app: FastifyInstance;

const get = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body, json: () => response.json() };
};

/** No response may leak internals. */
function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/"stack"|MATCH \(|UNWIND|Neo4jError|ECONNREFUSED|node_modules/);
}

beforeAll(async () => {
  await applyMigrations(executor);
  await createApiGraph(executor);
  app = await buildApp(config, { logger: false, driver: executor.driver });
});

afterAll(async () => {
  await app?.close();
  await removeApiGraph(executor);
  await executor.driver.close();
});

describe('GET /api/search', () => {
  it('finds by acronym, alias and inflected form, exact matches first', async () => {
    for (const [q, id] of [
      ['hzd', FX.hzd],
      ['Digitalministerium', FX.hmdi],
      ['des Onlinezugangsgesetzes', FX.ozg],
    ] as const) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.query).toBe(q);
      const ids = body.hits.map((h: Json) => h.entity.id).filter((i: string) => i.startsWith('fx-'));
      expect(ids[0], q).toBe(id);
    }
  });

  it('filters by type (repeatable) and clamps the limit', async () => {
    const typed = (await get('/api/search?q=Hessen&type=PLATFORM&type=LAW')).json();
    expect(typed.hits.length).toBeGreaterThan(0);
    expect(typed.hits.every((h: Json) => ['PLATFORM', 'LAW'].includes(h.entity.type))).toBe(true);
    const one = (await get('/api/search?q=Hessen&limit=1')).json();
    expect(one.hits).toHaveLength(1);
    const many = await get('/api/search?q=am&limit=100000');
    expect(many.status).toBe(200);
    expect(many.json().hits.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
  });

  it('answers 400 BAD_USER_INPUT for missing, blank or invalid parameters', async () => {
    for (const url of [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=%20%20',
      '/api/search?q=HZD&type=NOPE',
      '/api/search?q=HZD&limit=abc',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.json().error.code, url).toBe('BAD_USER_INPUT');
      expectNoInternals(res.body);
    }
  });

  it('never fails with a 5xx on Lucene syntax', async () => {
    for (const q of [
      '"',
      '(',
      '*',
      '~',
      '\\',
      'AND',
      'HZD AND (',
      'a:b',
      '[x TO y]',
      '+-&&||!(){}[]^"~*?:\\/',
    ]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBeLessThan(500);
      expectNoInternals(res.body);
    }
  });
});

describe('GET /api/entities/:id', () => {
  it('returns the entity with relations, their evidence, mention count and documents', async () => {
    const res = await get(`/api/entities/${FX.hzd}?limit=10`);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.entity).toMatchObject({ id: FX.hzd, type: 'AGENCY', aliases: ['HZD'] });
    expect(body.relations.totalCount).toBe(FIXTURE_COUNTS.hzdRelations);
    expect(body.relations.items).toHaveLength(10);
    expect(body.relations.nextCursor).toEqual(expect.any(String));
    const operates = (await get(`/api/entities/${FX.hzd}?relationType=OPERATES`)).json().relations.items[0];
    expect(operates).toMatchObject({
      type: 'OPERATES',
      direction: 'OUT',
      other: { id: FX.hessenApp, name: 'Hessen-App', type: 'PLATFORM' },
      evidenceCount: 2,
    });
    expect(operates.evidence[0]).toMatchObject({
      quote: expect.stringContaining('HZD'),
      documentId: expect.any(String),
    });
    expect(body.mentionCount).toBe(4);
    expect(body.documents.map((d: Json) => [d.document.id, d.mentionCount])).toEqual([
      [FX.docStrategy, 3],
      [FX.docCoalition, 1],
    ]);
  });

  it('pages relations with `after`: disjoint and complete', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 20; guard++) {
      const url: string = `/api/entities/${FX.hzd}?limit=15${after ? `&after=${encodeURIComponent(after)}` : ''}`;
      const body = (await get(url)).json();
      total = body.relations.totalCount;
      keys.push(...body.relations.items.map((r: Json) => r.key));
      after = body.relations.nextCursor;
      if (!after) break;
    }
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
  });

  it('answers 404 NOT_FOUND for an unknown id and 400 for bad parameters', async () => {
    const missing = await get('/api/entities/fx-nobody');
    expect(missing.status).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    for (const url of [
      `/api/entities/${FX.hzd}?relationType=MENTIONS`,
      `/api/entities/${FX.hzd}?direction=UP`,
      `/api/entities/${FX.hzd}?after=garbage`,
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.json().error.code).toBe('BAD_USER_INPUT');
      expectNoInternals(res.body);
    }
  });
});

describe('other routes', () => {
  it('GET /api/entities lists a type page by page', async () => {
    const first = (await get('/api/entities?type=PLACE&limit=20')).json();
    expect(first.items).toHaveLength(20);
    expect(first.items.every((e: Json) => e.type === 'PLACE')).toBe(true);
    const second = (
      await get(`/api/entities?type=PLACE&limit=20&after=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    const ids = new Set(first.items.map((e: Json) => e.id));
    expect(second.items.some((e: Json) => ids.has(e.id))).toBe(false);
    expect((await get('/api/entities?after=nope')).status).toBe(400);
    expect((await get('/api/entities?type=NOPE')).status).toBe(400);
  });

  it('GET /api/documents lists documents with entity counts; /api/documents/:id reads one', async () => {
    const { items } = (await get('/api/documents')).json();
    const strategy = items.find((d: Json) => d.id === FX.docStrategy);
    expect(strategy).toMatchObject({
      title: 'Digitale Verwaltung Hessen 2023',
      entityCount: 6,
      date: '2023-05-01',
    });
    const one = (await get(`/api/documents/${FX.docCoalition}`)).json();
    expect(one.document.id).toBe(FX.docCoalition);
    expect(one.sections.map((s: Json) => s.heading)).toEqual(['Präambel', 'Digitales']);
    expect((await get('/api/documents/fx-none')).status).toBe(404);
  });

  it('GET /api/stats and /api/path', async () => {
    const stats = (await get('/api/stats')).json();
    expect(stats.entities).toBeGreaterThanOrEqual(FIXTURE_COUNTS.entities);
    const { path } = (await get(`/api/path?from=${FX.sinemus}&to=${FX.fuehrerschein}`)).json();
    expect(path.length).toBe(3);
    expect(path.nodes[0].id).toBe(FX.sinemus);
    expect((await get(`/api/path?from=${FX.sinemus}&to=fx-none`)).json()).toEqual({ path: null });
  });
});

describe('documentation', () => {
  it('serves a valid OpenAPI 3 document listing every REST route', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    for (const route of [
      '/api/search',
      '/api/entities',
      '/api/entities/{id}',
      '/api/documents',
      '/api/documents/{id}',
      '/api/stats',
      '/api/path',
      '/health/live',
      '/health/ready',
    ]) {
      expect(spec.paths[route]?.get, route).toBeDefined();
      expect(spec.paths[route].get.responses['200'], route).toBeDefined();
    }
    const search = spec.paths['/api/search'].get;
    expect(search.parameters.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(['q', 'type', 'limit']),
    );
  });

  it('renders the Swagger UI at /docs and GraphiQL at /graphiql', async () => {
    let res = await app.inject({ method: 'GET', url: '/docs' });
    for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
      res = await app.inject({
        method: 'GET',
        url: new URL(String(res.headers.location), 'http://x/docs/').pathname,
      });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const graphiql = await app.inject({ method: 'GET', url: '/graphiql' });
    expect(graphiql.statusCode).toBe(200);
    expect(graphiql.headers['content-type']).toMatch(/text\/html/);
    expect(graphiql.body).toMatch(/graphiql/i);
  });
});
