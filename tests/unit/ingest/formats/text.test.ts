import { describe, expect, it } from 'vitest';
import { pageAt } from '../../../../src/ingest/formats/extracted.ts';
import { extractPlainText } from '../../../../src/ingest/formats/text.ts';
import { normalise } from '../../../../src/ingest/normalise.ts';
import { splitSentences } from '../../../../src/ingest/sentences.ts';

const pageOf = (r: ReturnType<typeof extractPlainText>, phrase: string) =>
  pageAt(r.pages, r.text.indexOf(phrase))?.page;

describe('plain-text dumps', () => {
  it('leaves a text without page breaks exactly as it is, with no pages', () => {
    const raw = 'Überschrift\n\nDie Hessische Zentrale für Datenverarbeitung betreibt die Plattform.\n';
    expect(extractPlainText(raw)).toEqual({ text: raw, pages: [], headings: [], meta: {} });
  });

  it('numbers the pages between form feeds and drops running headers and footers', () => {
    const page = (n: number, body: string) =>
      `Hessischer Landtag · 21. Wahlperiode · Drucksache 21/1872 Seite ${n}\n\n${body}\n\n- ${n} -\n`;
    const raw = [
      page(1, 'Kleine Anfrage der Abgeordneten Müller.\nDie Landesregierung antwortet wie folgt.'),
      page(2, 'Frage 1: Wann startet die Plattform?\nDie Plattform startet im Frühjahr.'),
      page(3, 'Frage 2: Wer betreibt sie?\nSie wird von der Zentrale betrieben.'),
    ].join('\f');
    const r = extractPlainText(raw);
    expect(r.pages.map((p) => [p.page, p.label])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
    ]);
    expect(r.text).not.toMatch(/Drucksache|Wahlperiode|- \d -/);
    expect(pageOf(r, 'Frühjahr')).toBe(2);
    expect(pageOf(r, 'Zentrale betrieben')).toBe(3);
    for (const p of r.pages) expect(r.text.slice(p.start, p.end)).toBe(r.text.slice(p.start, p.end).trim());
  });

  it('reads the printed page from a footer like „Jahresbericht 2023 | 12“, not the year of the header', () => {
    const raw = ['Der Bericht beginnt.', 'Er endet hier.']
      .map((body, i) => `Beispielamt · Jahresbericht 2023\n\n${body}\n\nJahresbericht 2023 | ${12 + i}\n`)
      .join('\f');
    const r = extractPlainText(raw);
    expect(r.pages.map((p) => p.label)).toEqual(['12', '13']);
    expect(r.text).toBe('Der Bericht beginnt.\n\nEr endet hier.');
  });

  it('gives the running line that counts no page as the title, and none where only page numbers repeat', () => {
    const titled = ['Der Bericht beginnt.', 'Er endet hier.']
      .map((body, i) => `Beispielamt · Jahresbericht 2023\n\n${body}\n\nSeite ${i + 1}\n`)
      .join('\f');
    expect(extractPlainText(titled).meta).toEqual({ title: 'Beispielamt · Jahresbericht 2023' });
    const numbered = ['Der Bericht beginnt.', 'Er endet hier.']
      .map((b, i) => `${b}\n\n- ${i + 1} -\n`)
      .join('\f');
    expect(extractPlainText(numbered).meta).toEqual({});
  });

  it('keeps a sentence split by a page break in one piece of text, hyphenation as written', () => {
    const raw =
      'Die Mittel fließen in den Glasfaser-\n\nSeite 1\n\fausbau der Gemeinden und\n\nSeite 2\n\fin den Mobilfunk.\n\nSeite 3';
    const r = extractPlainText(raw);
    expect(r.text).toBe(
      'Die Mittel fließen in den Glasfaser-\nausbau der Gemeinden und\n\nin den Mobilfunk.',
    );
    expect(pageOf(r, 'Mobilfunk')).toBe(3);
  });

  it('finds pages in a dump without form feeds from page-number lines that count up', () => {
    const raw =
      'Erster Absatz über das Landesamt.\n\n- 1 -\n\nZweiter Absatz über die Plattform.\n\n- 2 -\n\nDritter Absatz.\n';
    const r = extractPlainText(raw);
    expect(r.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(r.text).not.toContain('- 1 -');
    expect(pageOf(r, 'Plattform')).toBe(2);
    expect(pageOf(r, 'Dritter')).toBe(3);
  });

  it('keeps numbered lines that do not count with the pages', () => {
    const raw = 'Frage 3\nText der dritten Frage.\n\fFrage 7\nText der siebten Frage.';
    expect(extractPlainText(raw).text).toBe(
      'Frage 3\nText der dritten Frage.\n\nFrage 7\nText der siebten Frage.',
    );
  });

  it('drops the headers of left and right pages, each on every second page', () => {
    const bodies = [
      'Die Hessische Zentrale für Datenverarbeitung betreibt die Verfahrenscloud',
      'Hessen für alle Ressorts. Das Hessische Statistische Landesamt stellt',
      'seine Daten über das Metadatenportal bereit. Das Hessische Landeskriminalamt',
      'wertet mit einer neuen Plattform Daten aus, die die Zentrale betreibt.',
      'Die Hessen-App wurde von der Zentrale entwickelt.',
    ];
    const raw = bodies
      .map((body, i) => {
        const header = i % 2 === 0 ? 'Jahresbericht 2024 der Zentrale' : 'Kapitel Plattformen und Dienste';
        return `${header}\n${body}\n\n${i + 1}\n`;
      })
      .join('\f');
    const r = extractPlainText(raw);
    expect(r.text).not.toMatch(/Jahresbericht|Kapitel/);
    expect(r.pages.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('never lets the running header start a sentence that runs on over a page break, nor splits a list item there', () => {
    const page = (n: number, lines: string[]) =>
      `Digitale Verwaltung in Hessen · Jahresbericht 2024\n${lines.join('\n')}\n\nSeite ${n} von 3\n`;
    const raw = [
      page(1, [
        'Die Hessische Zentrale für Datenverarbeitung betreibt im Auftrag des',
        'Hessischen Ministeriums der Finanzen die Verfahrenscloud Hessen und das',
      ]),
      page(2, [
        'Verwaltungsportal Hessen. Zu den Aufgaben der Zentrale gehören:',
        '• die Beratung der Kommunen und der',
      ]),
      page(3, ['  Landesbehörden bei der Absicherung ihrer Netze,', '• der Betrieb der Hessen-App.']),
    ].join('\f');
    const text = normalise(extractPlainText(raw).text).text;
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Die Hessische Zentrale für Datenverarbeitung betreibt im Auftrag des Hessischen Ministeriums der Finanzen die Verfahrenscloud Hessen und das Verwaltungsportal Hessen.',
      'Zu den Aufgaben der Zentrale gehören:',
      'die Beratung der Kommunen und der Landesbehörden bei der Absicherung ihrer Netze,',
      'der Betrieb der Hessen-App.',
    ]);
  });

  it('joins a word hyphenated over the page break also when the next page indents its line', () => {
    const raw = 'Die Zentrale betreibt die Verfahrens-\n\n- 1 -\n\f    cloud Hessen.\n\n- 2 -\n';
    expect(normalise(extractPlainText(raw).text).text).toBe(
      'Die Zentrale betreibt die Verfahrenscloud Hessen.',
    );
  });

  it('takes no sentence that merely contains a number for a page line', () => {
    const raw = 'Im Jahr 2023 wurden 12 Projekte begonnen.\n\nSeite 5 des Gesetzes regelt das.\n';
    expect(extractPlainText(raw).pages).toEqual([]);
  });
});
