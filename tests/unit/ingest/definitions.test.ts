import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/index.ts';
import { entityByName, ingest, mentionedIds, NEW_DOCUMENT, seedCatalog } from './helpers.ts';

describe('entities defined by a document the project has never seen', () => {
  it('creates the new agency from "Langname (ABK)" with both names', async () => {
    const batch = await ingestDocument(NEW_DOCUMENT, await seedCatalog());
    const agency = batch.entities.find((e) => e.aliases.includes('HLGV'));
    expect(agency).toMatchObject({
      id: 'hessisches-landesamt-fuer-geoinformation-und-vermessung',
      type: 'AGENCY',
      name: 'Hessisches Landesamt für Geoinformation und Vermessung',
      origin: 'definition',
    });
    // "Das HLGV ist … zuständig", "die Pressestelle des HLGV": the abbreviation links back.
    expect(batch.mentions.filter((m) => m.entityId === agency?.id).length).toBeGreaterThanOrEqual(3);
  });

  it('creates programmes from »quoted names« and platforms from "die sogenannte …"', async () => {
    const batch = await ingestDocument(NEW_DOCUMENT, await seedCatalog());
    expect(entityByName(batch, 'Geodaten für alle')).toMatchObject({
      type: 'PROGRAMME',
      id: 'geodaten-fuer-alle',
    });
    expect(entityByName(batch, 'Geodaten-Cloud Hessen')).toMatchObject({
      type: 'PLATFORM',
      id: 'geodaten-cloud-hessen',
    });
  });

  it('links its mentions of known catalog entities', async () => {
    const ids = mentionedIds(await ingestDocument(NEW_DOCUMENT, await seedCatalog()));
    for (const id of [
      'hzd',
      'hessen-app',
      'verwaltungsportal-hessen',
      'ozg',
      'hessisches-e-government-gesetz',
      'main-kinzig-kreis',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('finds no people in ordinary words (stolz, junge, Schwarz auf weiß, am Rhein)', async () => {
    const batch = await ingestDocument(NEW_DOCUMENT, await seedCatalog());
    expect(batch.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('resolves a definition of a catalog entity to the catalog id', async () => {
    const batch = await ingest('Der Ausbau der Hessischen Zentrale für Datenverarbeitung (HZD) geht weiter.');
    expect(batch.entities.map((e) => e.id)).toEqual(['hzd']);
  });

  it('guesses the type from the head noun and puts the adjective in the nominative', async () => {
    const batch = await ingest(
      'Das Hessische Landesamt für Bodenkunde (HLBK) und die Landesagentur für Datenschutz Nordhessen (LDN) arbeiten mit dem Landesportal für Vereine (LPV). Das Ministerium für Heimatpflege (MfH) fördert das Gesetz über Vereinsregister (GüV).',
    );
    const byAlias = (a: string) => batch.entities.find((e) => e.aliases.includes(a));
    expect(byAlias('HLBK')).toMatchObject({ type: 'AGENCY', name: 'Hessisches Landesamt für Bodenkunde' });
    expect(byAlias('LDN')).toMatchObject({ type: 'AGENCY' });
    expect(byAlias('LPV')).toMatchObject({ type: 'PLATFORM' });
    expect(byAlias('MfH')).toMatchObject({ type: 'MINISTRY' });
  });

  it('introduces people named with their role', async () => {
    const batch = await ingest(
      'Maria Beispiel ist Staatssekretärin für Digitales. Frau Beispiel leitet den IT-Planungsrat.',
    );
    const person = batch.entities.find((e) => e.type === 'PERSON');
    expect(person).toMatchObject({ id: 'maria-beispiel', name: 'Maria Beispiel' });
    expect(batch.mentions.filter((m) => m.entityId === 'maria-beispiel').map((m) => m.surface)).toEqual([
      'Maria Beispiel',
      'Beispiel',
    ]);
  });
});
