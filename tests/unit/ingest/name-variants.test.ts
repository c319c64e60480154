import { describe, expect, it } from 'vitest';
import { isLegalForm, splitLegalForm } from '../../../src/ingest/legal-forms.ts';
import { classifierType, nameCore, nameVariant, shortenedNames } from '../../../src/ingest/name-variants.ts';
import { catalogIndex } from '../../../src/ingest/pipeline.ts';
import { EntityRegistry } from '../../../src/ingest/resolve.ts';
import { ingest, seedCatalog } from './helpers.ts';

describe('legal forms after a name', () => {
  it('splits the form off, with or without the spaces inside it', () => {
    expect(splitLegalForm('Lahnwerk eG')).toEqual({ base: 'Lahnwerk', form: 'eG' });
    expect(splitLegalForm('Freunde des Vogelsbergs e.V.')).toEqual({
      base: 'Freunde des Vogelsbergs',
      form: 'e.V.',
    });
    expect(splitLegalForm('Kinzig Solar GmbH & Co. KG')).toEqual({
      base: 'Kinzig Solar',
      form: 'GmbH & Co. KG',
    });
    expect(splitLegalForm('Rhön Daten UG (haftungsbeschränkt)')?.base).toBe('Rhön Daten');
  });

  it('finds no form inside a word or alone', () => {
    expect(splitLegalForm('Gesetzentwurf SEG')).toBeNull();
    expect(splitLegalForm('AöR')).toBeNull();
    expect(isLegalForm('AöR')).toBe(true);
    expect(isLegalForm('KdöR')).toBe(true);
    expect(isLegalForm('Ederwerk AG')).toBe(false);
  });
});

describe('the core of a name', () => {
  it('leaves out a legal form and a classifying noun before the name', () => {
    expect(nameCore('Lahnwerk eG')).toBe('Lahnwerk');
    expect(nameCore('Genossenschaft Lahnwerk')).toBe('Lahnwerk');
    expect(nameCore('Genossenschaft Lahnwerk eG')).toBe('Lahnwerk');
    expect(nameCore('Digitalverband Netzwerkstatt')).toBe('Netzwerkstatt');
    expect(nameCore('IT-Dienstleister kommunix')).toBe('kommunix');
  });

  it('keeps a head that names a body with what follows, and a name joined by a preposition', () => {
    expect(nameCore('Universität Kassel')).toBe('Universität Kassel');
    expect(nameCore('Landkreis Waldeck-Frankenberg')).toBe('Landkreis Waldeck-Frankenberg');
    expect(nameCore('Verband für Wasserwirtschaft')).toBe('Verband für Wasserwirtschaft');
    expect(nameCore('Verband kommunaler Betriebe')).toBe('Verband kommunaler Betriebe');
  });

  it('reads a classifying noun in any case and as the last part of a compound', () => {
    expect(classifierType('Energieversorgers')).toBe('ORGANISATION');
    expect(classifierType('Lernplattform')).toBe('PLATFORM');
    expect(classifierType('Landesamt')).toBeNull();
  });

  it('matches a core of several words or of a name’s shape alone, one ordinary word only as a name', () => {
    expect(nameVariant('Datenwerk Nord GmbH')).toEqual({ core: 'Datenwerk Nord', strength: 'strong' });
    expect(nameVariant('kommunix eG')).toEqual({ core: 'kommunix', strength: 'strong' });
    expect(nameVariant('Lahn3D GmbH')).toEqual({ core: 'Lahn3D', strength: 'strong' });
    expect(nameVariant('Lahnwerk eG')).toEqual({ core: 'Lahnwerk', strength: 'weak' });
    expect(nameVariant('Lahnwerk')).toBeNull();
  });
});

describe('resolving variants of a name to one entity', () => {
  async function registry(): Promise<EntityRegistry> {
    const catalog = await seedCatalog();
    return new EntityRegistry(catalog, catalogIndex(catalog));
  }
  const candidate = (name: string, type: 'ORGANISATION' | 'PLATFORM' | 'PLACE', origin: string) => ({
    name,
    type,
    aliases: [],
    description: null,
    origin,
  });

  it('resolves the short name, the name with its type noun and the name with its legal form to one id', async () => {
    const r = await registry();
    const id = r.resolve(candidate('Lahnwerk eG', 'ORGANISATION', 'legal-form'));
    expect(r.resolve(candidate('Genossenschaft Lahnwerk', 'ORGANISATION', 'head-noun'))).toBe(id);
    expect(r.resolve(candidate('Lahnwerk', 'ORGANISATION', 'ner'))).toBe(id);
    expect(r.record(id)?.aliases).toEqual(['Genossenschaft Lahnwerk', 'Lahnwerk']);
  });

  it('gives a guessed type way to the stated one, and never joins a place', async () => {
    const r = await registry();
    const guess = r.resolve(candidate('Kinzignetz Solar', 'PLATFORM', 'head-noun'));
    expect(r.resolve(candidate('Kinzignetz Solar GmbH', 'ORGANISATION', 'legal-form'))).toBe(guess);
    expect(r.record(guess)?.type).toBe('ORGANISATION');
    const company = r.resolve(candidate('Vogelsberg GmbH', 'ORGANISATION', 'legal-form'));
    expect(r.resolve(candidate('Vogelsberg', 'PLACE', 'ner'))).not.toBe(company);
  });

  it('keeps a product and a company apart when each has its stated type', async () => {
    const r = await registry();
    const company = r.resolve(candidate('Formwerk GmbH', 'ORGANISATION', 'legal-form'));
    expect(r.resolve(candidate('Software Formwerk', 'PLATFORM', 'head-noun'))).not.toBe(company);
  });

  it('links a core two entities share to neither', async () => {
    const r = await registry();
    const a = r.resolve(candidate('Lahnwerk eG', 'ORGANISATION', 'legal-form'));
    const b = r.resolve(candidate('Lahnwerk GmbH', 'ORGANISATION', 'legal-form'));
    expect(b).not.toBe(a);
    const bare = r.resolve(candidate('Lahnwerk', 'ORGANISATION', 'ner'));
    expect([a, b]).not.toContain(bare);
  });
});

describe('variants in a text read without the tagger', () => {
  it('links a name of several words written without its legal form', async () => {
    const batch = await ingest(
      'Den Zuschlag erhielt die Datenwerk Nord GmbH. Datenwerk Nord stellt dafür zwölf Fachleute ein.',
    );
    const ids = new Set(batch.mentions.map((m) => m.entityId));
    expect(ids.size).toBe(1);
    expect(batch.mentions.map((m) => m.surface)).toEqual(['Datenwerk Nord GmbH', 'Datenwerk Nord']);
  });
});

describe('a long name written up to a conjunct of its complement', () => {
  it('cuts before a comma or „und“ of the complement, never inside the head', () => {
    expect(shortenedNames('Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Wohnen')).toEqual([
      'Hessisches Ministerium für Wirtschaft',
      'Hessisches Ministerium für Wirtschaft, Energie',
      'Hessisches Ministerium für Wirtschaft, Energie, Verkehr',
    ]);
    expect(shortenedNames('Hessischer Städte- und Gemeindebund')).toEqual([]);
    expect(shortenedNames('Landesamt für Umwelt')).toEqual([]);
  });

  it('resolves a former name to the one body of its type that shares the longest cut', async () => {
    const catalog = await seedCatalog();
    const r = new EntityRegistry(catalog, catalogIndex(catalog));
    const former = r.resolve({
      name: 'Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Landesentwicklung',
      type: 'MINISTRY',
      aliases: [],
      description: null,
      origin: 'head-noun',
    });
    expect(former).toBe('ministerium-wirtschaft-energie-verkehr-wohnen');
  });

  it('links a name written up to its first conjunct to the known body', async () => {
    const batch = await ingest('Bis 2003 unterstand die Behörde dem Hessischen Ministerium des Innern.');
    expect(batch.mentions.map((m) => m.entityId)).toEqual(['ministerium-innern-sicherheit-heimatschutz']);
  });
});
