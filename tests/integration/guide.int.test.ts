import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Path } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_QUERIES } from '../../src/api/guide/queries.ts';
import { guideRoutes } from '../../src/api/guide.ts';
import { databasePlugin } from '../../src/api/plugins/database.ts';
import { errorHandlerPlugin } from '../../src/api/plugins/error-handler.ts';
import { openapiPlugin } from '../../src/api/rest/openapi.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { ENTITY_LABELS } from '../../src/graph/model.ts';
import { resetGraph, writeBatch } from '../../src/graph/writer.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { exportBatches } from '../unit/export/fixtures.ts';

const config = testConfig({ QUERY_TIMEOUT_MS: '60000' });
const executor = testExecutor(config);
let app: FastifyInstance;

beforeAll(async () => {
  await applyMigrations(executor);
  await resetGraph(executor);
  for (const batch of exportBatches()) await writeBatch(executor, batch);
  app = Fastify({ logger: false });
  await app.register(errorHandlerPlugin);
  await app.register(databasePlugin, { config, driver: executor.driver });
  await app.register(openapiPlugin, { config });
  await app.register(guideRoutes);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await resetGraph(executor);
  await executor.driver.close();
});

describe('the guide queries', () => {
  it('are 6 to 10 distinct questions', () => {
    expect(GUIDE_QUERIES.length).toBeGreaterThanOrEqual(6);
    expect(GUIDE_QUERIES.length).toBeLessThanOrEqual(10);
    expect(new Set(GUIDE_QUERIES.map((q) => q.id)).size).toBe(GUIDE_QUERIES.length);
  });

  it.each(GUIDE_QUERIES.map((q) => [q.id, q] as const))(
    "%s runs and finds the graph's answer",
    async (_id, query) => {
      const rows = await executor.read(query.cypher);
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it('answer with the facts the small graph holds', async () => {
    const run = (id: string) =>
      executor.read<Record<string, unknown>>(GUIDE_QUERIES.find((q) => q.id === id)!.cypher);
    const hzd = await run('around-hzd');
    expect(hzd.map((r) => r.entity).sort()).toEqual(['Führerscheinantrag', 'Hessen-App']);
    expect(hzd.find((r) => r.entity === 'Hessen-App')?.evidence).toHaveLength(2);
    const efa = await run('efa-services');
    expect(efa[0]).toMatchObject({ service: 'Führerscheinantrag', efa: true });
    expect(efa[0]?.leads).toEqual(expect.arrayContaining(['Digitalministerium (LEADS)', 'HZD (DEVELOPS)']));
    expect(await run('pledges')).toEqual([
      expect.objectContaining({ pledge: 'GovLabHessen', pledgedIn: 'Landesregierung', citedPage: 58 }),
    ]);
    const [path] = await executor.read<{ p: Path }>(
      GUIDE_QUERIES.find((q) => q.id === 'shortest-path')!.cypher,
    );
    expect(path?.p.segments.map((s) => s.relationship.type)).toEqual(['HEADS', 'LEADS']);
    const both = await run('in-both-documents');
    expect(both.map((r) => r.entity).sort()).toEqual(['Führerscheinantrag', 'HZD', 'Hessen-App']);
    const top = await run('top-connected');
    expect(top[0]?.relations).toBe(2);
    expect(top.filter((r) => r.relations === 2).map((r) => r.entity)).toEqual([
      'Digitalministerium',
      'Führerscheinantrag',
      'HZD',
      'Kristina Sinemus',
    ]);
  });
});

/** A GraSS rule; braces inside quoted captions ("{name}") belong to the value, as in Browser's reader. */
const RULE = /^(node|relationship)(?:\.(\w+))? \{((?:[^}"]|"[^"]*")*)\}\n?/gm;

describe('GET /guide', () => {
  it('serves Browser guide HTML with a runnable block per question, readable cross-origin', async () => {
    const response = await app.inject({
      url: '/guide',
      headers: { host: 'localhost:4000', origin: 'http://127.0.0.1:7474' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const html = response.body;
    expect(html.trimStart().startsWith('<article class="guide">')).toBe(true);
    expect(html).toContain('<carousel class="deck container-fluid">');
    expect(html.match(/<slide class="row-fluid">/g)?.length).toBe(GUIDE_QUERIES.length + 2);
    const blocks = [
      ...html.matchAll(/<pre mode="cypher" class="pre-scrollable code runnable">([^<]*)<\/pre>/g),
    ];
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const fromHtml = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    expect(blocks.map((b) => fromHtml(b[1]!))).toEqual(GUIDE_QUERIES.map((q) => q.cypher));
    expect(html).toContain(':style http://localhost:4000/guide/hessen-kg.grass');
    expect(html).not.toMatch(/<script/i);
  });

  it('serves the Browser style with a colour and a short caption for every entity label', async () => {
    const response = await app.inject({ url: '/guide/hessen-kg.grass' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body).toBe(readFileSync(path.join(PROJECT_ROOT, 'neo4j', 'hessen-kg.grass'), 'utf8'));
    const rules = new Map(
      [...response.body.matchAll(RULE)].map((m) => [`${m[1]}${m[2] ? `.${m[2]}` : ''}`, m[3]!]),
    );
    const colours = new Set<string>();
    for (const label of [...Object.values(ENTITY_LABELS), 'Document', 'Section', 'Evidence']) {
      const rule = rules.get(`node.${label}`);
      expect(rule, label).toBeDefined();
      colours.add(/\bcolor: (#[0-9A-F]{6});/i.exec(rule!)![1]!);
    }
    expect(colours.size).toBe(Object.values(ENTITY_LABELS).length + 3);
    for (const label of Object.values(ENTITY_LABELS))
      expect(rules.get(`node.${label}`)).toContain('caption: "{caption}"');
    expect(rules.get('relationship')).toContain('caption: "<type>"');
    // Browser's GraSS reader has no comments: everything outside a rule would corrupt the next selector.
    expect(response.body.replace(RULE, '').trim()).toBe('');
  });

  it('documents both routes in OpenAPI under the guide tag', async () => {
    const spec = (await app.inject({ url: '/openapi.json' })).json();
    expect(spec.paths['/guide']?.get?.tags).toEqual(['guide']);
    expect(spec.paths['/guide/hessen-kg.grass']?.get?.tags).toEqual(['guide']);
  });
});
