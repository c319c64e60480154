/**
 * No answer of the API tells where the server keeps its files: every REST route of the OpenAPI
 * description (exports included), a set of GraphQL queries and the guide are walked over the
 * seeded graph, one document of which carries an absolute path as an older load stored it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { seededApp } from '../support/seed.ts';

const seeded = seededApp();
const LEGACY_DOCUMENT = 'digitale-verwaltung-hessen-2023';
const LEGACY_FILE = `${PROJECT_ROOT}/seeds/documents/${LEGACY_DOCUMENT}.txt`;
let storedFile: string | null = null;

/** An absolute POSIX path of at least two segments, or a Windows drive path. */
const SERVER_PATH = /(?:^|[\s"'=(])\/(?:[\w.-]+\/)+[\w.-]+|^[A-Za-z]:\\/;

function leaks(text: string): string[] {
  const found: string[] = [];
  if (text.includes(PROJECT_ROOT)) found.push(`project root in: ${text.slice(0, 120)}`);
  return found;
}

/** Every string in a JSON value that is a server path or contains the project root. */
function pathStrings(value: unknown, at = '$'): string[] {
  if (typeof value === 'string') {
    return [
      ...leaks(value),
      ...(SERVER_PATH.test(value) && !value.startsWith('/api/') ? [`${at}: ${value}`] : []),
    ];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => pathStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => pathStrings(v, `${at}.${k}`));
  }
  return [];
}

const SAMPLE_PARAMS: Record<string, string> = {
  q: 'HZD',
  from: 'hzd',
  to: 'hessen-app',
};

function concreteUrl(route: string): string {
  const id = route.startsWith('/api/documents') ? LEGACY_DOCUMENT : 'hzd';
  return route.replace(/\{[^}]+\}/g, id);
}

beforeAll(async () => {
  const [row] = await seeded.executor.read<{ file: string | null }>(
    'MATCH (d:Document {id: $id}) RETURN d.file AS file',
    { id: LEGACY_DOCUMENT },
  );
  storedFile = row?.file ?? null;
  await seeded.executor.write('MATCH (d:Document {id: $id}) SET d.file = $file', {
    id: LEGACY_DOCUMENT,
    file: LEGACY_FILE,
  });
});

afterAll(async () => {
  await seeded.executor.write('MATCH (d:Document {id: $id}) SET d.file = $file', {
    id: LEGACY_DOCUMENT,
    file: storedFile,
  });
});

describe('no server path in any answer', () => {
  it('the loader stores only the file name', () => {
    expect(storedFile).toBe(`${LEGACY_DOCUMENT}.txt`);
  });

  it('holds for every GET route of the OpenAPI description', async () => {
    const spec = (await seeded.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const routes = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => 'get' in ops)
      .map(([route]) => route);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toContain('/api/documents/{id}/entities');
    for (const route of routes) {
      const url = new URL(concreteUrl(route), 'http://x');
      const parameters = ((spec.paths[route].get.parameters ?? []) as { name: string; in: string }[]).filter(
        (p) => p.in === 'query',
      );
      for (const p of parameters)
        if (SAMPLE_PARAMS[p.name]) url.searchParams.set(p.name, SAMPLE_PARAMS[p.name]!);
      const response = await seeded.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
      expect(response.statusCode, `${route}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
      const body = response.body;
      expect(leaks(body), route).toEqual([]);
      if (response.headers['content-type']?.toString().includes('json')) {
        expect(pathStrings(JSON.parse(body)), route).toEqual([]);
      } else {
        expect(body, route).not.toContain(LEGACY_FILE);
      }
    }
  });

  it('holds for GraphQL answers', async () => {
    const queries = [
      '{ documents { id title file date publisher sections { heading } entities(first: 100) { edges { node { id name description } } } } }',
      '{ entity(id: "hzd") { name relations(weak: true, first: 100) { edges { node { type evidence { quote section document { file title } } } } } mentions(first: 100) { edges { node { quote document { file } } } } documents { document { file } } } }',
      '{ search(text: "Hessen") { entity { id name description } } }',
      '{ stats { nodes relationships byType { type count } } relationTypes }',
      `{ document(id: "${LEGACY_DOCUMENT}") { file relations(weak: true, first: 100) { edges { node { key evidence { document { file } } } } } } }`,
      '{ pledgedAndDescribed(first: 100) { entity { id } pledges { quote document { file } } descriptions { mention { quote } } } }',
    ];
    for (const query of queries) {
      const response = await seeded.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      const body = response.json();
      expect(body.errors, query).toBeUndefined();
      expect(pathStrings(body), query).toEqual([]);
    }
    const file = (
      await seeded.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: `{ document(id: "${LEGACY_DOCUMENT}") { file } }` },
      })
    ).json().data.document.file;
    expect(file).toBe(`${LEGACY_DOCUMENT}.txt`);
  });

  it('holds for the explorer, the guide and the error answers', async () => {
    for (const url of ['/explore', '/guide', '/graphiql', '/api/entities/nope', '/api/documents/%00']) {
      const response = await seeded.app.inject({ method: 'GET', url });
      expect(leaks(response.body), url).toEqual([]);
    }
  });
});
