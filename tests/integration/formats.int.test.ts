/**
 * PDF, web pages and Word files loaded into Neo4j and read back through the API: pages where the
 * passages are printed, nothing written when one file of the load cannot be read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/writer.ts';
import { listDocuments } from '../../src/load/list-documents.ts';
import { loadDocuments } from '../../src/load/load-documents.ts';
import { testConfig } from '../support/context.ts';
import { makeDocx, makeHtml, makePdf } from '../support/documents.ts';
import { CATALOG_DIR, ensureSeeded, seededApp } from '../support/seed.ts';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are plain JSON
type Json = any;

const seeded = seededApp(testConfig({ RATE_LIMIT_MAX: '100000', QUERY_TIMEOUT_MS: '60000' }));
const dir = mkdtempSync(path.join(tmpdir(), 'hkg-formats-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await ensureSeeded(seeded.executor);
});

async function folderOfFormats(): Promise<string> {
  const folder = mkdtempSync(path.join(dir, 'ordner-'));
  const pdf = await makePdf(
    [
      ['Die Hessische Zentrale für Datenverarbeitung (HZD) betreibt die Rechenzentren des Landes.'],
      ['Das Hessische Landeskriminalamt wertet mit einer neuen Plattform Daten aus.'],
    ],
    { header: 'Hessischer Landtag · 21. Wahlperiode · Drucksache 21/1872 Seite {n}', footer: '- {n} -' },
  );
  writeFileSync(path.join(folder, 'fmt-drucksache.pdf'), pdf);
  writeFileSync(
    path.join(folder, 'fmt-presse.html'),
    makeHtml({
      title: 'Statistisches Landesamt legt Zahlen vor',
      paragraphs: ['Das Hessische Statistische Landesamt hat die Zahlen für 2024 in Wiesbaden vorgestellt.'],
      published: '2024-05-02T08:00:00+02:00',
    }),
  );
  writeFileSync(
    path.join(folder, 'fmt-antwort.docx'),
    await makeDocx([
      { heading: 'Antwort' },
      'Die Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT) ermittelt.',
    ]),
  );
  writeFileSync(path.join(folder, 'fmt-drucksache.meta.yaml'), 'title: Kein Dokument\n');
  return folder;
}

async function gql(query: string) {
  const response = await seeded.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
  return response.json() as { data: Json; errors?: Json[] };
}

describe('loading PDF, HTML and DOCX', () => {
  it('loads a folder of them and gives each mention the page it stands on', async () => {
    const folder = await folderOfFormats();
    const files = await listDocuments([folder]);
    expect(files.map((f) => path.basename(f))).toEqual([
      'fmt-antwort.docx',
      'fmt-drucksache.pdf',
      'fmt-presse.html',
    ]);
    await loadDocuments(seeded.executor, files, { catalogPath: CATALOG_DIR });

    const pageOf = async (id: string, documentId: string) => {
      const { data, errors } = await gql(
        `{ entity(id: "${id}") { mentions(first: 100) { edges { node { page citedPage quote document { id } } } } } }`,
      );
      expect(errors).toBeUndefined();
      const nodes = data.entity.mentions.edges
        .map((e: Json) => e.node)
        .filter((n: Json) => n.document.id === documentId);
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) expect(n.quote).not.toMatch(/Drucksache|Wahlperiode/);
      return [...new Set(nodes.map((n: Json) => `${n.page}/${n.citedPage}`))];
    };
    expect(await pageOf('hzd', 'fmt-drucksache')).toEqual(['1/null']);
    expect(await pageOf('hessisches-landeskriminalamt', 'fmt-drucksache')).toEqual(['2/null']);
    expect(await pageOf('hessisches-statistisches-landesamt', 'fmt-presse')).toEqual(['null/null']);
    expect(await pageOf('zit', 'fmt-antwort')).toEqual(['null/null']);

    const { data } = await gql('{ document(id: "fmt-presse") { title date } }');
    expect(data.document).toEqual({ title: 'Statistisches Landesamt legt Zahlen vor', date: '2024-05-02' });
  });

  it('writes nothing when one file of the load is not what its name says', async () => {
    const folder = await folderOfFormats();
    writeFileSync(path.join(folder, 'kaputt.pdf'), 'Das ist kein PDF.');
    const before = await countGraph(seeded.executor);
    await expect(
      loadDocuments(seeded.executor, await listDocuments([folder]), {
        catalogPath: CATALOG_DIR,
        force: true,
      }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE', message: expect.stringContaining('kaputt.pdf') });
    expect(await countGraph(seeded.executor)).toEqual(before);
  });
});
