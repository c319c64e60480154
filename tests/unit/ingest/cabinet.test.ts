import { describe, expect, it } from 'vitest';
import { ministryFromOffice, splitTitles } from '../../../src/ingest/components/cabinet.ts';
import { ingestDocument } from '../../../src/ingest/index.ts';
import { ingest, SEEDS, seedCatalog } from './helpers.ts';

describe('the cabinet table', () => {
  it('derives the ministry from the office title', () => {
    expect(ministryFromOffice('Minister der Finanzen')).toBe('Ministerium der Finanzen');
    expect(ministryFromOffice('Ministerin für Digitalisierung und Innovation')).toBe(
      'Ministerium für Digitalisierung und Innovation',
    );
    expect(
      ministryFromOffice(
        'Minister für Bundes- und Europaangelegenheiten, Internationales und Entbürokratisierung und Bevollmächtigter des Landes Hessen beim Bund',
      ),
    ).toBe('Ministerium für Bundes- und Europaangelegenheiten, Internationales und Entbürokratisierung');
    expect(ministryFromOffice('Ministerpräsident')).toBeNull();
  });

  it('strips titles from names but keeps them', () => {
    expect(splitTitles('Prof. Dr. Alexander Lorz')).toEqual({
      name: 'Alexander Lorz',
      titles: ['Prof.', 'Dr.'],
    });
  });

  it('yields every minister of the seed with party, ministry and cabinet', async () => {
    const batch = await ingestDocument(SEEDS.eco, await seedCatalog());
    const people = batch.entities.filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(12);
    const rel = (type: string) =>
      new Map(batch.relations.filter((r) => r.type === type).map((r) => [r.from, r.to]));
    const party = rel('MEMBER_OF');
    const heads = rel('HEADS');
    const serves = rel('SERVES_IN');
    for (const p of people) {
      expect(party.get(p.id), p.name).toMatch(/^(cdu|spd)$/);
      expect(heads.get(p.id), p.name).toBeDefined();
      expect(serves.get(p.id), p.name).toBe('kabinett-rhein-ii');
    }
    expect(heads.get('boris-rhein')).toBe('kabinett-rhein-ii');
    expect(heads.get('alexander-lorz')).toBe('ministerium-finanzen');
    expect(heads.get('kristina-sinemus')).toBe('ministerium-digitalisierung-innovation');
    expect(party.get('kaweh-mansoori')).toBe('spd');
    expect(people.find((p) => p.id === 'alexander-lorz')).toMatchObject({
      name: 'Alexander Lorz',
      titles: ['Prof.', 'Dr.'],
    });
    expect(people.find((p) => p.id === 'armin-schwarz')?.titles).toBeUndefined();
  });

  it('works for a cabinet the catalog does not know', async () => {
    const batch = await ingest(
      'Das Kabinett Muster I besteht aus:\n\nMinisterpräsidentin\tDr. Erika Muster (XYZ)\nMinister für Häfen und Schifffahrt\tOtto Beispiel (CDU)\n',
    );
    expect(batch.entities.find((e) => e.name === 'Ministerium für Häfen und Schifffahrt')).toMatchObject({
      type: 'MINISTRY',
      origin: 'cabinet-table',
    });
    expect(batch.entities.find((e) => e.id === 'erika-muster')?.titles).toEqual(['Dr.']);
    expect(batch.relations).toContainEqual(
      expect.objectContaining({ from: 'erika-muster', type: 'MEMBER_OF', to: 'xyz' }),
    );
    expect(batch.relations).toContainEqual(
      expect.objectContaining({ from: 'otto-beispiel', type: 'MEMBER_OF', to: 'cdu' }),
    );
    expect(batch.relations).toContainEqual(
      expect.objectContaining({ from: 'erika-muster', type: 'HEADS', to: 'kabinett-muster-i' }),
    );
  });
});
