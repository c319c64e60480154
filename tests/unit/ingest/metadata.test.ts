import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromCaps, readMetadata, sidecarDate } from '../../../src/ingest/metadata.ts';

const CORPUS = path.resolve('tests/fixtures/corpus/dev');
const OWN = path.resolve('tests/fixtures/corpus/own');
const SEEDS = path.resolve('seeds/documents');
type Gold = { documents: Record<string, { date?: string | Date; precision?: string }> };
const goldOf = (dir: string) => parse(readFileSync(path.join(dir, 'gold.yaml'), 'utf8')) as Gold;

/** The stated date as the text gives it, at the coarser of the two precisions. */
function sameAt(a: { date: string; precision: string }, b: { date: string; precision: string }): boolean {
  const len = Math.min(
    a.precision === 'YEAR' ? 4 : a.precision === 'MONTH' ? 7 : 10,
    b.precision === 'YEAR' ? 4 : b.precision === 'MONTH' ? 7 : 10,
  );
  return a.date.slice(0, len) === b.date.slice(0, len);
}

function isoOf(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

describe('document metadata from the text', () => {
  const documents = [
    ...readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(CORPUS, f)),
    ...readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(SEEDS, f)),
  ];

  it.each(documents)('%s gets a date and a real title without a sidecar', (file) => {
    const meta = readMetadata(readFileSync(file, 'utf8'), file);
    expect(meta.title).toBeTruthy();
    // A real title is no letterhead: not all capitals, not the publisher's name.
    expect(meta.title).not.toMatch(/^[\p{Lu}\s–-]+$/u);
    expect(meta.title).not.toBe(meta.publisher);
    expect(meta.date).not.toBeNull();
  });

  it.each([CORPUS, OWN])('agrees with every annotated document date in %s', (dir) => {
    for (const [name, doc] of Object.entries(goldOf(dir).documents)) {
      const meta = readMetadata(readFileSync(path.join(dir, name), 'utf8'), name);
      expect(meta.title, name).toBeTruthy();
      if (!doc.date) continue;
      const expected = { date: isoOf(doc.date), precision: (doc.precision ?? 'day').toUpperCase() };
      expect(meta.date && sameAt(meta.date, expected), `${name}: ${JSON.stringify(meta.date)}`).toBe(true);
    }
  });

  it('agrees with the sidecars of the seed documents', () => {
    for (const file of documents.filter((f) => f.startsWith(SEEDS))) {
      const sidecar = parse(readFileSync(file.replace(/\.txt$/, '.meta.yaml'), 'utf8')) as { date: unknown };
      const meta = readMetadata(readFileSync(file, 'utf8'), file);
      const stated = sidecarDate(isoOf(sidecar.date as string));
      expect(meta.date && sameAt(meta.date, stated)).toBe(true);
    }
  });

  it('takes the dateline, skips the masthead and genre label, names the publisher', () => {
    const text = [
      'HESSISCHES MINISTERIUM FÜR WISSENSCHAFT UND FORSCHUNG',
      'Presseinformation',
      'Darmstadt, 7. Mai 2025',
      '',
      'Neues Rechenzentrum für die Hochschulen in Betrieb',
      '',
      'Die Hochschulen des Landes teilen sich seit dieser Woche ein gemeinsames Rechenzentrum in Darmstadt, das der Wissenschaftsminister heute eröffnet hat.',
    ].join('\n');
    expect(readMetadata(text)).toEqual({
      title: 'Neues Rechenzentrum für die Hochschulen in Betrieb',
      date: { date: '2025-05-07', precision: 'DAY' },
      publisher: 'Hessisches Ministerium für Wissenschaft und Forschung',
    });
  });

  it('reads a cover month, a „Stand“ line and a Landtag print date', () => {
    const cover =
      'Leitfaden Barrierefreie Online-Formulare\n\nOktober 2023\n\nDieser Leitfaden richtet sich an alle Behörden, die Formulare im Netz anbieten und sie barrierefrei gestalten wollen.';
    expect(readMetadata(cover).date).toEqual({ date: '2023-10-01', precision: 'MONTH' });
    expect(readMetadata(cover).title).toBe('Leitfaden Barrierefreie Online-Formulare');
    const stand =
      'Übersicht der Förderprogramme\nStand: 15.02.2026\n\nDie folgende Übersicht nennt alle Programme, die das Land für Kommunen derzeit anbietet, mit Ansprechpartnern.';
    expect(readMetadata(stand).date).toEqual({ date: '2026-02-15', precision: 'DAY' });
    const print =
      'HESSISCHER LANDTAG\nKleine Anfrage zur Breitbandförderung im Werra-Meißner-Kreis\nDrucksache 21/815 vom 3. Juni 2024\n\nIch frage die Landesregierung, wie viele Haushalte im Werra-Meißner-Kreis bisher an Glasfaser angeschlossen sind.';
    expect(readMetadata(print)).toMatchObject({
      title: 'Kleine Anfrage zur Breitbandförderung im Werra-Meißner-Kreis',
      date: { date: '2024-06-03', precision: 'DAY' },
      publisher: 'Hessischer Landtag',
    });
  });

  it('writes a headline set in capitals the German way', () => {
    expect(fromCaps('STRATEGIE FÜR DIE DIGITALE SCHULE')).toBe('Strategie für die Digitale Schule');
  });
});
