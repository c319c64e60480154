import { describe, expect, it } from 'vitest';
import { personNounGender } from '../../../../src/lang/de/person-nouns.ts';

describe('person nouns', () => {
  it.each([
    ['juristin', 'die', 'f'],
    ['informatikerin', 'der', 'f'],
    ['biologin', 'die', 'f'],
    ['jurist', 'der', 'm'],
    ['biologe', 'der', 'm'],
    ['54-jaehrige', 'die', 'f'],
    ['jaehrige', 'der', 'm'],
    ['jaehrigen', 'der', null],
  ])('reads „%s“ after „%s“ as a person of gender %s', (key, article, gender) => {
    expect(personNounGender(key, article)).toBe(gender);
  });

  it.each(['medizin', 'termin', 'magazin', 'disziplin', 'computer', 'verwaltung', 'ministerium'])(
    'reads „%s“ as no person',
    (key) => {
      expect(personNounGender(key, 'die')).toBeUndefined();
    },
  );
});
