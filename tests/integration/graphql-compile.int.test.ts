import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { writeBatch } from '../../src/graph/writer.ts';
import { dateBatch } from '../../src/ingest/dating.ts';
import { entity } from '../support/batches.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { sentenceBatch } from '../support/dated-batch.ts';
import { createApiGraph, FX, removeApiGraph } from './fixtures/api-graph.ts';

/**
 * One Cypher statement per GraphQL operation, and the same answers as the batched loaders
 * (GRAPHQL_COMPILE=false), over the API fixture graph.
 */
const settings = {
  RATE_LIMIT_MAX: '100000',
  LOG_LEVEL: 'error',
  RESPONSE_CACHE: 'false',
  MAX_PAGE_SIZE: '50',
};
const config = testConfig(settings);
const executor = testExecutor(config);
let compiled: FastifyInstance;
let loaders: FastifyInstance;

/** A dated document of our own (offices with start and end, a founding year, pages cited). */
const DATED = 'cmp-zeit-amtswechsel';
const DATED_TEXT =
  'Anna Berger leitete das Landesamt für Vermessung vom 1. Mai 2017 bis zum 28. Februar 2025; seit dem 1. März 2025 leitet Jonas Keller das Landesamt für Vermessung. Das Landesamt für Vermessung wurde im Jahr 1998 gegründet.';
const DATED_IDS = { berger: 'cmp-anna-berger', keller: 'cmp-jonas-keller', amt: 'cmp-landesamt-vermessung' };

async function writeDatedDocument(): Promise<void> {
  const sentence = DATED_TEXT.slice(0, DATED_TEXT.indexOf(' Das Landesamt'));
  const batch = dateBatch(
    sentenceBatch(
      DATED,
      DATED_TEXT,
      '2025-03',
      [
        entity(DATED_IDS.berger, 'PERSON', 'Anna Berger'),
        entity(DATED_IDS.keller, 'PERSON', 'Jonas Keller'),
        entity(DATED_IDS.amt, 'AGENCY', 'Landesamt für Vermessung'),
      ],
      [
        [DATED_IDS.berger, 'HEADS', DATED_IDS.amt, sentence],
        [DATED_IDS.keller, 'HEADS', DATED_IDS.amt, sentence],
      ],
    ),
  );
  // Printed on page 2 of its source, citing page 116 of another work.
  const paged = <T>(rows: T[]) => rows.map((row) => ({ ...row, page: 2, citedPage: 116 }));
  await writeBatch(
    executor,
    {
      ...batch,
      mentions: paged(batch.mentions),
      relations: batch.relations.map((r) => ({ ...r, evidence: paged(r.evidence) })),
    },
    { force: true },
  );
}

beforeAll(async () => {
  await applyMigrations(executor);
  await createApiGraph(executor);
  await writeDatedDocument();
  compiled = await buildApp(config, { logger: false });
  loaders = await buildApp(testConfig({ ...settings, GRAPHQL_COMPILE: 'false' }), { logger: false });
});

afterAll(async () => {
  await compiled?.close();
  await loaders?.close();
  await removeApiGraph(executor);
  await executor.write(
    'MATCH (n) WHERE n.id IN $ids OR n.documentId = $doc OR (n:Document AND n.id = $doc) DETACH DELETE n',
    { ids: Object.values(DATED_IDS), doc: DATED },
  );
  await executor.driver.close();
});

async function answer(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}) {
  const before = app.executor.queryCount;
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return { body: response.body, statements: app.executor.queryCount - before };
}

const ENTITY = `query($id: ID!) { entity(id: $id) {
  id name caption type aliases description titles origin
  relations(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    type direction confidence evidenceCount key method documentIds
    other { id name caption type } from { id } to { id }
    evidence(first: 5) { quote page section start end method confidence document { id title date entityCount } }
  } } }
  mentions(first: 3) { totalCount edges { node { quote page section surface start end document { id } } } }
  documents { mentionCount document { id title sections { heading order } } }
} }`;

const MAIN: [string, string, Record<string, unknown>][] = [
  [
    'search',
    '{ search(text: "Hessen", first: 10) { score exactMatch entity { id name relations(first: 3) { totalCount } } } }',
    {},
  ],
  ['entity', ENTITY, { id: FX.hzd }],
  [
    'entities',
    `{ entities(type: PLACE, first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      name relations(first: 10) { totalCount edges { node { type other { name } evidence { quote document { title } } } } }
      mentions(first: 2) { totalCount } } } } }`,
    {},
  ],
  [
    'path',
    `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id name }
      steps { type direction other { id } from { id } evidence(first: 1) { quote } } } }`,
    { from: FX.sinemus, to: FX.fuehrerschein },
  ],
];

/** Every time field, stated dates and pages. */
const DATED_ENTITY = `query($id: ID!, $asOf: Date) { entity(id: $id) {
  id founded { date precision quote document { id date datePrecision } } dissolved { date }
  relations(types: ["HEADS"], asOf: $asOf) { totalCount edges { node {
    type direction other { id name founded { date } } validFrom validFromPrecision validTo validToPrecision
    precision heldOn endedBy datedBy { bound quote document { id datePrecision } }
    evidence { quote page citedPage section document { id } }
  } } }
  timeline(first: 5) { type other { id } validFrom validTo precision datedBy { bound } }
  mentions(first: 5) { edges { node { quote page citedPage surface } } }
} }`;

MAIN.push(
  ['entity with its dates', DATED_ENTITY, { id: DATED_IDS.amt, asOf: '2025-02-28' }],
  [
    'path as of a day',
    `query($asOf: Date) { path(from: "${DATED_IDS.berger}", to: "${DATED_IDS.keller}", asOf: $asOf) {
      length steps { type validFrom validTo other { id } } } }`,
    { asOf: null },
  ],
);

const MORE: [string, Record<string, unknown>][] = [
  [DATED_ENTITY, { id: DATED_IDS.amt, asOf: null }],
  [DATED_ENTITY, { id: DATED_IDS.amt, asOf: '2025-03-01' }],
  [DATED_ENTITY, { id: DATED_IDS.berger, asOf: '2016-12-31' }],
  [`{ path(from: "${DATED_IDS.berger}", to: "${DATED_IDS.keller}", asOf: "2025-03-05") { length } }`, {}],
  [
    `{ entity(id: "${DATED_IDS.amt}") { relations(asOf: "2025-02-30") { totalCount } } path(from: "a", to: "a", asOf: "x") { length } }`,
    {},
  ],
  [`{ documents { id date datePrecision } document(id: "${DATED}") { id datePrecision } }`, {}],
  [
    `query($id: ID!) { entity(id: $id) { a: relations(direction: OUT, first: 2, after: "YXJyYXljb25uZWN0aW9uOjA=") {
      totalCount pageInfo { hasNextPage } edges { cursor node { type } } }
      b: relations(direction: IN, types: ["OPERATES", "HEADS"]) { edges { node { other { ...E } } } } } }
      fragment E on Entity { id name }`,
    { id: FX.hzd },
  ],
  [
    '{ entities(first: 3, after: "YXJyYXljb25uZWN0aW9uOjE=") { totalCount edges { cursor node { id } } } }',
    {},
  ],
  ['{ x: search(text: "HZD", types: [AGENCY]) { entity { id } } y: search(text: "ozg") { score } }', {}],
  [
    `{ path(from: "${FX.hzd}", to: "${FX.hzd}") { length nodes { id } steps { type } } p: path(from: "${FX.hzd}", to: "nope") { length } }`,
    {},
  ],
  [
    `{ documents { id title date entityCount sections { id heading order start end } } document(id: "${FX.docStrategy}") { id } d: document(id: "nope") { id } }`,
    {},
  ],
  ['{ entities(after: "nope") { totalCount } e: entity(id: "x") { id } }', {}],
  [`{ entity(id: "${FX.hzd}") { relations(types: ["NOPE"]) { totalCount } } stats { entities } }`, {}],
  [`query($skip: Boolean!) { entity(id: "${FX.hzd}") { id name @skip(if: $skip) } }`, { skip: true }],
  [
    `{ entity(id: "${FX.hzd}") { w: relations(weak: true) { totalCount edges { node { type role } } } c: relations { totalCount } } }`,
    {},
  ],
  ['{ search(text: "HZD") { matchedOn score entity { id } } }', {}],
  [
    `{ document(id: "${FX.docStrategy}") { id file entities(first: 3) { totalCount edges { mentionCount node { id } } } } }`,
    {},
  ],
  [
    '{ pledgedAndDescribed(first: 2) { entity { id relations(first: 2) { totalCount edges { node { type } } } } } }',
    {},
  ],
];

describe('compiled GraphQL', () => {
  it.each(MAIN)('answers %s in one Cypher statement, as the loaders do', async (_name, query, variables) => {
    const one = await answer(compiled, query, variables);
    const many = await answer(loaders, query, variables);
    expect(one.body).not.toMatch(/"errors"/);
    expect(one.body).toBe(many.body);
    expect(one.statements).toBe(1);
  });

  it.each(MORE)('answers like the loaders: %s', async (query, variables) => {
    expect((await answer(compiled, query, variables)).body).toBe(
      (await answer(loaders, query, variables)).body,
    );
  });

  it('compiles the time fields, stated dates and pages with their values (the comparison is not of nulls)', async () => {
    const { body } = await answer(compiled, DATED_ENTITY, { id: DATED_IDS.amt, asOf: '2025-02-28' });
    const entity = JSON.parse(body).data.entity;
    expect(entity.founded).toMatchObject({ date: '1998-01-01', precision: 'YEAR' });
    expect(entity.relations.edges.map((e: { node: { other: { id: string } } }) => e.node.other.id)).toEqual([
      DATED_IDS.berger,
    ]);
    expect(entity.relations.edges[0].node).toMatchObject({
      validFrom: '2017-05-01',
      validTo: '2025-02-28',
      precision: 'DAY',
      datedBy: [{ bound: 'FROM' }, { bound: 'TO' }],
      evidence: [{ page: 2, citedPage: 116 }],
    });
    expect(entity.timeline).toHaveLength(2);
    expect(entity.mentions.edges[0].node).toMatchObject({ page: 2, citedPage: 116 });
  });

  it('keeps the number of statements independent of the page size (no N+1), compiled or not', async () => {
    const list = (first: number) => `{ entities(type: PLACE, first: ${first}) { edges { node { name
      relations(first: 10) { totalCount edges { node { type other { name } evidence { quote document { title } } } } }
      mentions(first: 2) { totalCount } } } } }`;
    for (const app of [compiled, loaders]) {
      const fifty = (await answer(app, list(50))).statements;
      expect((await answer(app, list(5))).statements).toBe(fifty);
    }
    expect((await answer(compiled, list(50))).statements).toBe(1);
  });
});
