import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../src/graph/model.ts';
import { entityKeys, Knowledge } from '../../../src/load/known-entities.ts';
import { describeReread, staleness } from '../../../src/load/settle.ts';

const person = (id: string, name: string): EntityRecord => ({
  id,
  type: 'PERSON',
  name,
  aliases: [],
  description: null,
  origin: 'ner',
});
const agency: EntityRecord = {
  id: 'landesagentur-fuer-digitale-bildung',
  type: 'AGENCY',
  name: 'Landesagentur für Digitale Bildung',
  aliases: ['LADB'],
  description: null,
  origin: 'definition',
};
/** „Staatssekretärin Morgenroth … die LADB“, read when neither was known. */
const pressNote = { id: 'a', unresolved: ['ladb', 'morgenroth'], linked: [], readAgainst: [] };

describe('entityKeys', () => {
  it('gives names, aliases, a surname with its particles and a short name without legal form', () => {
    expect(entityKeys(person('frank-von-der-au', 'Frank von der Au')).sort()).toEqual(
      ['au', 'frankvonderau', 'vonderau'].sort(),
    );
    expect(entityKeys(agency)).toEqual(expect.arrayContaining(['landesagenturfuerdigitalebildung', 'ladb']));
    const coop = { type: 'ORGANISATION' as const, name: 'Muster Digital eG', aliases: [] };
    expect(entityKeys(coop)).toEqual(expect.arrayContaining(['musterdigitaleg', 'musterdigital', 'digital']));
  });
});

describe('a document read before what explains it', () => {
  it('is stale once another document names the entity its open words name, and says why', () => {
    const known = new Knowledge(new Set(['hzd']));
    expect(staleness(pressNote, known)).toBeNull();
    known.learn('b', [agency]);
    known.learn('c', [person('lena-morgenroth', 'Lena Morgenroth')]);
    const change = staleness(pressNote, known);
    expect(change?.learnt.map((p) => `${p.key} ${p.entityId}`)).toEqual([
      'ladb landesagentur-fuer-digitale-bildung',
      'morgenroth lena-morgenroth',
    ]);
    expect(describeReread({ ...(change as NonNullable<typeof change>), round: 1, fromGraph: true })).toBe(
      'a (from the graph): „ladb“ → Landesagentur für Digitale Bildung, „morgenroth“ → Lena Morgenroth',
    );
  });

  it('is settled when read against what is known, and stale again when a namesake comes or an entity goes', () => {
    const known = new Knowledge();
    known.learn('c', [person('lena-morgenroth', 'Lena Morgenroth')]);
    const read = { ...pressNote, readAgainst: known.pairs('a', ['ladb', 'morgenroth']) };
    expect(read.readAgainst).toEqual(['morgenroth lena-morgenroth']);
    expect(staleness(read, known)).toBeNull();
    known.learn('d', [person('paul-morgenroth', 'Paul Morgenroth')]);
    expect(staleness(read, known)?.learnt.map((p) => p.entityId)).toEqual(['paul-morgenroth']);
    const gone = new Knowledge();
    expect(staleness(read, gone)?.lost.map((p) => p.entityId)).toEqual(['lena-morgenroth']);
  });

  it('learns nothing from its own entities or the catalog', () => {
    const known = new Knowledge(new Set(['landesagentur-fuer-digitale-bildung']));
    known.learn('a', [person('lena-morgenroth', 'Lena Morgenroth')]);
    known.learn('b', [agency]);
    expect(staleness(pressNote, known)).toBeNull();
    expect(known.for('a').map((e) => e.id)).toEqual(['landesagentur-fuer-digitale-bildung']);
  });

  it('sees the names another document adds to a known entity, as the graph will hold them', () => {
    const known = new Knowledge();
    known.learn('b', [{ ...agency, aliases: [] }]);
    const before = known.for('x');
    known.learn('c', [agency]);
    const after = known.for('x');
    // The merged record is appended: the list the previous document saw is a prefix of the new one.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)?.aliases).toEqual(['LADB']);
    expect(known.takeChangedKeys()).toContain('ladb');
    expect(known.takeChangedKeys()).toEqual([]);
  });
});
