import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from '../../../src/ingest/normalise.ts';
import { read, SEEDS } from './helpers.ts';

describe('normalising a PDF text dump', () => {
  it('joins a sentence split by a page break', () => {
    const raw =
      'Auch wird angestrebt alle individuellen Verwaltungsvorgänge zu einer\n\n\n\nPerson oder einem Unternehmen in einem digitalen Infoboard anzuzeigen (S.56).\n';
    expect(normalise(raw).text).toBe(
      'Auch wird angestrebt alle individuellen Verwaltungsvorgänge zu einer Person oder einem Unternehmen in einem digitalen Infoboard anzuzeigen (S.56).',
    );
    expect(
      normalise(
        'Der Ausbau der Hessischen Zentrale für Datenverarbeitung (HZD)\n\n\n\nvorangetrieben werden.',
      ).text,
    ).toBe('Der Ausbau der Hessischen Zentrale für Datenverarbeitung (HZD) vorangetrieben werden.');
  });

  it('keeps headings and table rows apart', () => {
    const text = normalise(
      '1. Neue Regierung\n\nMinisterpräsident\tBoris Rhein (CDU)\n\n\n\nMinister der Finanzen\tDr. A (CDU)\n',
    ).text;
    expect(text).toBe(
      '1. Neue Regierung\n\nMinisterpräsident\tBoris Rhein (CDU)\n\nMinister der Finanzen\tDr. A (CDU)',
    );
  });

  it('removes bold and link markup, bullets and soft hyphens', () => {
    const text = normalise(
      '▪ **Digitale Infrastrukturen**\n\nDer [Koalitionsvertrag](#) und das **Verwaltungs\u00adportal** [eah.hessen.de](https://www.eah.hessen.de).',
    ).text;
    expect(text).toBe(
      'Digitale Infrastrukturen\n\nDer Koalitionsvertrag und das Verwaltungsportal eah.hessen.de.',
    );
  });

  it('writes all German quotes as „…“', () => {
    expect(
      normalise('die Strategie »Digitale Verwaltung Hessen« und der "Digital-Check" und „Eine für Alle“')
        .text,
    ).toBe('die Strategie „Digitale Verwaltung Hessen“ und der „Digital-Check“ und „Eine für Alle“');
  });

  it('reads guillemets the way the text opens them, «…» as well as »…«', () => {
    expect(normalise('aus dem «Hessen-Finder», einer Datenbank. Dann kam «Leon».').text).toBe(
      'aus dem „Hessen-Finder“, einer Datenbank. Dann kam „Leon“.',
    );
    expect(normalise('Die App »Bürgerlotse« startet. »Gut so«, sagte er.').text).toBe(
      'Die App „Bürgerlotse“ startet. „Gut so“, sagte er.',
    );
  });

  it('drops a pull quote set between the halves of a sentence', () => {
    const text = normalise(
      'Das OZG und sein Zeitziel\n\n» Wir stellen die Kunden in den Mittelpunkt. «\n\nhaben die Dringlichkeit erhöht.',
    ).text;
    expect(text).toBe('Das OZG und sein Zeitziel haben die Dringlichkeit erhöht.');
  });

  it('maps every character back to the original text', () => {
    for (const file of [SEEDS.eco, SEEDS.brochure]) {
      const raw = read(file);
      const n = normalise(raw);
      for (let i = 0; i < n.text.length; i++) {
        const ch = n.text[i] as string;
        if (/[\p{L}\p{N}]/u.test(ch)) expect(raw[toOriginal(n, i)]).toBe(ch);
      }
      expect(toOriginal(n, n.text.length)).toBeLessThanOrEqual(raw.length);
      const at = n.text.indexOf('(HZD)');
      expect(raw.slice(toOriginal(n, at), toOriginal(n, at + 5))).toBe('(HZD)');
    }
  });

  it('is stable when applied to its own output', () => {
    const once = normalise(read(SEEDS.brochure)).text;
    expect(normalise(once).text).toBe(once);
  });
});
