import { describe, expect, it } from 'vitest';
import { CAPTION_MAX, shortCaption } from '../../../src/graph/caption.ts';

describe('short captions for drawings', () => {
  it('shows a long name by its acronym', () => {
    expect(
      shortCaption('Hessisches Ministerium für Digitalisierung und Innovation', [
        'HMDI',
        'Digitalministerium',
      ]),
    ).toBe('HMDI');
    expect(shortCaption('Hessische Zentrale für Datenverarbeitung', ['HZD'])).toBe('HZD');
  });

  it('keeps a name that fits, even when it has an acronym, if the name is short', () => {
    expect(shortCaption('Hessen-App', [])).toBe('Hessen-App');
    expect(shortCaption('Land Hessen', ['LH'])).toBe('Land Hessen');
  });

  it('takes a short alias, but not one that says too little', () => {
    expect(shortCaption('Gesetz zur Förderung der elektronischen Verwaltung', ['E-Government-Gesetz'])).toBe(
      'E-Government-Gesetz',
    );
    expect(shortCaption('Landesbetrieb Bau und Immobilien Hessen mit Sitz', ['LBIH-X', 'Bau'])).not.toBe(
      'Bau',
    );
  });

  it('otherwise shows the first words that fit, never ending on a connecting word, with an ellipsis', () => {
    const caption = shortCaption(
      'Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum',
      [],
    );
    expect(caption).toBe('Hessisches Ministerium…');
    const comma = shortCaption('Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum', []);
    expect(comma).toBe('Wirtschaft, Energie…');
    for (const name of [
      'Verordnung über die Zuständigkeiten nach dem Onlinezugangsgesetz in Hessen',
      'Datenverarbeitungsverbundgesetzänderungsgesetzentwurf des Landes',
    ]) {
      const short = shortCaption(name, []);
      expect(short.length, short).toBeLessThanOrEqual(CAPTION_MAX);
      expect(short.endsWith('…'), short).toBe(true);
    }
  });
});
