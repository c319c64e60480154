import { describe, expect, it } from 'vitest';
import { pageAt } from '../../../../src/ingest/formats/extracted.ts';
import { extractPdf } from '../../../../src/ingest/formats/pdf.ts';
import { makePdf } from '../../../support/documents.ts';

const pageOf = (r: Awaited<ReturnType<typeof extractPdf>>, phrase: string) => {
  const at = r.text.indexOf(phrase);
  return at < 0 ? undefined : pageAt(r.pages, at)?.page;
};

describe('PDF', () => {
  it('gives every passage its physical page and the printed label, without running header and footer', async () => {
    const pdf = await makePdf(
      [
        ['Die Hessische Zentrale für Datenverarbeitung betreibt das Rechenzentrum in Hünfeld.'],
        ['Das Ministerium fördert die Gigabitstrategie mit Mitteln für Glasfaser und Straßenbau.'],
        ['Die Übersicht über geförderte Kommunen folgt im Anhang.'],
      ],
      {
        header: 'Hessischer Landtag · 21. Wahlperiode · Drucksache 21/1872 Seite {n}',
        footer: '- {n} -',
        firstLabel: 3,
      },
    );
    const r = await extractPdf(pdf);
    expect(r.pages.map((p) => [p.page, p.label])).toEqual([
      [1, '3'],
      [2, '4'],
      [3, '5'],
    ]);
    expect(pageOf(r, 'Hünfeld')).toBe(1);
    expect(pageOf(r, 'Straßenbau')).toBe(2);
    expect(pageOf(r, 'Übersicht über geförderte')).toBe(3);
    expect(r.text).not.toMatch(/Drucksache|Wahlperiode|- \d -/);
  });

  it('keeps a word hyphenated at a line end as printed, on its own line', async () => {
    const pdf = await makePdf([
      [{ lines: ['Das Land finanziert den Glasfaser-', 'ausbau in ländlichen Räumen.'] }],
    ]);
    expect((await extractPdf(pdf)).text).toBe(
      'Das Land finanziert den Glasfaser-\nausbau in ländlichen Räumen.',
    );
  });

  it('separates paragraphs by a blank line', async () => {
    const pdf = await makePdf([['Erster Absatz über das Land.', 'Zweiter Absatz über die Stadt.']]);
    expect((await extractPdf(pdf)).text).toBe(
      'Erster Absatz über das Land.\n\nZweiter Absatz über die Stadt.',
    );
  });

  it('reads a two-column page column by column', async () => {
    const left = ['Linke Spalte, erster Absatz über Wiesbaden.', 'Linke Spalte, zweiter Absatz über Kassel.'];
    const right = ['Rechte Spalte, erster Absatz über Fulda.', 'Rechte Spalte, zweiter Absatz über Gießen.'];
    const pdf = await makePdf([[...left, ...right]], { columns: 2 });
    const { text } = await extractPdf(pdf);
    const order = ['Wiesbaden', 'Kassel', 'Fulda', 'Gießen'].map((w) => text.indexOf(w));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
