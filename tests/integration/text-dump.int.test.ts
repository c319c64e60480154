/**
 * A hard-wrapped PDF text dump (72-character lines, words hyphenated at line ends, form feeds, a
 * running header and a footer with the page number) read through the loader with the real NLP
 * service gives the same relations and entities as the same report written one line per paragraph.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { GraphBatch } from '../../src/graph/model.ts';
import { loadCatalog } from '../../src/ingest/index.ts';
import { readSource } from '../../src/load/read-source.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';
import { pdfTextDump, unwrappedText } from '../support/text-dump.ts';
import { WRAPPED_REPORT } from './fixtures/wrapped-report.ts';

const HEADER = 'Digitale Verwaltung in Hessen · Jahresbericht 2024';
const DUMP = pdfTextDump(WRAPPED_REPORT, {
  width: 72,
  // Pages end inside a sentence: after „Förder- und“, in a list item, after „Daten-“.
  pageLines: [13, 15, 13, 15],
  header: HEADER,
  footer: 'Seite {n} von {total}',
});
const FLAT = unwrappedText(WRAPPED_REPORT);

const dir = mkdtempSync(path.join(tmpdir(), 'hkg-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Relations with their validity and mentioned entities, by name, as the loader reads the file. */
function view(batch: GraphBatch) {
  const name = (id: string) => batch.entities.find((e) => e.id === id)?.name ?? id;
  const mentioned = new Set(batch.mentions.map((m) => m.entityId));
  return {
    relations: batch.relations
      .filter((r) => r.type !== 'CO_OCCURS_WITH')
      .map(
        (r) =>
          `${name(r.from)} ${r.type}${r.role ? ` [${r.role}]` : ''} ${name(r.to)} ${r.validFrom ?? ''}–${r.validTo ?? ''}`,
      )
      .sort(),
    entities: batch.entities
      .filter((e) => mentioned.has(e.id))
      .map((e) => `${e.type} ${e.name}`)
      .sort(),
  };
}

let dump: GraphBatch;
let flat: GraphBatch;
beforeAll(async () => {
  const catalog = await loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
  const annotator = createAnnotator(testConfig());
  const read = async (file: string, text: string) => {
    writeFileSync(path.join(dir, file), text);
    return readSource(path.join(dir, file), catalog, { annotator });
  };
  dump = await read('bericht-umbrochen.txt', DUMP);
  flat = await read('bericht-absaetze.txt', FLAT);
});

describe('a hard-wrapped PDF text dump', () => {
  it('has the layout of one', () => {
    const pages = DUMP.split('\f');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of pages.entries()) {
      expect(page.startsWith(`${HEADER}\n`)).toBe(true);
      expect(page.trimEnd().endsWith(`Seite ${i + 1} von ${pages.length}`)).toBe(true);
    }
    const lines = DUMP.split(/\n|\f/).filter((l) => !l.includes('\t'));
    expect(Math.max(...lines.map((l) => l.length))).toBe(72);
    // Lines broken inside paragraphs, words hyphenated at line ends (one across a page break), a
    // compound broken after its own hyphen, sentences and a list item running on over page breaks.
    expect(lines.filter((l) => l.length >= 60).length).toBeGreaterThan(25);
    expect(DUMP).toContain('Infor-\nmationstechnik');
    expect(DUMP).toContain('Main-Kinzig-\nKreis');
    expect(DUMP).toContain('Förder- und\n\nSeite 1 von 4\n\f');
    expect(DUMP).toContain('Schadsoftware und\n\nSeite 2 von 4\n\f');
    expect(DUMP).toContain('Daten-\n\nSeite 3 von 4\n\f');
  });

  it('gives the same relations and entities as the text one line per paragraph', () => {
    const wrapped = view(dump);
    const unwrapped = view(flat);
    expect(unwrapped.relations.length).toBeGreaterThanOrEqual(10);
    expect(wrapped.relations).toEqual(unwrapped.relations);
    expect(wrapped.entities).toEqual(unwrapped.entities);
  });

  it('quotes the dump in its own words, without header or footer, on the page it stands', () => {
    const body = DUMP.split(/\n|\f/).filter((l) => l !== HEADER && !/^Seite \d von \d$/.test(l));
    const collapsed = body.join('\n').replace(/\s+/g, ' ');
    const evidence = dump.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) {
      expect(collapsed).toContain(ev.quote);
      expect(ev.quote).not.toMatch(/Jahresbericht 2024|Seite \d/);
      expect(ev.page).not.toBeNull();
    }
    const pageOf = (name: string) =>
      dump.mentions.find((m) => dump.entities.find((e) => e.id === m.entityId)?.name === name)?.page;
    expect(pageOf('Hessisches Statistisches Landesamt')).toBe(3);
  });
});

describe('a report whose pages repeat its title', () => {
  it('takes the running title for the document’s and reads „wir“ as the body it names', async () => {
    const header = 'Landesagentur für Geodaten Nordhessen | Jahresbericht 2024';
    const pages = [
      '1 Vorwort\n\nSeit 2020 betreiben wir das Portal „Karten Nordhessen“.',
      'Im Jahr 2024 haben wir die Plattform „Flurstück online“ entwickelt.\nDie Landesagentur für Geodaten Nordhessen hat 40 Beschäftigte.',
    ];
    const raw = pages.map((body, i) => `${header}\n\n${body}\n\nSeite ${i + 1}\n`).join('\f');
    writeFileSync(path.join(dir, 'agentur-bericht.txt'), raw);
    const catalog = await loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
    const batch = await readSource(path.join(dir, 'agentur-bericht.txt'), catalog, {
      annotator: createAnnotator(testConfig()),
    });
    expect(batch.document.title).toBe(header);
    expect(view(batch).relations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Landesagentur für Geodaten Nordhessen OPERATES Karten Nordhessen /),
        expect.stringMatching(/^Landesagentur für Geodaten Nordhessen DEVELOPS Flurstück online /),
      ]),
    );
  });
});
