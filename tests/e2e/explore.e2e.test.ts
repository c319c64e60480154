import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreRoutes } from '../../src/api/explore.ts';
import { buildApp } from '../../src/app.ts';
import type { Executor } from '../../src/db/executor.ts';
import { CAPTION_MAX } from '../../src/graph/caption.ts';
import { testConfig, testExecutor } from '../support/context.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '__screenshots__');
/** Generous: the machine may be shared with other Neo4j-backed test runs. */
const TIMEOUT = 150_000;

/** What the page exposes as `window.__explorer`, as far as these tests touch it. */
interface CyElement {
  id(): string;
  hasClass(name: string): boolean;
  data(key: string): unknown;
  style(key: string): string;
  emit(event: string): void;
  connectedEdges(): CyCollection;
  renderedWidth(): number;
  renderedBoundingBox(options: Record<string, boolean>): { x1: number; x2: number; y1: number; y2: number };
}
interface CyCollection {
  length: number;
  map<T>(fn: (element: CyElement) => T): T[];
  filter(fn: (element: CyElement) => boolean): CyCollection;
  [index: number]: CyElement;
}
/** Functions passed to the page run there: they reach the explorer through `window`, not closures. */
interface ExplorerWindow {
  __explorer: {
    cy: {
      zoom(): number;
      nodes(selector?: string): CyCollection;
      edges(selector?: string): CyCollection;
      getElementById(id: string): CyElement & CyCollection;
    };
  };
}

/**
 * The seeded graph (both documents). Until the ingest pipeline behind `ensureSeeded` is in
 * place, a small hand-made graph around the HZD stands in, so the page can still be driven.
 */
async function seed(executor: Executor): Promise<'seeded' | 'fixture'> {
  try {
    const { ensureSeeded } = await import('../support/seed.ts');
    await ensureSeeded(executor);
    return 'seeded';
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.warn(`explore e2e: seeding unavailable (${(error as Error).message}); using a fixture graph`);
    const [{ applyMigrations }, { writeBatch }, { entity, makeBatch }] = await Promise.all([
      import('../../src/db/migrations.ts'),
      import('../../src/graph/writer.ts'),
      import('../support/batches.ts'),
    ]);
    await applyMigrations(executor);
    const text =
      'Die HZD betreibt die Hessen-App. Die HZD entwickelt die Verfahrenscloud. ' +
      'Das Digitalministerium ist für die HZD zuständig. Die HZD setzt das Onlinezugangsgesetz um.';
    await writeBatch(
      executor,
      makeBatch('explore-e2e-fixture', text, {
        entities: [
          entity('hzd', 'AGENCY', 'HZD', ['Hessische Zentrale für Datenverarbeitung']),
          entity('hessen-app', 'PLATFORM', 'Hessen-App'),
          entity('verfahrenscloud', 'PLATFORM', 'Verfahrenscloud'),
          entity('hmdi', 'MINISTRY', 'Digitalministerium'),
          entity('ozg', 'LAW', 'Onlinezugangsgesetz', ['OZG']),
        ],
        relations: [
          ['hzd', 'OPERATES', 'hessen-app', 'Die HZD betreibt die Hessen-App.'],
          ['hzd', 'DEVELOPS', 'verfahrenscloud', 'Die HZD entwickelt die Verfahrenscloud.'],
          ['hmdi', 'RESPONSIBLE_FOR', 'hzd', 'Das Digitalministerium ist für die HZD zuständig.'],
          ['hzd', 'BASED_ON', 'ozg', 'Die HZD setzt das Onlinezugangsgesetz um.'],
        ],
      }),
    );
    return 'fixture';
  }
}

describe('explorer page /explore (headless Chromium)', () => {
  let app: FastifyInstance | undefined;
  let executor: Executor | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run \`node scripts/install-chromium.mjs\` (root) first`);
    }
    // Seeding writes a whole document per transaction: give it more than the API's query limit.
    executor = testExecutor(testConfig({ QUERY_TIMEOUT_MS: '120000' }));
    await seed(executor);
    // A shared, loaded machine: give the API's queries room (speed is benchmarked, not asserted here).
    app = await buildApp(testConfig({ QUERY_TIMEOUT_MS: '60000' }), { logger: false });
    if (!app.hasRoute({ method: 'GET', url: '/explore' })) await app.register(exploreRoutes);
    await app.ready();
    if (!app.hasRoute({ method: 'POST', url: '/graphql' })) {
      throw new Error('POST /graphql is not registered in src/app.ts: the explorer needs the GraphQL API');
    }
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await executor?.driver.close();
  });

  async function openPage(): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(25_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/explore`);
    return page;
  }

  /** Waits until the page is done loading and returns its status line; fails with it on an error. */
  async function settled(page: Page): Promise<string> {
    await page.waitForFunction(() => document.getElementById('status')?.dataset.state !== 'loading');
    const [state, text] = await page.evaluate(() => {
      const status = document.getElementById('status')!;
      return [status.dataset.state, status.textContent?.trim() ?? ''];
    });
    expect(state, `page status: ${text}`).toBe('ready');
    return text;
  }

  it(
    'serves the page and its assets with content types and no inline script',
    async () => {
      const html = await app!.inject({ method: 'GET', url: '/explore' });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.headers['content-security-policy']).toContain("script-src 'self'");
      const scripts = html.body.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/explore\//);
      expect(html.body).not.toMatch(/<script\b[^>]*>[^<\s]/);

      for (const [url, type] of [
        ['/explore/explore.js', 'text/javascript; charset=utf-8'],
        ['/explore/explore.css', 'text/css; charset=utf-8'],
        ['/explore/vendor/cytoscape.min.js', 'text/javascript; charset=utf-8'],
      ] as const) {
        const response = await app!.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type'], url).toBe(type);
      }
      const slash = await app!.inject({ method: 'GET', url: '/explore/' });
      expect(slash.statusCode).toBe(301);
      expect(slash.headers.location).toBe('/explore');
      for (const url of ['/explore/index.html', '/explore/..%2Fexplore.ts', '/explore/vendor/cytoscape.js']) {
        expect((await app!.inject({ method: 'GET', url })).statusCode, url).toBe(404);
      }
    },
    TIMEOUT,
  );

  it(
    'searches "HZD", draws its coloured neighbourhood and opens an edge’s evidence',
    async () => {
      const page = await openPage();
      expect(await page.locator('label[for="search"]').count()).toBe(1);

      // Search with the keyboard: type and press Enter.
      await page.fill('#search', 'HZD');
      await page.press('#search', 'Enter');
      const searchStatus = await settled(page);
      // Exact name/alias matches rank first, so the first AGENCY hit naming the HZD is the one.
      const agencyHits = page
        .locator('#results li[data-type="AGENCY"]')
        .filter({ hasText: /HZD|Zentrale für Datenverarbeitung/ });
      expect(await agencyHits.count(), `no AGENCY hit for HZD (${searchStatus})`).toBeGreaterThan(0);
      const hzdHit = agencyHits.first();
      const hzdId = await hzdHit.getAttribute('data-id');
      expect(hzdId).toBeTruthy();
      await hzdHit.locator('button').click();

      // Its neighbourhood is drawn: the entity plus its claimed neighbours (weak links are opt-in).
      const entityStatus = await settled(page);
      const nodes = await page.evaluate(() =>
        (window as unknown as ExplorerWindow).__explorer.cy
          .nodes()
          .map((n) => ({ id: n.id(), type: n.data('type') as string, color: n.style('background-color') })),
      );
      expect(nodes.length, entityStatus).toBeGreaterThanOrEqual(3);
      expect(nodes.map((n) => n.id)).toContain(hzdId);
      expect(await page.textContent('#entity-title')).toBeTruthy();

      // Coloured by type: one colour per type, different types never share one.
      const colorByType = new Map<string, Set<string>>();
      for (const n of nodes) colorByType.set(n.type, (colorByType.get(n.type) ?? new Set()).add(n.color));
      expect(colorByType.size).toBeGreaterThanOrEqual(2);
      for (const colors of colorByType.values()) expect(colors.size).toBe(1);
      const colors = [...colorByType.values()].map((set) => [...set][0]);
      expect(new Set(colors).size).toBe(colorByType.size);

      // Open the evidence of HZD's most confident edge that has evidence.
      const expected = await page.evaluate((id) => {
        const [edge] = (window as unknown as ExplorerWindow).__explorer.cy
          .getElementById(id)
          .connectedEdges()
          .filter((e) => (e.data('evidence') as unknown[]).length > 0)
          .map((e) => e)
          .sort((a, b) => (b.data('confidence') as number) - (a.data('confidence') as number));
        if (!edge) return null;
        edge.emit('tap');
        const [first] = edge.data('evidence') as {
          quote: string;
          page: number | null;
          citedPage: number | null;
          document: { title: string };
        }[];
        return {
          type: edge.data('type') as string,
          quote: first!.quote,
          title: first!.document.title,
          page: first!.page,
          citedPage: first!.citedPage,
        };
      }, hzdId!);
      expect(expected, 'an HZD edge with evidence').not.toBeNull();
      await page.waitForSelector('#evidence-panel:not([hidden])');
      const quotes = await page.locator('#evidence-panel .quote').allTextContents();
      expect(quotes).toContain(expected!.quote);
      expect(await page.locator('#evidence-panel .doc').allTextContents()).toContain(expected!.title);
      // Where the passage stands, or that the source gives no page (text files have none).
      const where = await page.locator('#evidence-panel .page').first().textContent();
      if (expected!.page != null) expect(where).toContain(`S. ${expected!.page}`);
      else if (expected!.citedPage == null) expect(where).toBe('keine Seitenangabe');
      expect(await page.textContent('#evidence-relation')).toContain(expected!.type);
      expect(await page.textContent('#evidence-confidence')).toMatch(/\d,\d\d|unbekannt/);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'explore-hzd.png') });

      // Clicking a neighbour expands it in place: the graph only grows, nothing is duplicated.
      const before = await page.evaluate(() => ({
        nodes: (window as unknown as ExplorerWindow).__explorer.cy.nodes().length,
        edges: (window as unknown as ExplorerWindow).__explorer.cy.edges().length,
      }));
      const neighbour = nodes.find((n) => n.id !== hzdId)!;
      // A block body: returning the collection would make Playwright serialise the whole graph.
      await page.evaluate((id) => {
        (window as unknown as ExplorerWindow).__explorer.cy.getElementById(id).emit('tap');
      }, neighbour.id);
      await settled(page);
      expect(
        await page.evaluate(
          (id) => (window as unknown as ExplorerWindow).__explorer.cy.nodes(`[id = "${id}"].expanded`).length,
          neighbour.id,
        ),
      ).toBe(1);
      const after = await page.evaluate(() => ({
        nodes: (window as unknown as ExplorerWindow).__explorer.cy.nodes().length,
        edges: (window as unknown as ExplorerWindow).__explorer.cy.edges().length,
        edgeKeys: (window as unknown as ExplorerWindow).__explorer.cy
          .edges()
          .map((e) => `${e.data('source')}|${e.data('type')}|${e.data('target')}`),
      }));
      expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
      expect(after.edges).toBeGreaterThanOrEqual(before.edges);
      expect(new Set(after.edgeKeys).size).toBe(after.edgeKeys.length);

      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'hides weak links until asked, filters by the legend and keeps a 40-node view readable',
    async () => {
      // The seeded entity with the most weak links: they must stay out of the first drawing.
      const weakest = await app!.inject({
        method: 'POST',
        url: '/graphql',
        payload: {
          query: `{ entities(first: 100) { edges { node { id
            relations(types: ["CO_OCCURS_WITH"], first: 0) { totalCount } } } } }`,
        },
      });
      const [hub] = (
        weakest.json().data.entities.edges as { node: { id: string; relations: { totalCount: number } } }[]
      )
        .map((e) => e.node)
        .sort((a, b) => b.relations.totalCount - a.relations.totalCount);
      expect(hub!.relations.totalCount, 'the seeded graph has weak links').toBeGreaterThan(0);

      const page = await openPage();
      await page.goto(`${baseUrl}/explore?id=${encodeURIComponent(hub!.id)}`);
      await settled(page);
      const count = (selector: string) =>
        page.evaluate((s) => (window as unknown as ExplorerWindow).__explorer.cy.edges(s).length, selector);
      expect(await count('[type = "CO_OCCURS_WITH"]')).toBe(0);
      expect(await page.isChecked('#weak-toggle')).toBe(false);

      // The toggle draws them, dashed and labelled in German.
      await page.check('#weak-toggle');
      await page.waitForFunction(
        () =>
          (window as unknown as ExplorerWindow).__explorer.cy.edges('[type = "CO_OCCURS_WITH"]').length > 0,
      );
      await settled(page);
      const weakEdge = await page.evaluate(() => {
        const edge = (window as unknown as ExplorerWindow).__explorer.cy.edges(
          '[type = "CO_OCCURS_WITH"]',
        )[0]!;
        return { label: edge.data('label'), line: edge.style('line-style') };
      });
      expect(weakEdge).toEqual({ label: 'im selben Satz genannt', line: 'dashed' });

      // A legend entry filters: the weak links disappear from the drawing, and come back.
      const weakFilter = page.locator('#legend-relations li[data-type="CO_OCCURS_WITH"] button');
      await weakFilter.click();
      expect(await weakFilter.getAttribute('aria-pressed')).toBe('false');
      expect(await count('[type = "CO_OCCURS_WITH"]:visible')).toBe(0);
      await weakFilter.click();
      expect(await count('[type = "CO_OCCURS_WITH"]:visible')).toBeGreaterThan(0);
      // An entity-type entry hides the nodes of that type and their edges.
      const type = await page.evaluate(
        (id) => (window as unknown as ExplorerWindow).__explorer.cy.nodes(`[id != "${id}"]`)[0]!.data('type'),
        hub!.id,
      );
      // The drawing follows the click asynchronously (a layout may still place nodes): wait for it.
      const visibleOfType = () =>
        page.evaluate(
          (t) => (window as unknown as ExplorerWindow).__explorer.cy.nodes(`[type = "${t}"]:visible`).length,
          type,
        );
      await page.locator(`#legend-list li[data-type="${type}"] button`).click();
      await expect.poll(visibleOfType).toBe(0);
      await page.locator(`#legend-list li[data-type="${type}"] button`).click();
      await expect.poll(visibleOfType).toBeGreaterThan(0);

      // Unticked, the weak links leave the drawing again: the 40-node view is the default one.
      await page.uncheck('#weak-toggle');
      await page.waitForFunction(
        () =>
          (window as unknown as ExplorerWindow).__explorer.cy.edges('[type = "CO_OCCURS_WITH"]').length === 0,
      );
      await settled(page);

      // Grow the view to 40 nodes by expanding the best-connected neighbours.
      for (let round = 0; round < 30; round++) {
        const next = await page.evaluate(() => {
          const { cy } = (window as unknown as ExplorerWindow).__explorer;
          if (cy.nodes().length >= 40) return null;
          const open = cy
            .nodes(':visible')
            .filter((n) => !n.hasClass('expanded'))
            .map((n) => ({ id: n.id(), degree: n.connectedEdges().length }));
          open.sort((a, b) => b.degree - a.degree);
          return open[0]?.id ?? null;
        });
        if (next === null) break;
        await page.evaluate((id) => {
          (window as unknown as ExplorerWindow).__explorer.cy.getElementById(id).emit('tap');
        }, next);
        await settled(page);
      }
      const view = await page.evaluate(() => {
        const { cy } = (window as unknown as ExplorerWindow).__explorer;
        const zoom = cy.zoom();
        const nodes = cy.nodes(':visible');
        const labelled = nodes.filter((n) => n.style('label') !== '');
        return {
          zoom,
          nodes: nodes.length,
          edges: cy.edges(':visible').length,
          weak: cy.edges('[type = "CO_OCCURS_WITH"]').length,
          sizes: nodes.map((n) => Number(n.data('size'))),
          fonts: labelled.map((n) => Number.parseFloat(n.style('font-size')) * zoom),
          labelled: labelled.length,
          // On screen: the smallest dot, and the label boxes (they must not cover one another).
          smallest: Math.min(...nodes.map((n) => n.renderedWidth())),
          boxes: labelled.map((n) =>
            n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
          ),
          captions: nodes.map((n) => String(n.data('caption')).length),
          codes: cy.edges().filter((e) => e.data('label') === e.data('type')).length,
        };
      });
      console.info(
        `explore e2e: ${view.nodes} nodes, ${view.edges} edges, zoom ${view.zoom.toFixed(2)}, ` +
          `${view.labelled} labelled at ${Math.min(...view.fonts).toFixed(1)}–${Math.max(...view.fonts).toFixed(1)} px, ` +
          `node sizes ${Math.min(...view.sizes)}–${Math.max(...view.sizes)} (smallest dot ${view.smallest.toFixed(0)} px on screen), ` +
          `longest caption ${Math.max(...view.captions)}`,
      );
      expect(view.nodes).toBeGreaterThanOrEqual(40);
      expect(view.weak).toBe(0);
      // Hubs are drawn larger than leaves, labels keep a readable size on screen, captions are short.
      expect(Math.max(...view.sizes)).toBeGreaterThan(Math.min(...view.sizes));
      // Labels are left out only where they would cover another: a good share stays, none overlap.
      expect(view.labelled).toBeGreaterThanOrEqual(Math.ceil(view.nodes / 3));
      for (const font of view.fonts) expect(font).toBeGreaterThanOrEqual(11);
      expect(view.smallest).toBeGreaterThanOrEqual(8);
      const overlaps = view.boxes.flatMap((a, i) =>
        view.boxes
          .slice(i + 1)
          .filter((b) => a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2),
      );
      expect(overlaps).toEqual([]);
      for (const length of view.captions) expect(length).toBeLessThanOrEqual(CAPTION_MAX);
      expect(view.codes, 'every relation type has a German label').toBe(0);
      // The sidebar reads relations in German with the type code as tooltip.
      const relationType = page.locator('#entity-relations .rel-type').first();
      expect(await relationType.getAttribute('title')).toMatch(/^[A-Z_]+$/);
      expect(await relationType.textContent()).not.toMatch(/[A-Z]{2,}_/);

      // Hovering a node whose caption is short shows its full name.
      const hovered = await page.evaluate(() => {
        const { cy } = (window as unknown as ExplorerWindow).__explorer;
        const node = cy.nodes(':visible').filter((n) => n.data('caption') !== n.data('name'))[0];
        if (!node) return null;
        node.emit('mouseover');
        const shown = { label: node.style('label'), name: node.data('name') };
        node.emit('mouseout');
        return shown;
      });
      if (hovered) expect(hovered.label).toBe(hovered.name);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'explore-40-nodes.png') });
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'folds the search hits away once an entity is chosen and lists a document’s entities',
    async () => {
      const page = await openPage();
      await page.fill('#search', 'Hessen');
      await page.press('#search', 'Enter');
      await settled(page);
      expect(await page.locator('#results-box').getAttribute('open')).not.toBeNull();
      await page.locator('#results li button').first().click();
      await settled(page);
      expect(await page.locator('#results-box').getAttribute('open')).toBeNull();
      expect(await page.isVisible('#entity-relations')).toBe(true);

      // The entity's documents open as a view: the entities the document mentions, with counts.
      await page.locator('#entity-documents button').first().click();
      await settled(page);
      await page.waitForSelector('#document-panel:not([hidden])');
      expect(await page.locator('#document-entities li').count()).toBeGreaterThan(0);
      // Dates the German way (18.01.2024), never ISO.
      expect(await page.textContent('#document-meta')).not.toMatch(/\d{4}-\d{2}/);
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'shows the GraphQL error message when a request fails',
    async () => {
      const page = await openPage();
      await page.route('**/graphql', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ data: null, errors: [{ message: 'Testfehler aus GraphQL' }] }),
        }),
      );
      await page.fill('#search', 'HZD');
      await page.click('#search-button');
      await page.waitForSelector('#status[data-state="error"]');
      expect(await page.textContent('#status')).toContain('Testfehler aus GraphQL');
      expect(await page.locator('#results li').count()).toBe(0);
      await page.close();
    },
    TIMEOUT,
  );
});
