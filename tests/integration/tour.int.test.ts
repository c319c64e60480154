/**
 * Keeps the README's research tour true: every question's GraphQL and Cypher run against the seeded
 * graph and must return the facts docs/tour/tour.ts expects, and the README section of each question
 * must show both queries and those facts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, TOUR, type TourStop } from '../../docs/tour/tour.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { testConfig } from '../support/context.ts';
import { seededApp } from '../support/seed.ts';

const seeded = seededApp(testConfig({ RATE_LIMIT_MAX: '100000', QUERY_TIMEOUT_MS: '60000' }));
const { executor } = seeded;

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

/** The text of a `## ` chapter from its heading to the next `## ` heading. */
function chapter(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

const tourChapter = () => chapter('Research tour');

/** The README section of one stop: from `### <n>. ` to the next `### ` (or the chapter's end). */
function section(stop: TourStop): string {
  const chapter = tourChapter();
  const start = chapter.indexOf(`\n### ${stop.n}. `);
  expect(start, `README has "### ${stop.n}. …"`).toBeGreaterThan(-1);
  const end = chapter.indexOf('\n### ', start + 1);
  return chapter.slice(start, end === -1 ? undefined : end);
}

async function graphql(stop: TourStop): Promise<unknown> {
  const response = await seeded.app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query: stop.graphql, variables: stop.variables },
  });
  const body = response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(response.statusCode).toBe(200);
  return body.data;
}

const stops = TOUR.map((stop) => [`${stop.n}. ${stop.title}`, stop] as const);

describe('the research tour', () => {
  it('has five questions, numbered 1 to 5', () => {
    expect(TOUR.map((s) => s.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(stops)('%s: the GraphQL answer holds every expected fact', async (_title, stop) => {
    const facts = stop.graphqlFacts(await graphql(stop)).map(normalise);
    for (const fact of stop.expected) expect(facts, fact).toContain(normalise(fact));
  });

  it.each(stops)('%s: the Cypher answer holds every expected fact', async (_title, stop) => {
    const rows = await executor.read<Record<string, unknown>>(stop.cypher);
    const facts = stop.cypherFacts(rows).map(normalise);
    for (const fact of stop.expectedCypher ?? stop.expected) expect(facts, fact).toContain(normalise(fact));
  });

  it.each(stops)('%s: the README shows both queries and the answer', (_title, stop) => {
    const text = section(stop);
    expect(text).toContain(stop.title);
    const flat = normalise(text);
    // Whitespace-insensitive: the README may lay a query out differently.
    expect(flat).toContain(normalise(stop.graphql));
    expect(flat).toContain(normalise(stop.cypher));
    expect(flat).toContain(normalise(JSON.stringify(stop.variables)));
    for (const fact of [...stop.expected, ...(stop.expectedCypher ?? [])]) {
      expect(flat, fact).toContain(normalise(fact));
    }
  });
});

describe('the README section "Neo4j Browser"', () => {
  const text = chapter('Neo4j Browser');
  const blocks = [...text.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('names the login, the style, the guide and the exports', () => {
    for (const needle of [
      'http://127.0.0.1:7474/browser/',
      'bolt://127.0.0.1:7687',
      'hessen-kg-local',
      'neo4j/hessen-kg.grass',
      ':style http://127.0.0.1:4000/guide/hessen-kg.grass',
      ':play http://127.0.0.1:4000/guide',
      'browser.remote_content_hostname_whitelist',
      'npm run export -- --format graphml|csv|jsonld|all',
      '/api/export/graph.graphml',
      '/api/export/graph.jsonld',
    ]) {
      expect(text).toContain(needle);
    }
  });

  it('serves the style and the guide it points at', async () => {
    expect((await seeded.app.inject({ method: 'GET', url: '/guide/hessen-kg.grass' })).statusCode).toBe(200);
    expect((await seeded.app.inject({ method: 'GET', url: '/guide' })).statusCode).toBe(200);
  });

  it('shows Cypher examples that answer on the seeded graph', async () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const cypher of blocks) {
      const rows = await executor.read(cypher);
      expect(rows.length, cypher).toBeGreaterThan(0);
    }
  });
});
