import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES, operationName } from '../../src/api/graphiql/examples.ts';
import { ensureSeeded, seededApp } from '../support/seed.ts';

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

describe('what a researcher sees first (the acceptance of the explorer and search work)', () => {
  it('lists the entities of every document, with mention counts', async () => {
    const { body } = await gql<{
      documents: { id: string; entities: { totalCount: number; edges: { mentionCount: number }[] } }[];
    }>('{ documents { id entities(first: 5) { totalCount edges { mentionCount } } } }');
    const documents = body.data?.documents ?? [];
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(document.entities.totalCount, document.id).toBeGreaterThan(0);
      expect(document.entities.edges[0]?.mentionCount, document.id).toBeGreaterThan(0);
    }
  });

  it('"Staatssekretär" finds the people holding that office', async () => {
    const { body } = await gql<{
      search: { matchedOn: string[]; entity: { type: string; name: string; description: string | null } }[];
    }>('{ search(text: "Staatssekretär", first: 5) { matchedOn entity { type name description } } }');
    const hits = body.data?.search ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.entity.type).toBe('PERSON');
    expect(hits[0]?.matchedOn.some((m) => m === 'ROLE' || m === 'DESCRIPTION')).toBe(true);
  });

  it('"EfA" finds what is described with the acronym', async () => {
    const { body } = await gql<{
      search: { entity: { name: string; aliases: string[]; description: string | null } }[];
    }>('{ search(text: "EfA", first: 3) { entity { name aliases description } } }');
    const [top] = body.data?.search ?? [];
    expect([top?.entity.name, ...(top?.entity.aliases ?? []), top?.entity.description].join(' ')).toMatch(
      /EfA/,
    );
  });

  it('stores the short caption Browser draws, and a load puts a stale one right', async () => {
    const caption = async () =>
      (
        await executor.read<{ caption: string }>(
          "MATCH (e:Entity {id: 'ministerium-digitalisierung-innovation'}) RETURN e.caption AS caption",
        )
      )[0]?.caption;
    expect(await caption()).toBe('HMDI');
    await executor.write(
      "MATCH (e:Entity {id: 'ministerium-digitalisierung-innovation'}) SET e.caption = 'Hessisches Ministerium für Digitali'",
    );
    await ensureSeeded(executor);
    expect(await caption()).toBe('HMDI');
  });
});

describe('GraphiQL examples over the seeded graph', () => {
  it('are titled with their questions: the tab shows the operation name', () => {
    for (const example of GRAPHIQL_EXAMPLES) {
      expect(example.title).toMatch(/\?$/);
      expect(example.query).toContain(`query ${operationName(example.title)}`);
    }
    expect(operationName('Who heads which ministry?')).toBe('WhoHeadsWhichMinistry');
  });

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
