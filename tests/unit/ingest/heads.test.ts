import { describe, expect, it } from 'vitest';
import { nominative, typeFromHead, typeOfName } from '../../../src/ingest/heads.ts';

describe('nominative of a name taken from running text', () => {
  it('reads a truncated compound („Land- und …verband“) up to its head for the gender', () => {
    expect(nominative('Nordhessischen Land- und Forstwirtschaftsverband')).toBe(
      'Nordhessischer Land- und Forstwirtschaftsverband',
    );
    expect(typeOfName('Nordhessischer Land- und Forstwirtschaftsverband')).toBe('ORGANISATION');
  });

  it('reads a head noun before another typed noun as an adjective, not a compound ending in one', () => {
    expect(nominative('Zentralen Vergabestelle')).toBe('Zentrale Vergabestelle');
    expect(nominative('Zentrale Bürgeramt')).toBe('Zentrales Bürgeramt');
    expect(nominative('Stabsstelle Dezernatsbüro')).toBe('Stabsstelle Dezernatsbüro');
  });

  it('names a body called by an adjectival noun in an oblique case by its masculine title', () => {
    expect(nominative('Hessischen Beauftragten für Datenschutz')).toBe(
      'Hessischer Beauftragter für Datenschutz',
    );
    expect(nominative('Sächsischen Beauftragten für Informationssicherheit')).toBe(
      'Sächsischer Beauftragter für Informationssicherheit',
    );
    // A nominative already: a woman's title, or the masculine after „der“.
    expect(nominative('Sächsische Beauftragte für Informationssicherheit')).toBe(
      'Sächsische Beauftragte für Informationssicherheit',
    );
  });

  it('still stops the first noun phrase at a connector between words', () => {
    expect(nominative('Hessischen Zentrale für Datenverarbeitung')).toBe(
      'Hessische Zentrale für Datenverarbeitung',
    );
  });
});

describe('types by the head noun', () => {
  it('types a centre or institute the Land keeps as an authority, an association of the Land as an organisation', () => {
    expect(typeFromHead('Landesrechenzentrum')).toBe('AGENCY');
    expect(typeFromHead('Landesinstituts')).toBe('AGENCY');
    expect(typeFromHead('Rechenzentrum')).toBe('ORGANISATION');
    expect(typeFromHead('Landesverband')).toBe('ORGANISATION');
  });
});

describe('parties by the shape of their name', () => {
  it('types voters’ associations and party compounds as parties', () => {
    expect(typeOfName('Freie Wähler')).toBe('PARTY');
    expect(typeOfName('Wählergemeinschaft Lahntal')).toBe('PARTY');
    expect(typeOfName('Piratenpartei Hessen')).toBe('PARTY');
    expect(typeOfName('Partei der Humanisten')).toBe('PARTY');
    expect(typeOfName('Wählerverzeichnis Kassel')).toBeNull();
  });
});
