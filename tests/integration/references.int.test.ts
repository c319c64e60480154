/**
 * The reference resolver through the whole pipeline with the real NLP service: pronouns, definite
 * and demonstrative noun phrases, possessives before a role noun and bare surnames become
 * arguments of the relations their sentences state — and where the text leaves the referent open,
 * no relation is claimed.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../support/read-text.ts';

async function stated(text: string, id: string): Promise<string[]> {
  return (await readText(text, id)).relations;
}

describe('pronouns as arguments', () => {
  it('reads „es“ as the neuter entity named before, in a passive clause', async () => {
    const relations = await stated(
      'Das Bürgerportal „Service Nordhessen“ ging 2020 online. Es wird von der Kommunalen Datenzentrale Kassel betrieben.',
      'ref-es-passive',
    );
    expect(relations).toContain('Kommunale Datenzentrale Kassel OPERATES Service Nordhessen');
  });

  it('reads „sie“ as a woman named before, not a body of the other gender', async () => {
    const relations = await stated(
      'Staatssekretärin Anna Berger besuchte 2022 das Landesamt für Geodaten. Sie leitet seit 2021 die Stabsstelle Digitale Verwaltung.',
      'ref-person',
    );
    expect(relations).toContain('Anna Berger HOLDS_OFFICE [Leiter] Stabsstelle Digitale Verwaltung');
  });

  it('reads a demonstrative as the entity named last', async () => {
    const relations = await stated(
      'Die Stadt Kassel arbeitet seit 2021 mit der Landesagentur für Verwaltungsdaten zusammen. Diese betreibt das Portal „Daten Nordhessen“.',
      'ref-demonstrative',
    );
    expect(relations).toContain('Landesagentur für Verwaltungsdaten OPERATES Daten Nordhessen');
    expect(relations.filter((r) => r.startsWith('Kassel OPERATES'))).toEqual([]);
  });

  it('claims nothing where two referents fit, or an unnamed noun fits best', async () => {
    const coordinated = await stated(
      'Die Landesagentur für Verwaltungsdaten und die Hessische Zentrale für Datenverarbeitung arbeiten seit 1990 zusammen. Sie betreibt das Portal „Amt online“.',
      'ref-open-coordination',
    );
    expect(coordinated.filter((r) => r.includes(' OPERATES '))).toEqual([]);
    const unnamed = await stated(
      'Ministerin Eva Roth besuchte 2022 das Landesamt für Geodaten. Die neue Leitstelle ist dort eingerichtet; sie betreibt das Portal „Notruf Hessen“.',
      'ref-open-unnamed',
    );
    expect(unnamed.filter((r) => r.includes(' OPERATES '))).toEqual([]);
    const demonstrative = await stated(
      'Die Stadt Kassel arbeitet mit der Landesagentur für Verwaltungsdaten und der Akademie für Verwaltungsdigitalisierung zusammen. Diese betreibt das Portal „Kassel lernt“.',
      'ref-open-demonstrative',
    );
    expect(demonstrative.filter((r) => r.includes(' OPERATES '))).toEqual([]);
  });
});

describe('„Letzterer“', () => {
  it('reads „Letzterer“ as the last person named that agrees, not the first of a coordination', async () => {
    const relations = await stated(
      'Die Genossenschaft wird von Anna Berg und Jonas Weber geführt. Letzterer ist außerdem Geschäftsführer der Muster Datenwerk GmbH.',
      'ref-latter',
    );
    expect(relations).toContain('Jonas Weber HOLDS_OFFICE [Geschäftsführer] Muster Datenwerk GmbH');
    expect(relations.filter((r) => r.startsWith('Anna Berg HOLDS_OFFICE'))).toEqual([]);
  });
});

describe('noun phrases as arguments', () => {
  it('reads „das Projekt“ as the project the text introduced with that noun', async () => {
    const relations = await stated(
      'Die Stadt Fulda startete 2021 das Projekt „Smarte Dörfer“. Das Projekt wird vom Land Hessen gefördert.',
      'ref-projekt',
    );
    expect(relations).toContain('Land Hessen FUNDS Smarte Dörfer');
  });

  it('reads a generic noun as the salient entity of its type and kind', async () => {
    const authority = await stated(
      'Das Landesamt für Geodaten hat seinen Sitz in Wiesbaden. Die Behörde betreibt das Geoportal „Hessen 3D“.',
      'ref-behoerde',
    );
    expect(authority).toContain('Landesamt für Geodaten OPERATES Hessen 3D');
    const university = await stated(
      'An der Universität Kassel arbeitet das Institut für Verwaltungsinformatik. Die Hochschule betreibt das Portal „Campus digital“.',
      'ref-hochschule',
    );
    expect(university).toContain('Universität Kassel OPERATES Campus digital');
    expect(university.filter((r) => r.startsWith('Institut'))).toEqual([]);
  });

  it('reads „diese Leistung“ as the service named before, and „die zuständige Behörde“ as nothing', async () => {
    const service = await stated(
      'Die Stadt Wetzlar bietet seit 2022 die Onlineleistung „Wohngeld digital“ an. Diese Leistung wird vom Kommunalen Rechenzentrum Mittelhessen betrieben.',
      'ref-diese-leistung',
    );
    expect(service).toContain('Kommunales Rechenzentrum Mittelhessen OPERATES Wohngeld digital');
    const described = await stated(
      'Das Landesamt für Statistik hat seinen Sitz in Wiesbaden. Die zuständige Behörde betreibt das Portal „Zahlen Hessen“.',
      'ref-described',
    );
    expect(described.filter((r) => r.includes(' OPERATES '))).toEqual([]);
  });
});

describe('possessives before a role noun', () => {
  it('give the office to the body the possessive stands for', async () => {
    const direktor = await stated(
      'Die Akademie für Verwaltungsdigitalisierung wurde 2019 in Kassel gegründet. Unter ihrem Direktor Jan Muster baute sie das Portal „Lernen Hessen“ auf.',
      'ref-ihrem-direktor',
    );
    expect(direktor).toContain('Jan Muster HOLDS_OFFICE [Direktor] Akademie für Verwaltungsdigitalisierung');
    const vorsitz = await stated(
      'Der Verein Digitale Dörfer Hessen hat seinen Sitz in Gießen. Sein Vorsitzender ist Jan Muster.',
      'ref-sein-vorsitzender',
    );
    expect(vorsitz).toContain('Jan Muster CHAIRS [Vorsitzender] Verein Digitale Dörfer Hessen');
    const praesidentin = await stated(
      'Die Hochschule für Verwaltung wurde 2015 in Fulda gegründet. Prof. Dr. Petra Lind ist ihre Präsidentin.',
      'ref-ihre-praesidentin',
    );
    expect(praesidentin).toContain('Petra Lind HOLDS_OFFICE [Präsidentin] Hochschule für Verwaltung');
  });

  it('give none when the possessive does not agree with the body', async () => {
    const relations = await stated(
      'Die Akademie für Verwaltungsdigitalisierung wurde 2019 in Kassel gegründet. Sein Direktor Jan Muster baute das Portal „Lernen Hessen“ auf.',
      'ref-possessive-disagrees',
    );
    expect(relations.filter((r) => r.includes('HOLDS_OFFICE'))).toEqual([]);
  });
});

describe('possessives before a role noun with titles', () => {
  it('finds the holder below „Herr Abg.“, the abbreviation read inside its sentence', async () => {
    const relations = await stated(
      'Der Landesverband Digitale Kommunen tagte 2023 in Kassel. Für den Verband sprach sein Vorsitzender, Herr Abg. Jonas Weber.',
      'ref-possessive-titles',
    );
    expect(relations).toContain('Jonas Weber CHAIRS [Vorsitzender] Landesverband Digitale Kommunen');
  });
});

describe('bare surnames', () => {
  it('read a surname at the start of a sentence as the person named in full before', async () => {
    const relations = await stated(
      'Der Landkreis Gießen hat 2021 Jonas Kerber eingestellt. Kerber leitet seit 2022 die Stabsstelle Digitale Verwaltung.',
      'ref-surname',
    );
    expect(relations).toContain('Jonas Kerber HOLDS_OFFICE [Leiter] Stabsstelle Digitale Verwaltung');
  });
});

describe('„das Land“', () => {
  it('reads „das Land“ as the Land the text names, the one named last, never the countryside', async () => {
    const relations = await stated(
      'Hessen baut sein WLAN aus. Im Auftrag des Landes berät die Kommunale Netzagentur Nordhessen die Gemeinden. ' +
        'Auf dem Land fehlt trotzdem Netz. In Bayern läuft es anders: Dort fördert das Land die Firma Netzwerk Süd GmbH.',
      'references-the-land',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Kommunale Netzagentur Nordhessen COMMISSIONED_BY Land Hessen',
        'Freistaat Bayern FUNDS Netzwerk Süd GmbH',
      ]),
    );
    expect(relations.filter((r) => r.startsWith('Land Hessen FUNDS'))).toEqual([]);
  });
});

describe('the topic the title names', () => {
  it('reads „sie“ as the person a biography is about, after a paragraph on other things', async () => {
    const relations = await stated(
      [
        '# Marta Feldmann',
        '',
        'Marta Feldmann ist eine hessische Juristin.',
        '',
        'Die Landesstelle für Rechtsinformatik wurde 1990 in Gießen gegründet und zog 2001 nach Marburg.',
        '',
        'Seit 2015 arbeitet sie bei der Hessischen Zentrale für Datenverarbeitung.',
      ].join('\n'),
      'ref-title-topic',
    );
    expect(relations).toContain('Marta Feldmann MEMBER_OF Hessische Zentrale für Datenverarbeitung');
  });
});

describe('a pronoun a role phrase makes a person', () => {
  it('reads „sie“ beside „als Professorin“ as the woman named before, not the government named as well', async () => {
    const relations = await stated(
      'Im Jahr 2018 berief die Landesregierung Lena Vogt in den Digitalrat. Zuvor lehrte sie als Professorin an der Hochschule Fulda.',
      'ref-als-role',
    );
    expect(relations).toContain('Lena Vogt MEMBER_OF Hochschule Fulda');
  });
});

describe('a person described by a noun', () => {
  it('reads „die Juristin“, „die 54-Jährige“ and „die Staatssekretärin“ as the woman named before with that office', async () => {
    const relations = await stated(
      'Staatssekretärin Lena Vogt eröffnete 2023 das Rechenzentrum in Hünfeld. Die Juristin leitet seit 2021 die Stabsstelle Datenschutz. Zuvor hatte die 51-Jährige bei der Landesagentur für Verwaltungsdaten gearbeitet. Die Staatssekretärin ist Mitglied der FDP.',
      'ref-person-description',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Lena Vogt HOLDS_OFFICE [Leiter] Stabsstelle Datenschutz',
        'Lena Vogt MEMBER_OF Landesagentur für Verwaltungsdaten',
        'Lena Vogt MEMBER_OF FDP',
      ]),
    );
  });

  it('reads an office noun as no one the text never gave that office, nor a person of the other gender', async () => {
    const relations = await stated(
      'Lena Vogt eröffnete 2023 das Rechenzentrum in Hünfeld. Die Ministerin ist Mitglied der FDP. Der Jurist leitet die Stabsstelle Datenschutz.',
      'ref-person-description-open',
    );
    expect(
      relations.filter((r) => r.startsWith('Lena Vogt MEMBER_OF') || r.includes('HOLDS_OFFICE')),
    ).toEqual([]);
  });
});
