import { describe, expect, it } from 'vitest';
import { compoundParts, initialsFit, initialsFitTail, isAcronymShape } from '../../../src/ingest/initials.ts';

describe('acronyms by the initials of a name', () => {
  it('takes the initials of the content words, folded, a function word in lower case or not at all', () => {
    expect(initialsFit('HZD', 'Hessische Zentrale für Datenverarbeitung')).toBe(true);
    expect(initialsFit('HMdF', 'Hessisches Ministerium der Finanzen')).toBe(true);
    expect(initialsFit('HMF', 'Hessisches Ministerium der Finanzen')).toBe(true);
    expect(initialsFit('LfV', 'Landesamt für Verfassungsschutz')).toBe(true);
    expect(initialsFit('ÖAB', 'Östliche Agentur für Breitband')).toBe(true);
  });

  it('takes letters from the parts of a compound', () => {
    expect(compoundParts('landeskriminalamt')).toEqual(['landes', 'kriminal', 'amt']);
    expect(initialsFit('HLKA', 'Hessisches Landeskriminalamt')).toBe(true);
    expect(initialsFit('HPT', 'Hessisches Polizeipräsidium für Technik')).toBe(true);
    expect(initialsFit('HPPT', 'Hessisches Polizeipräsidium für Technik')).toBe(true);
  });

  it('may stop before „und“ or after a comma, never in the middle of an enumeration', () => {
    const digital = 'Hessisches Ministerium für Digitalisierung und Innovation';
    expect(initialsFit('HMD', digital)).toBe(true);
    expect(initialsFit('HMDI', digital)).toBe(true);
    expect(initialsFit('HMdIS', 'Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz')).toBe(
      true,
    );
    expect(initialsFit('HMdI', 'Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz')).toBe(
      true,
    );
    const economy = 'Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum';
    expect(initialsFit('HMWEVW', economy)).toBe(true);
    expect(initialsFit('HMWE', economy)).toBe(true);
    expect(initialsFit('HM', economy)).toBe(false);
    expect(
      initialsFit('HMW', 'Hessisches Ministerium für Wissenschaft und Forschung, Kunst und Kultur'),
    ).toBe(true);
  });

  it('refuses letters out of order, a skipped content word and a capital for a function word', () => {
    expect(initialsFit('HDZ', 'Hessische Zentrale für Datenverarbeitung')).toBe(false);
    expect(initialsFit('HMI', 'Hessisches Ministerium der Finanzen')).toBe(false);
    expect(initialsFit('HMDF', 'Hessisches Ministerium der Finanzen')).toBe(false);
    expect(initialsFit('HZ', 'Hessische Zentrale für Datenverarbeitung')).toBe(false);
  });

  it('knows an acronym’s shape', () => {
    expect(isAcronymShape('HMdIS')).toBe(true);
    expect(isAcronymShape('HZD')).toBe(true);
    expect(isAcronymShape('KI')).toBe(false);
    expect(isAcronymShape('Bitkom')).toBe(false);
  });

  it('fits a short form to the tail of a longer name when it stands in brackets after it', () => {
    expect(initialsFitTail('SIT', 'Fraunhofer-Institut für Sichere Informationstechnologie')).toBe(true);
    expect(initialsFitTail('ABC', 'Fraunhofer-Institut für Sichere Informationstechnologie')).toBe(false);
  });
});
