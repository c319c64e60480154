import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/api/graphiql/examples.ts';
import { seededApp } from '../support/seed.ts';

/** The API over the graph `npm start` loads: what a researcher sees on day one. */
const seeded = seededApp();
const { executor } = seeded;

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const response = await seeded.app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
  });
  return {
    status: response.statusCode,
    body: response.json() as { data?: T; errors?: { extensions?: { code?: string } }[] },
  };
}

async function topHit(text: string): Promise<string | undefined> {
  const { body } = await gql<{ search: { entity: { id: string } }[] }>(
    'query($text: String!) { search(text: $text, first: 3) { entity { id } } }',
    { text },
  );
  return body.data?.search[0]?.entity.id;
}

describe('search over the seeded graph', () => {
  it.each([
    ['Hessen App', 'hessen-app'],
    ['HessenApp', 'hessen-app'],
    ['hzd', 'hzd'],
    ['Onlinezugangsgesetz', 'ozg'],
    ['des Onlinezugangsgesetzes', 'ozg'],
    ['Digitalministerium', 'ministerium-digitalisierung-innovation'],
    ['Fuehrerscheinantrag', 'fuehrerscheinantrag'],
    ['HMD', 'ministerium-digitalisierung-innovation'],
  ])('"%s" finds %s first', async (text, id) => {
    expect(await topHit(text)).toBe(id);
  });
});

describe('researcher questions', () => {
  it('answers who heads which ministry, with the quote of the cabinet table', async () => {
    const { body } = await gql<{
      entity: {
        relations: {
          edges: { node: { type: string; other: { type: string }; evidence: { quote: string }[] } }[];
        };
      };
    }>(`{ entity(id: "kristina-sinemus") { relations(types: ["HEADS"], direction: OUT) {
          edges { node { type other { type } evidence { quote } } } } } }`);
    const heads = body.data?.entity.relations.edges[0]?.node;
    expect(heads?.other.type).toBe('MINISTRY');
    expect(heads?.evidence[0]?.quote).toContain('Ministerin für Digitalisierung und Innovation');
  });

  it('finds a path from a minister to an EfA service', async () => {
    const { body } = await gql<{ path: { length: number; nodes: { id: string }[] } | null }>(
      '{ path(from: "kristina-sinemus", to: "fuehrerscheinantrag", maxHops: 6) { length nodes { id } } }',
    );
    expect(body.data?.path?.nodes[0]?.id).toBe('kristina-sinemus');
    expect(body.data?.path?.nodes.at(-1)?.id).toBe('fuehrerscheinantrag');
    expect(body.data?.path?.length).toBeGreaterThan(0);
  });

  it('pages through all relations of a well-connected entity without overlap', async () => {
    const query = `query($after: String) { entity(id: "land-hessen") {
      relations(first: 7, after: $after, weak: true) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { type direction other { id } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    type Page = {
      entity: {
        relations: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { type: string; direction: string; other: { id: string } } }[];
        };
      };
    };
    for (let page = 0; page < 50; page++) {
      const result: { body: { data?: Page } } = await gql<Page>(query, { after });
      const rel = result.body.data?.entity.relations;
      if (!rel) throw new Error(JSON.stringify(result.body));
      total = rel.totalCount;
      seen.push(...rel.edges.map((e) => `${e.node.type}/${e.node.direction}/${e.node.other.id}`));
      if (!rel.pageInfo.hasNextPage) break;
      after = rel.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('reports stats that match the graph', async () => {
    const { body } = await gql<{ stats: { documents: number; entities: number } }>(
      '{ stats { documents entities } }',
    );
    const [row] = await executor.read<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    expect(body.data?.stats).toEqual({ documents: 2, entities: row?.n });
  });
});

describe('GraphiQL examples over the seeded graph', () => {
  it.each(GRAPHIQL_EXAMPLES.map((example) => [example.title, example] as const))(
    '%s: answers without errors and with something to read',
    async (_title, example) => {
      const { status, body } = await gql(example.query, example.variables ?? {});
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const [root] = Object.values(body.data ?? {});
      expect(Array.isArray(root) ? root.length : root).toBeTruthy();
    },
  );
});
