/**
 * The cross-document view on the seeded graph: Entity.documents and its REST route, and the
 * pledged-and-described comparison over GraphQL and REST, with its validation and its heuristic.
 */
import { describe, expect, it } from 'vitest';
import { BROCHURE, PLEDGE_DOCUMENT as PLEDGES } from '../../docs/tour/tour.ts';
import { classifyDescription, overallStatus } from '../../src/api/read/description-status.ts';
import { testConfig } from '../support/context.ts';
import { seededApp } from '../support/seed.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies, asserted field by field
type Json = any;

const SIX = [
  'hessisches-landeskriminalamt',
  'hzd',
  'zit',
  'hessisches-e-government-gesetz',
  'hessen-app',
  'breitband-portal',
];

const seeded = seededApp(testConfig({ RATE_LIMIT_MAX: '100000', QUERY_TIMEOUT_MS: '60000' }));

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await seeded.app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
  });
  const body = response.json();
  return { status: response.statusCode, data: body.data as Json, errors: body.errors as Json[] | undefined };
}

const get = async (url: string) => {
  const response = await seeded.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Json };
};

const COMPARE = `query($p: ID, $d: ID, $status: [DescriptionStatus!], $first: Int) {
  pledgedAndDescribed(pledgeDocument: $p, describedIn: $d, status: $status, first: $first) {
    status
    entity { id name documents { document { id } mentionCount } }
    pledges { quote page citedPage section document { id } }
    descriptions { status cues mention { quote section surface document { id } } }
  }
}`;

describe('the description heuristic', () => {
  it.each([
    ['Ab dem Frühjahr 2023 bietet zudem die Hessen-App Verwaltungsleistungen.', 'RUNNING', ['bietet']],
    ['So steht dem Landeskriminalamt eine Forensikplattform zur Verfügung.', 'RUNNING', ['steht']],
    [
      'Das im Rahmen des OZG eingeführte Beteiligungsportal Hessen bietet Angebote.',
      'RUNNING',
      ['eingeführte', 'bietet'],
    ],
    ['Die Verfahrenscloud Hessen bei der HZD soll bis 2025 zu einer Multicloud werden.', 'PLANNED', ['soll']],
    ['2023 wird eine große Zahl der Gerichte im Land folgen.', 'PLANNED', ['wird … folgen']],
    [
      'Die Hälfte der Behörden nutzt die EfA-Leistung, die deutschlandweit genutzt wird.',
      'RUNNING',
      ['nutzt', 'genutzt'],
    ],
    ['Das Angebot ist aktiv und soll ausgeweitet werden.', 'MIXED', ['ist', 'aktiv', 'soll']],
    ['Digitaler Führerscheinantrag', 'UNCLEAR', []],
  ] as const)('%s → %s', (sentence, status, cues) => {
    expect(classifyDescription(sentence)).toEqual({ status, cues: [...cues] });
  });

  it('ranks an entity by its most "running" sentence', () => {
    expect(overallStatus(['PLANNED', 'RUNNING'])).toBe('RUNNING');
    expect(overallStatus(['PLANNED', 'MIXED'])).toBe('MIXED');
    expect(overallStatus(['UNCLEAR', 'PLANNED'])).toBe('PLANNED');
    expect(overallStatus([])).toBe('UNCLEAR');
  });
});

describe('Entity.documents and GET /api/entities/:id/documents', () => {
  it('count mentions per document, most first, the same over GraphQL and REST', async () => {
    const { data, errors } = await gql(
      '{ entity(id: "hzd") { documents { mentionCount document { id title } } } }',
    );
    expect(errors).toBeUndefined();
    const graphql = data.entity.documents.map((d: Json) => [d.document.id, d.mentionCount]);
    expect(graphql).toEqual([
      [BROCHURE, 4],
      [PLEDGES, 2],
    ]);
    const rest = await get('/api/entities/hzd/documents');
    expect(rest.status).toBe(200);
    expect(rest.body.entity).toMatchObject({ id: 'hzd', type: 'AGENCY' });
    expect(rest.body.mentionCount).toBe(6);
    expect(rest.body.documents.map((d: Json) => [d.document.id, d.mentionCount])).toEqual(graphql);
    expect(rest.body.documents[0].document.title).toMatch(/Digitale Verwaltung/);
  });

  it('is 404 NOT_FOUND for an unknown entity', async () => {
    const rest = await get('/api/entities/no-such-entity/documents');
    expect(rest.status).toBe(404);
    expect(rest.body.error.code).toBe('NOT_FOUND');
  });
});

describe('Query.pledgedAndDescribed', () => {
  it('finds the pledged entities the brochure describes, with pages, quotes and statuses', async () => {
    const { data, errors } = await gql(COMPARE, { p: PLEDGES, d: BROCHURE });
    expect(errors).toBeUndefined();
    const items = data.pledgedAndDescribed;
    expect(items.map((c: Json) => c.entity.id)).toEqual(SIX);
    for (const c of items) {
      expect(c.pledges.length).toBeGreaterThan(0);
      for (const p of c.pledges) expect(p.document.id).toBe(PLEDGES);
      for (const d of c.descriptions) expect(d.mention.document.id).toBe(BROCHURE);
      expect(c.entity.documents.map((d: Json) => d.document.id).sort()).toEqual([BROCHURE, PLEDGES]);
    }
    const hzd = items.find((c: Json) => c.entity.id === 'hzd');
    expect(hzd.status).toBe('RUNNING');
    expect(hzd.pledges).toEqual([
      expect.objectContaining({
        page: null,
        citedPage: 44,
        section: 'Innenpolitik',
        quote: expect.stringContaining('Ausbau der Hessischen Zentrale'),
      }),
    ]);
    // One description per sentence: "HZD" and its long name in one sentence count once.
    expect(hzd.descriptions.map((d: Json) => d.status)).toEqual(['RUNNING', 'PLANNED', 'PLANNED']);
    expect(hzd.descriptions[0]).toMatchObject({
      cues: ['erfährt', 'seit'],
      mention: { section: 'Strategie Digitale Verwaltung Hessen 4.0' },
    });
    const app_ = items.find((c: Json) => c.entity.id === 'hessen-app');
    expect(app_.pledges[0]).toMatchObject({ citedPage: 57, section: 'Digitalpolitik' });
  });

  it('gives the same answer with the defaults (pledges from any document, descriptions from the others)', async () => {
    const explicit = await gql(COMPARE, { p: PLEDGES, d: BROCHURE });
    const defaults = await gql(COMPARE);
    expect(defaults.errors).toBeUndefined();
    expect(defaults.data).toEqual(explicit.data);
  });

  it('filters by status and clamps first', async () => {
    const planned = await gql(COMPARE, { status: ['PLANNED', 'UNCLEAR'] });
    expect(planned.errors).toBeUndefined();
    expect(planned.data.pledgedAndDescribed).toEqual([]);
    const two = await gql(COMPARE, { status: ['RUNNING'], first: 2 });
    expect(two.data.pledgedAndDescribed.map((c: Json) => c.entity.id)).toEqual(SIX.slice(0, 2));
    const none = await gql(COMPARE, { first: -5 });
    expect(none.data.pledgedAndDescribed).toEqual([]);
  });

  it('is empty when the describing document holds no pledges the other describes', async () => {
    const { data, errors } = await gql(COMPARE, { p: BROCHURE, d: PLEDGES });
    expect(errors).toBeUndefined();
    expect(data.pledgedAndDescribed).toEqual([]);
  });

  it('refuses unknown documents (NOT_FOUND) and one document on both sides (BAD_USER_INPUT)', async () => {
    const unknown = await gql(COMPARE, { p: 'no-such-document' });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const same = await gql(COMPARE, { p: PLEDGES, d: PLEDGES });
    expect(same.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const badEnum = await gql(COMPARE, { status: ['DONE'] });
    expect(badEnum.errors?.length).toBeGreaterThan(0);
  });
});

describe('GET /api/compare/pledged-described', () => {
  it('returns what GraphQL returns', async () => {
    const rest = await get(
      `/api/compare/pledged-described?pledgeDocument=${PLEDGES}&describedIn=${BROCHURE}&status=RUNNING`,
    );
    expect(rest.status).toBe(200);
    expect(rest.body).toMatchObject({ pledgeDocument: PLEDGES, describedIn: BROCHURE });
    expect(rest.body.items.map((c: Json) => c.entity.id)).toEqual(SIX);
    const hzd = rest.body.items[1];
    expect(hzd).toMatchObject({
      status: 'RUNNING',
      entity: { id: 'hzd', name: 'Hessische Zentrale für Datenverarbeitung' },
    });
    expect(hzd.pledges[0]).toMatchObject({ page: null, citedPage: 44, documentId: PLEDGES });
    expect(hzd.descriptions[1]).toMatchObject({
      status: 'PLANNED',
      cues: ['soll'],
      mention: { documentId: BROCHURE, surface: 'HZD' },
    });
  });

  it.each([
    ['status=DONE', 400, 'BAD_USER_INPUT'],
    ['limit=0', 400, 'BAD_USER_INPUT'],
    ['limit=abc', 400, 'BAD_USER_INPUT'],
    ['pledgeDocument=../etc', 400, 'BAD_USER_INPUT'],
    [`pledgeDocument=${PLEDGES}&describedIn=${PLEDGES}`, 400, 'BAD_USER_INPUT'],
    ['describedIn=no-such-document', 404, 'NOT_FOUND'],
  ])('?%s → %i %s', async (query, status, code) => {
    const rest = await get(`/api/compare/pledged-described?${query}`);
    expect(rest.status).toBe(status);
    expect(rest.body.error.code).toBe(code);
  });

  it('is declared in the OpenAPI document with both routes', async () => {
    const { body } = await get('/openapi.json');
    expect(
      body.paths['/api/compare/pledged-described'].get.parameters.map((p: Json) => p.name).sort(),
    ).toEqual(['describedIn', 'limit', 'pledgeDocument', 'status']);
    expect(body.paths['/api/entities/{id}/documents'].get).toBeDefined();
  });
});
