import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { writeBatch } from '../../src/graph/writer.ts';
import { dateBatch } from '../../src/ingest/dating.ts';
import { entity } from '../support/batches.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { sentenceBatch } from '../support/dated-batch.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const config = testConfig({ RATE_LIMIT_MAX: '100000', LOG_LEVEL: 'error', QUERY_TIMEOUT_MS: '60000' });
const executor = testExecutor(config);
let app: FastifyInstance;

/** A document of our own: the head of an office replaced on a stated day. */
const DOC = 'zeit-wechsel-landesamt';
const TEXT =
  'Anna Berger leitete das Landesamt für Geoinformation vom 1. Mai 2017 bis zum 28. Februar 2025; seit dem 1. März 2025 leitet Jonas Keller das Landesamt für Geoinformation. Das Landesamt für Geoinformation wurde im Jahr 1998 gegründet.';
const IDS = ['zeit-anna-berger', 'zeit-jonas-keller', 'zeit-landesamt-geo'];

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return response.json();
}

const HEADS_AS_OF = `query ($id: ID!, $asOf: Date) {
  entity(id: $id) {
    relations(types: ["HEADS"], asOf: $asOf) {
      edges { node { other { id } validFrom validTo precision datedBy { bound quote } } }
    }
  }
}`;

async function headsOn(asOf: string | null): Promise<string[]> {
  const body = await gql(HEADS_AS_OF, { id: 'zeit-landesamt-geo', asOf });
  expect(body.errors).toBeUndefined();
  return body.data.entity.relations.edges.map((e: Json) => e.node.other.id).sort();
}

beforeAll(async () => {
  await applyMigrations(executor);
  const batch = sentenceBatch(
    DOC,
    TEXT,
    '2025-03-10',
    [
      entity('zeit-anna-berger', 'PERSON', 'Anna Berger'),
      entity('zeit-jonas-keller', 'PERSON', 'Jonas Keller'),
      entity('zeit-landesamt-geo', 'AGENCY', 'Landesamt für Geoinformation'),
    ],
    [
      ['zeit-anna-berger', 'HEADS', 'zeit-landesamt-geo', TEXT.slice(0, TEXT.indexOf(' Das Landesamt'))],
      ['zeit-jonas-keller', 'HEADS', 'zeit-landesamt-geo', TEXT.slice(0, TEXT.indexOf(' Das Landesamt'))],
    ],
  );
  await writeBatch(executor, dateBatch(batch), { force: true });
  app = await buildApp(config, { logger: { level: 'error' }, driver: executor.driver });
});

afterAll(async () => {
  await app?.close();
  await executor.write(
    `MATCH (n) WHERE n.id IN $ids OR n.documentId = $doc OR (n:Document AND n.id = $doc) DETACH DELETE n`,
    { ids: IDS, doc: DOC },
  );
  await executor.driver.close();
});

describe('relations as of a day', () => {
  it('answers differently before and after the change of office', async () => {
    expect(await headsOn('2025-02-28')).toEqual(['zeit-anna-berger']);
    expect(await headsOn('2025-03-01')).toEqual(['zeit-jonas-keller']);
    expect(await headsOn('2016-12-31')).toEqual([]);
    expect(await headsOn(null)).toEqual(['zeit-anna-berger', 'zeit-jonas-keller']);
  });

  it('shows the dates, their precision and the passage that states them', async () => {
    const body = await gql(HEADS_AS_OF, { id: 'zeit-landesamt-geo', asOf: '2024-06-01' });
    expect(body.data.entity.relations.edges[0].node).toMatchObject({
      validFrom: '2017-05-01',
      validTo: '2025-02-28',
      precision: 'DAY',
      datedBy: [
        { bound: 'FROM', quote: expect.stringContaining('vom 1. Mai 2017 bis zum 28. Februar 2025') },
        { bound: 'TO', quote: expect.stringContaining('Anna Berger') },
      ],
    });
  });

  it('lists the timeline in order and the founding date', async () => {
    const body = await gql(`{ entity(id: "zeit-landesamt-geo") {
      founded { date precision quote }
      timeline { other { id } validFrom }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.founded).toMatchObject({ date: '1998-01-01', precision: 'YEAR' });
    expect(body.data.entity.timeline.map((r: Json) => r.other.id)).toEqual([
      'zeit-anna-berger',
      'zeit-jonas-keller',
    ]);
  });

  it('filters a path by the day', async () => {
    const query = `query ($asOf: Date) { path(from: "zeit-anna-berger", to: "zeit-jonas-keller", asOf: $asOf) { length } }`;
    expect((await gql(query)).data.path).toMatchObject({ length: 2 });
    expect((await gql(query, { asOf: '2025-03-05' })).data.path).toBeNull();
  });

  it('serves REST ?asOf= and refuses a bad day with a clear 400', async () => {
    const ok = await app.inject({
      url: '/api/entities/zeit-landesamt-geo?relationType=HEADS&asOf=2025-03-02',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().relations.items.map((r: Json) => r.other.id)).toEqual(['zeit-jonas-keller']);
    expect(ok.json().relations.items[0]).toMatchObject({
      validFrom: '2025-03-01',
      validFromPrecision: 'DAY',
    });
    for (const bad of ['2025-02-30', '01.03.2025', 'gestern']) {
      const response = await app.inject({
        url: `/api/entities/zeit-landesamt-geo?asOf=${encodeURIComponent(bad)}`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.json().error.message).toContain('YYYY-MM-DD');
    }
    const gqlBad = await gql(HEADS_AS_OF, { id: 'zeit-landesamt-geo', asOf: '2025-13-01' });
    expect(gqlBad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps an index on validFrom that range filters over a relation type use', async () => {
    const rows = await executor.read<{ name: string }>(
      `SHOW INDEXES YIELD name, entityType, properties
       WHERE entityType = 'RELATIONSHIP' AND 'validFrom' IN properties RETURN name`,
    );
    expect(rows.map((r) => r.name)).toContain('heads_valid_from');
  });
});
