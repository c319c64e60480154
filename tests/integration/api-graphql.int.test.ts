import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { createApiGraph, FIXTURE_COUNTS, FX, removeApiGraph, TOWNS } from './fixtures/api-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const MAX_PAGE_SIZE = 50;
const MAX_QUERY_DEPTH = 12;
const config = testConfig({
  MAX_PAGE_SIZE: String(MAX_PAGE_SIZE),
  MAX_QUERY_DEPTH: String(MAX_QUERY_DEPTH),
  RATE_LIMIT_MAX: '100000',
  LOG_LEVEL: 'error',
  QUERY_TIMEOUT_MS: '60000',
  // Statement counts below are of executed requests: no cache hits, no version polls.
  RESPONSE_CACHE: 'false',
});
const executor = testExecutor(config);
let app: FastifyInstance;

interface GqlResponse<T = Record<string, Json>> {
  status: number;
  body: string;
  data: T | null;
  errors?: { message: string; path?: unknown; extensions: { code: string } }[];
}

async function gql<T = Record<string, Json>>(
  query: string,
  variables: Record<string, unknown> = {},
  target: FastifyInstance = app,
): Promise<GqlResponse<T>> {
  const response = await target.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const json = response.json();
  return { status: response.statusCode, body: response.body, data: json.data ?? null, errors: json.errors };
}

/** Data of a query that must succeed. */
async function ok<T = Record<string, Json>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

beforeAll(async () => {
  await applyMigrations(executor);
  await createApiGraph(executor);
  app = await buildApp(config, { logger: { level: 'error' }, driver: executor.driver });
});

afterAll(async () => {
  await app?.close();
  await removeApiGraph(executor);
  await executor.driver.close();
});

const SEARCH = `query($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { score exactMatch entity { id name type aliases } }
}`;
type SearchData = { search: { score: number; exactMatch: boolean; entity: { id: string; type: string } }[] };
const searchIds = async (text: string, extra: Record<string, unknown> = {}) =>
  (await ok<SearchData>(SEARCH, { text, ...extra })).search.map((h) => h.entity.id);
/** The database may hold other data besides the fixture: rank among fixture entities only. */
const fixtureOnly = (ids: string[]) => ids.filter((id) => id.startsWith('fx-'));

describe('Query.search', () => {
  it.each([
    ['Digitalministerium', FX.hmdi, 'an alias'],
    ['hzd', FX.hzd, 'an acronym in lower case'],
    ['HZD', FX.hzd, 'an acronym'],
    ['OZG', FX.ozg, 'a law by its acronym'],
    ['Onlinezugangsgesetz', FX.ozg, 'a full name'],
    ['des Onlinezugangsgesetzes', FX.ozg, 'an inflected form with article'],
    ['Onlinezugangsgestz', FX.ozg, 'a one-letter typo'],
    ['Hessen App', FX.hessenApp, 'a spelling variant without hyphen'],
    ['HessenApp', FX.hessenApp, 'the glued form'],
    ['Fuehrerscheinantrag', FX.fuehrerschein, 'an umlaut-folded form'],
    ['Hessische Zentrale fuer Datenverarbeitung', FX.hzd, 'a folded multi-word name'],
    ['Sinemus', FX.sinemus, 'a surname'],
  ] as [string, string, string][])('finds "%s" first (%s)', async (text, id) => {
    const ids = fixtureOnly(await searchIds(text));
    expect(ids[0]).toBe(id);
  });

  it('puts exact name/alias matches first and orders hits by descending score', async () => {
    const { search } = await ok<SearchData>(SEARCH, { text: 'Hessen' });
    expect(search[0]?.exactMatch).toBe(true);
    expect(search.find((h) => h.entity.id === FX.landHessen)?.exactMatch).toBe(true);
    expect(search.filter((h) => !h.exactMatch).every((h) => h.score < search[0]!.score)).toBe(true);
    const scores = search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search.length).toBeGreaterThan(1);
  });

  it('filters by type', async () => {
    const { search } = await ok<SearchData>(SEARCH, { text: 'Hessen', types: ['PLATFORM'] });
    expect(search.length).toBeGreaterThan(0);
    expect(search.every((h) => h.entity.type === 'PLATFORM')).toBe(true);
    expect(fixtureOnly(search.map((h) => h.entity.id))[0]).toBe(FX.hessenApp);
  });

  it('clamps `first` to [1, MAX_PAGE_SIZE] instead of failing', async () => {
    expect(await searchIds('Hessen', { first: 0 })).toHaveLength(1);
    expect(await searchIds('Hessen', { first: -3 })).toHaveLength(1);
    const many = await searchIds('am', { first: 10_000 });
    expect(many.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
  });

  it('rejects blank text with BAD_USER_INPUT', async () => {
    const result = await gql(SEARCH, { text: '   ' });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    '"',
    '(',
    '*',
    '~',
    '\\',
    'AND',
    'HZD AND (',
    'OR NOT',
    'name:HZD',
    '[a TO z]',
    '+-&&||!(){}[]^"~*?:\\/',
    'Hessen~2^9',
  ])('survives Lucene syntax in %j', async (text) => {
    const result = await gql<SearchData>(SEARCH, { text });
    expect(result.status).toBeLessThan(500);
    expect(result.errors ?? []).toEqual([]);
    expect(Array.isArray(result.data?.search)).toBe(true);
  });
});

describe('Query.entity and Query.entities', () => {
  it('returns an entity with its fields, or null for an unknown id', async () => {
    const data = await ok(`{
      known: entity(id: "${FX.sinemus}") { id name type aliases titles description origin }
      unknown: entity(id: "fx-does-not-exist") { id }
    }`);
    expect(data.known).toMatchObject({
      id: FX.sinemus,
      name: 'Kristina Sinemus',
      type: 'PERSON',
      aliases: [],
      titles: ['Prof.', 'Dr.'],
    });
    expect(data.unknown).toBeNull();
  });

  it('pages through entities of a type with cursors: disjoint, complete, ordered by name', async () => {
    const seen: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let guard = 0; guard < 20; guard++) {
      const data: Json = await ok(
        `query($after: String) { entities(type: PLACE, first: 7, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        { after },
      );
      const conn = data.entities;
      totalCount = conn.totalCount;
      seen.push(...conn.edges.map((e: Json) => e.node.name));
      ids.push(...conn.edges.map((e: Json) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThanOrEqual(TOWNS.length + 1);
    expect(ids).toHaveLength(totalCount);
    // Disjoint pages: no id twice (names may repeat when the seeded graph shares the database).
    expect(new Set(ids).size).toBe(ids.length);
    for (const town of TOWNS) expect(seen).toContain(town);
  });

  it('rejects an invalid cursor with BAD_USER_INPUT', async () => {
    for (const after of ['not-a-cursor', 'YXJyYXljb25uZWN0aW9uOi0x', '']) {
      const result = await gql('query($after: String) { entities(first: 2, after: $after) { totalCount } }', {
        after,
      });
      expect(result.errors?.[0]?.extensions.code, after).toBe('BAD_USER_INPUT');
    }
  });
});

const RELATIONS = `query($id: ID!, $first: Int, $after: String, $types: [String!], $direction: Direction) {
  entity(id: $id) {
    relations(first: $first, after: $after, types: $types, direction: $direction) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { key type direction confidence method evidenceCount documentIds
        other { id name } from { id } to { id }
        evidence { quote page section method document { id title } } } }
    }
  }
}`;

describe('Entity.relations', () => {
  it('pages with `after`: pages are disjoint and together complete, in a stable order', async () => {
    const keys: string[] = [];
    const rows: { type: string; name: string }[] = [];
    let after: string | null = null;
    let totalCount = 0;
    let pages = 0;
    do {
      const data: Json = await ok(RELATIONS, { id: FX.hzd, first: 10, after });
      const conn = data.entity.relations;
      totalCount = conn.totalCount;
      expect(conn.edges.length).toBeLessThanOrEqual(10);
      for (const edge of conn.edges) {
        keys.push(`${edge.node.key}`);
        rows.push({ type: edge.node.type, name: edge.node.other.name });
      }
      pages += 1;
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after && pages < 20);
    expect(totalCount).toBe(FIXTURE_COUNTS.hzdRelations);
    expect(pages).toBe(Math.ceil(totalCount / 10));
    expect(keys).toHaveLength(totalCount);
    expect(new Set(keys).size).toBe(totalCount);
    const sorted = [...rows].sort((a, b) =>
      a.type === b.type ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.type < b.type ? -1 : 1,
    );
    expect(rows).toEqual(sorted);
  });

  it('orients relations from the parent: direction, other, from/to, and carries evidence', async () => {
    const data: Json = await ok(RELATIONS, { id: FX.hzd, types: ['OPERATES'] });
    const [edge] = data.entity.relations.edges;
    expect(edge.node).toMatchObject({
      type: 'OPERATES',
      direction: 'OUT',
      other: { id: FX.hessenApp, name: 'Hessen-App' },
      from: { id: FX.hzd },
      to: { id: FX.hessenApp },
      confidence: 0.9,
      method: 'pattern',
      evidenceCount: 2,
    });
    expect(edge.node.evidence).toHaveLength(2);
    expect(edge.node.evidence[0]).toMatchObject({
      quote: expect.stringContaining('HZD'),
      document: { id: expect.stringMatching(/^fx-doc-/), title: expect.any(String) },
      section: expect.any(String),
    });

    const incoming: Json = await ok(RELATIONS, { id: FX.hessenApp, direction: 'IN' });
    const other = incoming.entity.relations.edges.map((e: Json) => [e.node.direction, e.node.other.id]);
    expect(other).toEqual(
      expect.arrayContaining([
        ['IN', FX.hzd],
        ['IN', FX.hmdi],
      ]),
    );
    expect(other.every(([d]: string[]) => d === 'IN')).toBe(true);
    const outgoing: Json = await ok(RELATIONS, { id: FX.hessenApp, direction: 'OUT' });
    expect(outgoing.entity.relations.totalCount).toBe(0);
  });

  it('never lists mentions or document links as relations', async () => {
    const data: Json = await ok(RELATIONS, { id: FX.cdu, first: 50 });
    const types = data.entity.relations.edges.map((e: Json) => e.node.type);
    expect(types).toEqual(['MEMBER_OF']);
  });

  it('rejects unknown relation types and invalid cursors with BAD_USER_INPUT', async () => {
    const badType = await gql(RELATIONS, { id: FX.hzd, types: ['MENTIONS'] });
    expect(badType.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const badCursor = await gql(RELATIONS, { id: FX.hzd, after: 'bm9wZQ==' });
    expect(badCursor.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('clamps `first` to MAX_PAGE_SIZE', async () => {
    const data: Json = await ok(RELATIONS, { id: FX.hzd, first: 10_000 });
    expect(data.entity.relations.edges).toHaveLength(MAX_PAGE_SIZE);
    expect(data.entity.relations.pageInfo.hasNextPage).toBe(true);
  });
});

describe('Entity.mentions and Entity.documents', () => {
  it('pages mentions with their document and section', async () => {
    const query = `query($after: String) { entity(id: "${FX.hzd}") {
      mentions(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { quote page section surface start end document { id title } } } } } }`;
    const first: Json = await ok(query);
    expect(first.entity.mentions.totalCount).toBe(4);
    expect(first.entity.mentions.edges).toHaveLength(3);
    const second: Json = await ok(query, { after: first.entity.mentions.pageInfo.endCursor });
    expect(second.entity.mentions.edges).toHaveLength(1);
    expect(second.entity.mentions.pageInfo.hasNextPage).toBe(false);
    const all = [...first.entity.mentions.edges, ...second.entity.mentions.edges].map((e: Json) => e.node);
    expect(all.map((m: Json) => m.surface)).toContain('der HZD');
    expect(all.every((m: Json) => m.document.title.length > 0)).toBe(true);
  });

  it('shows the cross-document view, most mentions first', async () => {
    const data: Json = await ok(`{ entity(id: "${FX.hzd}") { documents { mentionCount document { id } } } }`);
    expect(data.entity.documents).toEqual([
      { mentionCount: 3, document: { id: FX.docStrategy } },
      { mentionCount: 1, document: { id: FX.docCoalition } },
    ]);
  });
});

describe('Query.path', () => {
  const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) {
    length nodes { id name } steps { type direction other { id } from { id } to { id } evidence { quote } } } }`;

  it('finds the shortest path from a minister to an EfA service, oriented along the path', async () => {
    const data: Json = await ok(PATH, { from: FX.sinemus, to: FX.fuehrerschein });
    const path = data.path;
    expect(path.length).toBe(3);
    expect(path.nodes[0].id).toBe(FX.sinemus);
    expect(path.nodes.at(-1).id).toBe(FX.fuehrerschein);
    expect(path.steps).toHaveLength(3);
    path.steps.forEach((step: Json, i: number) => {
      expect(step.other.id).toBe(path.nodes[i + 1].id);
      const [from, to] = step.direction === 'OUT' ? [i, i + 1] : [i + 1, i];
      expect(step.from.id).toBe(path.nodes[from].id);
      expect(step.to.id).toBe(path.nodes[to].id);
      expect(step.evidence.length).toBeGreaterThan(0);
    });
  });

  it('walks relations against their direction too', async () => {
    const data: Json = await ok(PATH, { from: FX.fuehrerschein, to: FX.sinemus });
    expect(data.path.length).toBe(3);
    // both shortest paths start against a stored direction (Land Hessen LEADS, or the
    // service is BASED_ON the OZG), and end against one (Sinemus HEADS / SERVES_IN)
    expect(data.path.nodes.at(-1).id).toBe(FX.sinemus);
    expect(data.path.steps.at(-1).direction).toBe('IN');
    data.path.steps.forEach((step: Json, i: number) => {
      expect(step.other.id).toBe(data.path.nodes[i + 1].id);
    });
  });

  it('is null when no path fits in maxHops or an id is unknown; maxHops is clamped', async () => {
    expect((await ok(PATH, { from: FX.sinemus, to: FX.fuehrerschein, maxHops: 2 })).path).toBeNull();
    expect((await ok(PATH, { from: FX.sinemus, to: 'fx-unknown' })).path).toBeNull();
    expect((await ok(PATH, { from: FX.sinemus, to: FX.fuehrerschein, maxHops: 99 })).path.length).toBe(3);
    expect((await ok(PATH, { from: FX.sinemus, to: FX.cdu, maxHops: -1 })).path).toBeNull();
    const self: Json = await ok(PATH, { from: FX.hzd, to: FX.hzd });
    expect(self.path).toMatchObject({ length: 0, nodes: [{ id: FX.hzd }], steps: [] });
  });
});

describe('documents, stats, relationTypes', () => {
  it('lists documents with entity counts and reads one with its sections', async () => {
    const data: Json = await ok(`{
      documents { id title publisher date entityCount }
      one: document(id: "${FX.docStrategy}") { id title file length entityCount sections { id heading order } }
      none: document(id: "fx-doc-unknown") { id }
    }`);
    const strategy = data.documents.find((d: Json) => d.id === FX.docStrategy);
    expect(strategy).toMatchObject({ title: 'Digitale Verwaltung Hessen 2023', date: '2023-05-01' });
    expect(strategy.entityCount).toBe(6);
    expect(data.one.sections.map((s: Json) => s.order)).toEqual([0, 1]);
    expect(data.none).toBeNull();
  });

  it('counts the graph', async () => {
    const { stats }: Json = await ok(`{ stats { nodes relationships entities documents entityRelations
      byType { type count } relationsByType { type count } } }`);
    expect(stats.entities).toBeGreaterThanOrEqual(FIXTURE_COUNTS.entities);
    expect(stats.documents).toBeGreaterThanOrEqual(2);
    expect(stats.nodes).toBeGreaterThan(stats.entities);
    expect(stats.relationships).toBeGreaterThan(stats.entityRelations);
    const places = stats.byType.find((t: Json) => t.type === 'PLACE');
    expect(places.count).toBeGreaterThanOrEqual(TOWNS.length + 1);
    expect(
      stats.relationsByType.find((t: Json) => t.type === 'COOPERATES_WITH').count,
    ).toBeGreaterThanOrEqual(TOWNS.length);
  });

  it('lists the relation types', async () => {
    const data: Json = await ok('{ relationTypes }');
    expect(data.relationTypes).toContain('HEADS');
    expect(data.relationTypes).not.toContain('MENTIONS');
  });
});

describe('batching', () => {
  const LIST = `query($first: Int) { entities(type: PLACE, first: $first) { edges { node { name
    relations(first: 10) { totalCount edges { node { type other { name } evidence { quote document { title } } } } }
    mentions(first: 2) { totalCount }
  } } } }`;

  async function queriesFor(first: number): Promise<number> {
    const before = app.executor.queryCount;
    const data: Json = await ok(LIST, { first });
    expect(data.entities.edges).toHaveLength(first);
    return app.executor.queryCount - before;
  }

  it('lists 50 entities with their first 10 relations each in a bounded number of Cypher queries', async () => {
    const fifty = await queriesFor(50);
    const five = await queriesFor(5);
    // entities, relations, mentions, evidence, evidence documents: one query each
    expect(fifty).toBeLessThanOrEqual(6);
    expect(fifty).toBe(five);
    console.info(`[batching] 50 entities with relations, evidence and mentions: ${fifty} Cypher queries`);
  });
});

describe('errors', () => {
  it('maps syntax, validation and depth errors to codes without internals', async () => {
    const syntax = await gql('{ entity(id: ');
    expect(syntax.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await gql('{ nope }');
    expect(unknownField.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const badEnum = await gql('{ search(text: "x", types: [NOPE]) { score } }');
    expect(badEnum.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const deep = await gql(`{ entity(id: "${FX.hzd}") { relations { edges { node { other { relations { edges {
      node { other { relations { edges { node { other { relations { edges { node { type } } } } } } } } } } } } } } } } }`);
    expect(deep.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    for (const result of [syntax, unknownField, badEnum, deep]) {
      expect(result.body).not.toMatch(/stack|MATCH|neo4j|at .*\.ts/i);
    }
  });

  it('refuses introspection when INTROSPECTION=false', async () => {
    const closed = await buildApp(testConfig({ INTROSPECTION: 'false' }), {
      logger: false,
      driver: executor.driver,
    });
    try {
      const result = await gql('{ __schema { types { name } } }', {}, closed);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect((await gql('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('answers 503 DATABASE_UNAVAILABLE when Neo4j is down, with no driver message', async () => {
    const down = await buildApp(testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), { logger: false });
    try {
      const result = await gql('{ stats { nodes } }', {}, down);
      expect(result.status).toBe(503);
      expect(result.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(result.body).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
    } finally {
      await down.close();
    }
  });
});
