import { describe, expect, it } from 'vitest';
import { MatchIndex, tokenize } from '../../../src/ingest/matcher.ts';
import { ingest } from './helpers.ts';

function matchIds(index: MatchIndex, text: string): string[] {
  return index.candidates(text, tokenize(text)).map((m) => `${m.entityId}:${m.surface}`);
}

describe('gazetteer matching with German normalisation', () => {
  const index = new MatchIndex([
    { entityId: 'hessen-app', label: 'Hessen-App', kind: 'name' },
    { entityId: 'hzd', label: 'HZD', kind: 'alias' },
    { entityId: 'hzd', label: 'Hessische Zentrale für Datenverarbeitung', kind: 'name' },
    { entityId: 'ozg', label: 'Onlinezugangsgesetz', kind: 'name' },
    { entityId: 'zit', label: 'ZIT', kind: 'alias' },
    { entityId: 'schueler', label: 'Schülerportal', kind: 'name' },
    { entityId: 'hmwk', label: 'Hessisches Ministerium für Wissenschaft und Kunst', kind: 'name' },
  ]);

  it('matches hyphen, space and glued spellings', () => {
    expect(matchIds(index, 'über die Hessen App, die HessenApp und die Hessen-App')).toEqual([
      'hessen-app:Hessen App',
      'hessen-app:HessenApp',
      'hessen-app:Hessen-App',
    ]);
  });

  it('matches inflected forms', () => {
    expect(matchIds(index, 'der Ausbau der HZD und der Hessischen Zentrale für Datenverarbeitung')).toEqual([
      'hzd:HZD',
      'hzd:Hessischen Zentrale für Datenverarbeitung',
    ]);
    expect(matchIds(index, 'die Umsetzung des Onlinezugangsgesetzes')).toEqual(['ozg:Onlinezugangsgesetzes']);
  });

  it('matches names inflected inside, not only at their end', () => {
    expect(matchIds(index, 'im Auftrag des Hessischen Ministeriums für Wissenschaft und Kunst')).toEqual([
      'hmwk:Hessischen Ministeriums für Wissenschaft und Kunst',
    ]);
  });

  it('folds umlauts and ß', () => {
    expect(matchIds(index, 'das Schuelerportal')).toEqual(['schueler:Schuelerportal']);
  });

  it('matches short abbreviations only in their exact case', () => {
    expect(matchIds(index, 'Die ZIT ermittelt, zit. nach Quelle')).toEqual(['zit:ZIT']);
  });

  it('links the catalog spellings in running text', async () => {
    const batch = await ingest(
      'Der Zugang soll über die Hessen App laufen. Die HessenApp und die Hessen-App sind eins. Die HZD betreibt sie.',
    );
    const surfaces = batch.mentions.filter((m) => m.entityId === 'hessen-app').map((m) => m.surface);
    expect(surfaces).toEqual(['Hessen App', 'HessenApp', 'Hessen-App']);
    expect(batch.mentions.some((m) => m.entityId === 'hzd')).toBe(true);
  });
});
