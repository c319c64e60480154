import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { BUMP_GRAPH_VERSION } from '../../src/graph/version.ts';
import { listDocuments } from '../../src/load/list-documents.ts';
import { loadDocuments } from '../../src/load/load-documents.ts';
import { testConfig } from '../support/context.ts';
import { CATALOG_DIR, seededApp } from '../support/seed.ts';

/** The response cache: answers repeat without Neo4j until a load changes the graph. */
// A long poll: only this process's loads (which it hears of at once) change what it serves.
const seeded = seededApp(testConfig({ RATE_LIMIT_MAX: '100000', GRAPH_VERSION_POLL_MS: '60000' }));
const { executor } = seeded;

const DOC_ID = 'cache-probe-bericht';
const DOCUMENT = `query($id: ID!) { document(id: $id) { id title } }`;
const STATS = '{ stats { documents } }';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function post(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  return seeded.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
}

/** Cypher statements the app sends while answering. */
async function statementsFor(send: () => Promise<unknown>): Promise<number> {
  const before = seeded.app.executor.queryCount;
  await send();
  return seeded.app.executor.queryCount - before;
}

describe('response cache', () => {
  it('answers a repeated request from memory, with the same body and ETag', async () => {
    const first = await post(STATS);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    let again: Awaited<ReturnType<typeof post>> | undefined;
    // Whitespace and commas do not make it a different request.
    const count = await statementsFor(async () => {
      again = await post('{  stats {\n documents, } }');
    });
    expect(count).toBe(0);
    expect(again?.body).toBe(first.body);
    expect(again?.headers.etag).toBe(etag);
  });

  it('answers If-None-Match with 304 and GET with Cache-Control', async () => {
    const url = `/graphql?query=${encodeURIComponent(DOCUMENT)}&variables=${encodeURIComponent(JSON.stringify({ id: 'x' }))}`;
    const got = await seeded.app.inject({ method: 'GET', url });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({ data: { document: null } });
    expect(got.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = String(got.headers.etag);
    const revalidated = await seeded.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    const other = await post(DOCUMENT, { id: 'y' }, { 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
  });

  it('gives error answers no ETag and does not cache them', async () => {
    const bad = await post('{ entities(first: 1, after: "nope") { totalCount } }');
    expect(bad.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.headers.etag).toBeUndefined();
  });

  it('serves the new graph right after a load through the loader', async () => {
    const before = await post(DOCUMENT, { id: DOC_ID });
    expect(before.json()).toEqual({ data: { document: null } });
    const statsBefore = (await post(STATS)).json().data.stats.documents;

    dir = await mkdtemp(path.join(os.tmpdir(), 'cache-probe-'));
    await writeFile(
      path.join(dir, `${DOC_ID}.txt`),
      'Bericht\n\nDie Hessische Zentrale für Datenverarbeitung (HZD) betreibt die Hessen-App.\n',
    );
    await writeFile(path.join(dir, `${DOC_ID}.meta.yaml`), 'title: "Cache-Probe"\ndate: "2025"\n');
    await loadDocuments(executor, await listDocuments([dir]), { catalogPath: CATALOG_DIR });

    const after = await post(DOCUMENT, { id: DOC_ID });
    expect(after.json()).toEqual({ data: { document: { id: DOC_ID, title: 'Cache-Probe' } } });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await post(STATS)).json().data.stats.documents).toBe(statsBefore + 1);
  });

  it('notices a load by another process on its next poll of the graph version', async () => {
    const app = await buildApp(testConfig({ GRAPH_VERSION_POLL_MS: '200' }), { logger: false });
    try {
      const stats = () => app.inject({ method: 'POST', url: '/graphql', payload: { query: STATS } });
      const first = await stats();
      // Another process's loader: the version is bumped with no in-process signal.
      await executor.write(BUMP_GRAPH_VERSION);
      await vi.waitFor(async () => expect((await stats()).headers.etag).not.toBe(first.headers.etag), {
        timeout: 10_000,
        interval: 100,
      });
    } finally {
      await app.close();
    }
  });
});
