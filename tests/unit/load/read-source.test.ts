/**
 * The loader's reading of real formats, checked on inputs the test makes: passages on the pages
 * they are printed on, no page furniture or web boilerplate in any quote or mention, and the same
 * text giving the same graph whatever its format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../src/graph/model.ts';
import { isHeading } from '../../../src/ingest/sections.ts';
import { readSource, readStored } from '../../../src/load/read-source.ts';
import { makeDocx, makeHtml, makePdf } from '../../support/documents.ts';
import { SEEDS, seedCatalog } from '../ingest/helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hkg-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const HEADER = 'Hessisches Ministerium für Digitalisierung und Innovation · Jahresbericht 2024';

describe('a generated multi-page PDF', () => {
  /** Each entity is printed on one page only: the page every mention of it must carry. */
  const pages = [
    [
      'Die Hessische Zentrale für Datenverarbeitung (HZD) betreibt die Rechenzentren des Landes. ' +
        'Für die Kommunen stellt sie zudem Fachverfahren bereit.',
    ],
    [
      'Das Hessische Landeskriminalamt nutzt eine neue Plattform zur Auswertung großer Datenmengen.',
      {
        lines: [
          'Auch die Zentralstelle zur Bekämpfung der Internet-',
          'kriminalität (ZIT) arbeitet damit in Frankfurt am Main.',
        ],
      },
    ],
    ['Das Hessische Statistische Landesamt veröffentlicht die Zahlen für Städte und Gemeinden in Wiesbaden.'],
  ];
  const expectedPage: Record<string, number> = {
    hzd: 1,
    'hessisches-landeskriminalamt': 2,
    zit: 2,
    'frankfurt-am-main': 2,
    'hessisches-statistisches-landesamt': 3,
    wiesbaden: 3,
  };
  let batch: GraphBatch;

  it('gives every mention the page it is printed on', async () => {
    const file = save(
      'jahresbericht.pdf',
      await makePdf(pages, { header: HEADER, footer: 'Jahresbericht 2024 | {n}', firstLabel: 12 }),
    );
    batch = await readSource(file, await seedCatalog());
    const placed = batch.mentions.map((m) => [m.entityId, m.page]);
    expect(new Set(placed.map(([id]) => id))).toEqual(new Set(Object.keys(expectedPage)));
    for (const [id, page] of placed) expect([id, page]).toEqual([id, expectedPage[id as string]]);
  });

  it('has no header or footer text in any quote', () => {
    const quotes = [...batch.mentions, ...batch.relations.flatMap((r) => r.evidence)].map((e) => e.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).not.toMatch(/Jahresbericht 2024|Digitalisierung und Innovation/);
  });

  it('keeps what reading it again without the file needs, and reads the same from it', async () => {
    const { document } = batch;
    expect(document.pages?.map((p) => [p.page, p.label])).toEqual([
      [1, '12'],
      [2, '13'],
      [3, '14'],
    ]);
    const again = await readStored(
      {
        id: document.id,
        file: path.basename(document.file),
        sha256: document.sha256,
        text: document.text,
        pages: document.pages,
        given: document.given ?? { title: null, publisher: null, date: null },
      },
      await seedCatalog(),
    );
    expect(again.mentions).toEqual(batch.mentions);
    expect(again.relations).toEqual(batch.relations);
    expect({ ...again.document, file: document.file }).toEqual(document);
  });

  it('matches a word hyphenated at the line end', () => {
    const zit = batch.mentions.find((m) => m.entityId === 'zit');
    // Matched across the break; the surface is quoted as printed, the break collapsed to a space.
    expect(zit?.surface).toBe('Zentralstelle zur Bekämpfung der Internet- kriminalität');
  });
});

describe('the same text as .txt, .pdf, .docx and .html', () => {
  const raw = readFileSync(SEEDS.brochure, 'utf8');
  const paragraphs = raw
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  /** Word and web pages make a paragraph of every line (a list item, a table row, a link line). */
  const single = paragraphs.flatMap((p) => p.split('\n')).map((l) => l.trim().replace(/^-\s+/, ''));
  const title = 'Digitale Verwaltung: bürgernah, effizient, serviceorientiert';

  async function inEveryFormat(): Promise<Record<string, GraphBatch>> {
    const catalog = await seedCatalog();
    const files = {
      txt: save('broschuere.txt', `${paragraphs.join('\n\n')}\n`),
      pdf: save('broschuere.pdf', await makePdf(chunk(paragraphs, 6), { footer: 'Seite {n}' })),
      docx: save(
        'broschuere.docx',
        await makeDocx(single.map((p) => (isHeading(p) ? { heading: p, level: 2 as const } : p))),
      ),
      html: save('broschuere.html', makeHtml({ title, paragraphs: single.filter((p) => p !== title) })),
    };
    const out: Record<string, GraphBatch> = {};
    for (const [format, file] of Object.entries(files)) out[format] = await readSource(file, catalog);
    return out;
  }

  it('yields the same entities and relations, give or take 5 %', async () => {
    const batches = await inEveryFormat();
    const base = batches.txt as GraphBatch;
    expect(base.entities.length).toBeGreaterThan(20);
    for (const [format, batch] of Object.entries(batches)) {
      const entities = agreement(ids(base.entities), ids(batch.entities));
      const relations = agreement(keys(base), keys(batch));
      expect({ format, entities: entities >= 0.95, relations: relations >= 0.95 }).toEqual({
        format,
        entities: true,
        relations: true,
      });
    }
  });
});

describe('a web page', () => {
  it('yields no mention from navigation, cookie banner, related news, aside or footer', async () => {
    const file = save(
      'pressemitteilung.html',
      makeHtml({
        title: 'Neue Version der Hessen-App',
        paragraphs: [
          'Die Hessische Zentrale für Datenverarbeitung hat eine neue Version der Hessen-App veröffentlicht.',
          'Über die App lassen sich Anträge stellen und Termine bei Behörden buchen.',
        ],
        publisher: 'Hessisches Ministerium für Digitalisierung und Innovation',
        published: '2024-03-07T10:00:00+01:00',
      }),
    );
    const batch = await readSource(file, await seedCatalog());
    expect(new Set(batch.mentions.map((m) => m.entityId))).toEqual(new Set(['hzd', 'hessen-app']));
    expect(batch.document).toMatchObject({
      title: 'Neue Version der Hessen-App',
      date: '2024-03-07',
      publisher: 'Hessisches Ministerium für Digitalisierung und Innovation',
    });
    expect(batch.mentions.every((m) => m.page === null)).toBe(true);
  });
});

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ids = (entities: GraphBatch['entities']) => new Set(entities.map((e) => e.id));
const keys = (batch: GraphBatch) => new Set(batch.relations.map((r) => `${r.from}|${r.type}|${r.to}`));

/** How far two sets agree: the smaller of the shares of each that the other has too (1 when equal). */
function agreement(expected: Set<string>, got: Set<string>): number {
  const shared = [...expected].filter((x) => got.has(x)).length;
  return Math.min(shared / Math.max(1, expected.size), shared / Math.max(1, got.size));
}
