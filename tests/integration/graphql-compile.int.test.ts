import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';
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

beforeAll(async () => {
  await applyMigrations(executor);
  await createApiGraph(executor);
  compiled = await buildApp(config, { logger: false });
  loaders = await buildApp(testConfig({ ...settings, GRAPHQL_COMPILE: 'false' }), { logger: false });
});

afterAll(async () => {
  await compiled?.close();
  await loaders?.close();
  await removeApiGraph(executor);
  await executor.driver.close();
});

async function answer(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}) {
  const before = app.executor.queryCount;
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return { body: response.body, statements: app.executor.queryCount - before };
}

const ENTITY = `query($id: ID!) { entity(id: $id) {
  id name type aliases description titles origin
  relations(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    type direction confidence evidenceCount key method documentIds
    other { id name type } from { id } to { id }
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

const MORE: [string, Record<string, unknown>][] = [
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
