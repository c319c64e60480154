import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../src/ingest/formats/html.ts';
import { BOILERPLATE_NAMES, makeHtml } from '../../../support/documents.ts';

const ARTICLE = [
  'Die Hessische Ministerin für Digitalisierung und Innovation, Prof. Dr. Kristina Sinemus, hat in Wiesbaden die neue Version der Hessen-App vorgestellt.',
  'Entwickelt wurde die App von der Hessischen Zentrale für Datenverarbeitung. Über sie lassen sich Anträge stellen und Termine bei Behörden buchen.',
  'Das Land Hessen finanziert den Betrieb im Rahmen der Strategie Digitales Hessen.',
];

describe('web pages', () => {
  it('keeps the article and leaves navigation, cookie banner, „Weitere Meldungen“ and footer out', () => {
    const { text } = extractHtml(makeHtml({ title: 'Hessen-App in neuer Version', paragraphs: ARTICLE }));
    for (const p of ARTICLE) expect(text).toContain(p);
    for (const name of BOILERPLATE_NAMES) expect(text).not.toContain(name);
    expect(text).not.toMatch(/Cookies|Weitere Meldungen|Impressum|Kontakt/);
  });

  it('heads the text with the article title and separates paragraphs by blank lines', () => {
    const r = extractHtml(makeHtml({ title: 'Hessen-App in neuer Version', paragraphs: ARTICLE }));
    expect(r.text.split('\n\n')).toEqual(['Hessen-App in neuer Version', ...ARTICLE]);
    expect(r.headings).toEqual([{ start: 0, end: 'Hessen-App in neuer Version'.length, level: 1 }]);
  });

  it('takes title, date and publisher from the page metadata', () => {
    const r = extractHtml(
      makeHtml({
        title: 'Hessen-App in neuer Version',
        paragraphs: ARTICLE,
        publisher: 'Hessisches Ministerium für Digitalisierung und Innovation',
        published: '2024-01-18T09:30:00+01:00',
      }),
    );
    expect(r.meta).toEqual({
      title: 'Hessen-App in neuer Version',
      publisher: 'Hessisches Ministerium für Digitalisierung und Innovation',
      date: '2024-01-18',
    });
  });

  it('takes the date from the dateline when the page has none in its metadata', () => {
    const r = extractHtml(
      makeHtml({ title: 'Hessen-App', paragraphs: ARTICLE, dateline: 'Wiesbaden, 7. März 2024' }),
    );
    expect(r.meta.date).toBe('2024-03-07');
  });
});
