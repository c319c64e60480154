import { describe, expect, it } from 'vitest';
import { legalNames } from '../../../src/ingest/legal-names.ts';

const names = (text: string) => legalNames(text).map((n) => n.name);

describe('names before a legal form', () => {
  it('takes the name words before the form', () => {
    expect(names('Den Auftrag erhielt die Nordlicht Software GmbH aus Kassel.')).toEqual([
      'Nordlicht Software GmbH',
    ]);
  });

  it('reads a name from its head noun on when a preposition joins its parts', () => {
    expect(
      names(
        'Die Stadt arbeitet mit der Hessischen Gesellschaft für Wasserwirtschaft im Vogelsberg mbH zusammen.',
      ),
    ).toEqual(['Hessischen Gesellschaft für Wasserwirtschaft im Vogelsberg mbH']);
  });

  it('does not join a body and the company in its genitive', () => {
    expect(names('Das Zentrum der Zeitsprung gGmbH liegt in Fulda.')).toEqual(['Zeitsprung gGmbH']);
  });

  it('reads no name in an adjective before the form, but a lower-case brand', () => {
    expect(names('Die Stadt gründete die gleichnamige GmbH, die städtischen GmbHs folgten.')).toEqual([]);
    expect(names('Die Plattform betreibt die govdigital eG.')).toEqual(['govdigital eG']);
  });
});
