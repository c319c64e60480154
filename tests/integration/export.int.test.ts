import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRoutes } from '../../src/api/exports.ts';
import { databasePlugin } from '../../src/api/plugins/database.ts';
import { errorHandlerPlugin } from '../../src/api/plugins/error-handler.ts';
import { openapiPlugin } from '../../src/api/rest/openapi.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { writeExport } from '../../src/export/files.ts';
import { EXPORT_FILES, EXPORT_FORMATS } from '../../src/export/formats.ts';
import { type ExpectedCounts, expectedCounts, graphSource } from '../../src/export/source.ts';
import { BASE_IRI } from '../../src/export/vocabulary.ts';
import { resetGraph, writeBatch } from '../../src/graph/writer.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { exportBatches, TRICKY_QUOTE } from '../unit/export/fixtures.ts';
import { readGraphml } from '../unit/export/graphml-reader.ts';
import { expandOffline } from '../unit/export/jsonld-offline.ts';
import { csvRecords } from '../unit/export/rfc4180.ts';

const config = testConfig({ QUERY_TIMEOUT_MS: '60000' });
const executor = testExecutor(config);
let app: FastifyInstance;
let dir: string;
let expected: ExpectedCounts;

beforeAll(async () => {
  await applyMigrations(executor);
  await resetGraph(executor);
  for (const batch of exportBatches()) await writeBatch(executor, batch);
  expected = await expectedCounts(executor);
  dir = await mkdtemp(path.join(tmpdir(), 'hkg-export-'));
  app = Fastify({ logger: false });
  await app.register(errorHandlerPlugin);
  await app.register(databasePlugin, { config, driver: executor.driver });
  await app.register(openapiPlugin, { config });
  await app.register(exportRoutes);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
  await resetGraph(executor);
  await executor.driver.close();
});

describe('the export counts', () => {
  it('match the graph', async () => {
    const [row] = await executor.read<{ entities: number; relations: number }>(
      `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
       RETURN entities, relations`,
    );
    expect(expected).toMatchObject({ entities: row?.entities, relations: row?.relations, documents: 2 });
    expect(expected.entities).toBe(11);
    expect(expected.relations).toBe(7);
  });
});

describe('writeExport (the CLI path)', () => {
  it.each([1, 3, 11, 500])('writes every entity and relationship with page size %i', async (pageSize) => {
    const out = path.join(dir, `p${pageSize}`);
    const files = await writeExport(() => graphSource(executor, { pageSize }), 'csv', out);
    expect(files.map((f) => path.basename(f.path))).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv']);
    const nodes = csvRecords(await readFile(path.join(out, 'nodes.csv'), 'utf8'));
    const edges = csvRecords(await readFile(path.join(out, 'edges.csv'), 'utf8'));
    expect(nodes).toHaveLength(expected.entities);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(expected.entities);
    expect(edges).toHaveLength(expected.relations);
    expect(files[0]?.tally.entities).toBe(expected.entities);
  });

  it('writes the byte-order mark with { bom: true } (npm run export -- --bom)', async () => {
    const out = path.join(dir, 'bom');
    await writeExport(() => graphSource(executor), 'csv', out, { bom: true });
    const bytes = await readFile(path.join(out, 'nodes.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRecords(bytes.subarray(3).toString('utf8'))).toHaveLength(expected.entities);
  });

  it('keeps quotes with commas, double quotes, line breaks and umlauts intact in CSV', async () => {
    const out = path.join(dir, 'csv');
    await writeExport(() => graphSource(executor), 'csv', out);
    const evidence = csvRecords(await readFile(path.join(out, 'evidence.csv'), 'utf8'));
    expect(evidence.map((e) => e.quote)).toContain(TRICKY_QUOTE);
    const pledge = evidence.find((e) => e.type === 'PLEDGED_IN');
    expect(pledge).toMatchObject({
      page: '',
      cited_page: '58',
      source: 'govlab-hessen',
      target: 'landesregierung',
    });
    const edges = csvRecords(await readFile(path.join(out, 'edges.csv'), 'utf8'));
    const operates = edges.find((e) => e.key === 'hzd|OPERATES|hessen-app');
    expect(operates?.documents?.split(' | ').sort()).toEqual([
      'digitale-verwaltung-hessen-2023',
      'eco-auswertung-koalitionsvertrag-hessen-2024',
    ]);
    expect(operates?.evidence_count).toBe('2');
  });

  it('writes GraphML that graphology-graphml reads back with the same counts', async () => {
    const [file] = await writeExport(
      () => graphSource(executor, { pageSize: 4 }),
      'graphml',
      path.join(dir, 'g.graphml'),
    );
    expect(file?.path).toBe(path.join(dir, 'g.graphml'));
    const graph = readGraphml(await readFile(file!.path, 'utf8'));
    expect(graph.order).toBe(expected.entities);
    expect(graph.size).toBe(expected.relations);
    expect(graph.getNodeAttributes('hzd')).toMatchObject({ type: 'AGENCY', name: 'HZD' });
  });

  it('writes JSON-LD that expands offline to one node per entity and one statement per relationship', async () => {
    const [file] = await writeExport(() => graphSource(executor), 'jsonld', dir);
    const expanded = await expandOffline(JSON.parse(await readFile(file!.path, 'utf8')));
    const ids = expanded.map((n) => String(n['@id']));
    expect(ids.filter((id) => id.startsWith(`${BASE_IRI}entity/`))).toHaveLength(expected.entities);
    expect(ids.filter((id) => id.startsWith(`${BASE_IRI}relation/`))).toHaveLength(expected.relations);
    expect(ids.filter((id) => id.startsWith(`${BASE_IRI}document/`))).toHaveLength(expected.documents);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('REST download routes', () => {
  it.each(EXPORT_FILES.map((f) => [f.name, f.contentType] as const))(
    'GET /api/export/%s streams %s as an attachment',
    async (name, contentType) => {
      const response = await app.inject({ method: 'GET', url: `/api/export/${name}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(contentType);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
      expect(response.body.length).toBeGreaterThan(100);
    },
  );

  it('starts CSV with a byte-order mark for Excel only when asked (?bom=1), never other formats', async () => {
    const plain = (await app.inject({ url: '/api/export/nodes.csv' })).rawPayload;
    const marked = (await app.inject({ url: '/api/export/nodes.csv?bom=1' })).rawPayload;
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(plain.subarray(0, 3).equals(BOM)).toBe(false);
    expect(marked.subarray(0, 3).equals(BOM)).toBe(true);
    expect(marked.subarray(3).equals(plain)).toBe(true);
    expect((await app.inject({ url: '/api/export/graph.jsonld?bom=1' })).body.startsWith('{')).toBe(true);
  });

  it('serves files with the same counts as the graph', async () => {
    const nodes = csvRecords((await app.inject({ url: '/api/export/nodes.csv' })).body);
    const edges = csvRecords((await app.inject({ url: '/api/export/edges.csv' })).body);
    const graph = readGraphml((await app.inject({ url: '/api/export/graph.graphml' })).body);
    const ld = JSON.parse((await app.inject({ url: '/api/export/graph.jsonld' })).body);
    expect([nodes.length, edges.length]).toEqual([expected.entities, expected.relations]);
    expect([graph.order, graph.size]).toEqual([expected.entities, expected.relations]);
    expect(ld['@graph'].filter((n: { '@id': string }) => n['@id'].includes('/entity/'))).toHaveLength(
      expected.entities,
    );
  });

  it('documents every route in OpenAPI under the export tag', async () => {
    const spec = (await app.inject({ url: '/openapi.json' })).json();
    for (const file of EXPORT_FILES) {
      const operation = spec.paths[`/api/export/${file.name}`]?.get;
      expect(operation?.tags).toEqual(['export']);
      expect(Object.keys(operation?.responses?.['200']?.content ?? {})).toEqual([
        file.contentType.split(';')[0],
      ]);
    }
    expect(EXPORT_FORMATS).toEqual(['graphml', 'csv', 'jsonld']);
  });
});
