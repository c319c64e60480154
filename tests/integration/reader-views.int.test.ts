/**
 * What a researcher sees first, over a small graph written through the writer: weak links only on
 * request, a document's entities and relations, search by role, description and acronym.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import type { EntityRecord, GraphBatch } from '../../src/graph/model.ts';
import { resetGraph, writeBatches } from '../../src/graph/writer.ts';
import { entity, makeBatch } from '../support/batches.ts';
import { testConfig, testExecutor } from '../support/context.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const config = testConfig({ RATE_LIMIT_MAX: '100000' });
const executor = testExecutor(config);
let app: FastifyInstance;

const described = (e: EntityRecord, description: string): EntityRecord => ({ ...e, description });

const sinemus = entity('kristina-sinemus', 'PERSON', 'Kristina Sinemus');
const mueller = entity('anna-mueller', 'PERSON', 'Anna Müller');
const weber = described(
  entity('jan-weber', 'PERSON', 'Jan Weber'),
  'Staatssekretär im Hessischen Ministerium der Finanzen',
);
const cdu = entity('cdu', 'PARTY', 'CDU');
const hmdi = entity('hmdi', 'MINISTRY', 'Hessisches Ministerium für Digitalisierung und Innovation', [
  'HMDI',
]);
const hmdf = entity('hmdf', 'MINISTRY', 'Hessisches Ministerium der Finanzen', ['HMdF']);
const hmdis = entity('hmdis', 'MINISTRY', 'Hessisches Ministerium des Innern und für Sport', ['HMdIS']);
const efa = entity('efa-prinzip', 'PROGRAMME', 'Einer für Alle', ['EfA-Prinzip']);
const wohngeld = described(
  entity('wohngeld', 'SERVICE', 'Wohngeld digital'),
  'EfA-Leistung unter hessischer Federführung.',
);
const landkarte = described(entity('geoportal', 'PLATFORM', 'Geoportal'), 'Kartendienst des Landes Hessen.');

const textOne =
  'Kristina Sinemus ist Mitglied der CDU. Kristina Sinemus und die CDU. ' +
  'Digitalministerin Kristina Sinemus leitet das Hessisches Ministerium für Digitalisierung und Innovation. ' +
  'Anna Müller ist Staatssekretärin im Hessisches Ministerium für Digitalisierung und Innovation. ' +
  'Kristina Sinemus, Kristina Sinemus.';
const textTwo =
  'Jan Weber arbeitet im Hessisches Ministerium der Finanzen. Das Hessisches Ministerium des Innern und für Sport ' +
  'und Einer für Alle. Wohngeld digital und Geoportal.';

/** A mention for every occurrence of every entity's name (makeBatch records only the first). */
function mentionEverywhere(batch: GraphBatch): GraphBatch {
  const { id: documentId, text } = batch.document;
  const sectionId = batch.sections[0]!.id;
  batch.mentions = batch.entities.flatMap((e) =>
    [...text.matchAll(new RegExp(e.name, 'g'))].map((m) => ({
      documentId,
      sectionId,
      quote: e.name,
      start: m.index,
      end: m.index + e.name.length,
      page: null,
      entityId: e.id,
      surface: e.name,
    })),
  );
  return batch;
}

function batches(): GraphBatch[] {
  const one = makeBatch('views-one', textOne, {
    entities: [sinemus, mueller, cdu, hmdi],
    relations: [
      ['kristina-sinemus', 'MEMBER_OF', 'cdu', 'Kristina Sinemus ist Mitglied der CDU.'],
      ['kristina-sinemus', 'CO_OCCURS_WITH', 'cdu', 'Kristina Sinemus und die CDU.'],
      [
        'kristina-sinemus',
        'HOLDS_OFFICE',
        'hmdi',
        'Digitalministerin Kristina Sinemus leitet das Hessisches Ministerium für Digitalisierung und Innovation.',
      ],
      [
        'anna-mueller',
        'HOLDS_OFFICE',
        'hmdi',
        'Anna Müller ist Staatssekretärin im Hessisches Ministerium für Digitalisierung und Innovation.',
      ],
    ],
  });
  one.relations[2]!.role = 'Digitalministerin';
  one.relations[3]!.role = 'Staatssekretärin';
  // As the loader would get it from the command line: an absolute path that must never be shown.
  one.document.file = '/srv/private/documents/views-one.txt';
  const two = makeBatch('views-two', textTwo, {
    entities: [weber, hmdf, hmdis, efa, wohngeld, landkarte],
    relations: [
      ['jan-weber', 'SERVES_IN', 'hmdf', 'Jan Weber arbeitet im Hessisches Ministerium der Finanzen.'],
    ],
  });
  return [mentionEverywhere(one), mentionEverywhere(two)];
}

async function get(url: string): Promise<{ status: number; body: Json }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const body = response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

async function searchIds(text: string): Promise<string[]> {
  const data = await gql('query($text: String!) { search(text: $text, first: 10) { entity { id } } }', {
    text,
  });
  return data.search.map((hit: Json) => hit.entity.id);
}

beforeAll(async () => {
  await applyMigrations(executor);
  await resetGraph(executor);
  await writeBatches(executor, batches());
  app = await buildApp(config, { logger: false, driver: executor.driver });
});

afterAll(async () => {
  await app?.close();
  await resetGraph(executor);
  await executor.driver.close();
});

describe('weak links are opt-in', () => {
  const RELATIONS = `query($weak: Boolean, $types: [String!]) {
    entity(id: "kristina-sinemus") {
      relations(weak: $weak, types: $types) { totalCount edges { node { type role other { id } } } }
    }
  }`;
  const types = (data: Json) => data.entity.relations.edges.map((e: Json) => e.node.type).sort();

  it('Entity.relations leaves CO_OCCURS_WITH out by default and lists it with weak: true', async () => {
    expect(types(await gql(RELATIONS))).toEqual(['HOLDS_OFFICE', 'MEMBER_OF']);
    expect(types(await gql(RELATIONS, { weak: true }))).toEqual([
      'CO_OCCURS_WITH',
      'HOLDS_OFFICE',
      'MEMBER_OF',
    ]);
    expect(types(await gql(RELATIONS, { types: ['CO_OCCURS_WITH'] }))).toEqual(['CO_OCCURS_WITH']);
  });

  it('shows the role a relation carries', async () => {
    const data = await gql(RELATIONS, { types: ['HOLDS_OFFICE'] });
    expect(data.entity.relations.edges[0].node).toMatchObject({
      role: 'Digitalministerin',
      other: { id: 'hmdi' },
    });
  });

  it('REST does the same with ?weak=true', async () => {
    const plain = await get('/api/entities/kristina-sinemus');
    expect(plain.body.relations.items.map((r: Json) => r.type).sort()).toEqual(['HOLDS_OFFICE', 'MEMBER_OF']);
    const weak = await get('/api/entities/kristina-sinemus?weak=true');
    expect(weak.body.relations.totalCount).toBe(3);
  });
});

describe('documents as a view', () => {
  it('Document.entities lists every mentioned entity with its mention count, most first', async () => {
    const data = await gql(
      `{ documents { id entities(first: 50) { totalCount edges { mentionCount node { id } } } } }`,
    );
    const one = data.documents.find((d: Json) => d.id === 'views-one');
    const edges = one.entities.edges.map((e: Json) => [e.node.id, e.mentionCount]);
    expect(one.entities.totalCount).toBe(4);
    expect(edges[0]).toEqual(['kristina-sinemus', 5]);
    expect(edges.map((e: Json) => e[0]).sort()).toEqual(['anna-mueller', 'cdu', 'hmdi', 'kristina-sinemus']);
    for (const document of data.documents) expect(document.entities.totalCount).toBeGreaterThan(0);
  });

  it('filters by type and pages with cursors', async () => {
    const query = `query($after: String) { document(id: "views-two") {
      entities(type: MINISTRY, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
    } }`;
    const first = (await gql(query)).document.entities;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(query, { after: first.pageInfo.endCursor })).document.entities;
    expect([first.edges[0].node.id, second.edges[0].node.id].sort()).toEqual(['hmdf', 'hmdis']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('Document.relations lists what the document supports, weak links on request', async () => {
    const query = `query($weak: Boolean) { document(id: "views-one") {
      relations(weak: $weak, first: 10) { totalCount edges { node { type direction from { id } to { id } } } }
    } }`;
    const plain = (await gql(query)).document.relations;
    expect(plain.totalCount).toBe(3);
    expect(plain.edges.every((e: Json) => e.node.direction === 'OUT')).toBe(true);
    expect((await gql(query, { weak: true })).document.relations.totalCount).toBe(4);
  });

  it('REST /api/documents/{id}/entities and /relations answer, 404 for an unknown document', async () => {
    const entities = await get('/api/documents/views-one/entities?limit=2');
    expect(entities.status).toBe(200);
    expect(entities.body).toMatchObject({ document: { id: 'views-one' }, totalCount: 4 });
    expect(entities.body.items[0]).toMatchObject({ entity: { id: 'kristina-sinemus' }, mentionCount: 5 });
    expect(entities.body.nextCursor).toEqual(expect.any(String));
    const relations = await get('/api/documents/views-one/relations?relationType=HOLDS_OFFICE');
    expect(relations.body.items.map((r: Json) => r.role).sort()).toEqual([
      'Digitalministerin',
      'Staatssekretärin',
    ]);
    expect((await get('/api/documents/nope/entities')).status).toBe(404);
    expect((await get('/api/documents/views-one/entities?type=NOPE')).status).toBe(400);
  });
});

describe('search the way people ask', () => {
  it('finds people by the office they hold through a relation', async () => {
    expect((await searchIds('Digitalministerin'))[0]).toBe('kristina-sinemus');
    const hits = await searchIds('Staatssekretärin');
    expect(hits[0]).toBe('anna-mueller');
  });

  it('finds people by their description, and says what matched', async () => {
    const data = await gql('{ search(text: "Staatssekretär") { matchedOn entity { id } } }');
    const byId = new Map(data.search.map((h: Json) => [h.entity.id, h.matchedOn]));
    expect(byId.get('jan-weber')).toEqual(['DESCRIPTION']);
    expect(byId.get('anna-mueller')).toEqual(['ROLE']);
  });

  it('ranks an acronym typed with its capitals first: HMD is the HMDI, not HMdF or HMdIS', async () => {
    const hits = await searchIds('HMD');
    expect(hits[0]).toBe('hmdi');
    expect(hits).toEqual(expect.arrayContaining(['hmdf', 'hmdis']));
  });

  it('finds what an acronym stands for and what is described with it', async () => {
    const hits = await searchIds('EfA');
    expect(hits[0]).toBe('efa-prinzip');
    expect(hits).toContain('wohngeld');
  });

  it('needs every word in a description: "Hessen-App" does not find every text about Hessen', async () => {
    expect(await searchIds('Kartendienst Hessen')).toContain('geoportal');
    expect(await searchIds('Hessen-App')).not.toContain('geoportal');
  });
});
