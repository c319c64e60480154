import { describe, expect, it } from 'vitest';
import { genitive } from '../../../src/ingest/heads.ts';
import { unitSpans } from '../../../src/ingest/units.ts';
import { ingest } from './helpers.ts';

describe('numbered units of a body', () => {
  it('finds a unit noun with a designation that holds a number', () => {
    const units = (text: string) => unitSpans(text).map((u) => `${u.noun} ${u.designation}`);
    expect(units('Die Abteilung IV des Ministeriums und das Referat Z 3 im Amt.')).toEqual([
      'Abteilung IV',
      'Referat Z 3',
    ]);
    expect(units('Das Referat IV 2 und der Dezernats 21 Leiter.')).toEqual(['Referat IV 2', 'Dezernat 21']);
    expect(units('Die Abteilung arbeitet im Referat für Grundsatzfragen.')).toEqual([]);
  });

  it('names the body in the genitive, by its head’s gender', () => {
    expect(genitive('Hessisches Ministerium der Finanzen')).toBe('des Hessischen Ministeriums der Finanzen');
    expect(genitive('Hessische Zentrale für Datenverarbeitung')).toBe(
      'der Hessischen Zentrale für Datenverarbeitung',
    );
    expect(genitive('Landesamt für Verfassungsschutz Hessen')).toBe(
      'des Landesamts für Verfassungsschutz Hessen',
    );
    expect(genitive('Muster GmbH')).toBeNull();
  });

  it('keeps two bodies’ units of the same number apart, each part of its body', async () => {
    const batch = await ingest(
      'Die Abteilung IV des Hessischen Ministeriums der Finanzen prüft die Anträge. Die Abteilung IV des Hessischen Ministeriums für Digitalisierung und Innovation berät dabei.',
    );
    const units = batch.entities.filter((e) => e.name.startsWith('Abteilung IV'));
    expect(units.map((u) => u.name).sort()).toEqual([
      'Abteilung IV des Hessischen Ministeriums der Finanzen',
      'Abteilung IV des Hessischen Ministeriums für Digitalisierung und Innovation',
    ]);
    const partOf = batch.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from} ${r.to}`);
    for (const u of units) expect(partOf.some((p) => p.startsWith(u.id))).toBe(true);
  });
});
