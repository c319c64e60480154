/**
 * Names in their variants read with the real NLP service, each from sentences written for this test:
 * a body with and without its legal form or type noun is one entity; names of unusual shape are
 * kept whole; product names after a type noun, numbered units of a named body, acronyms of known
 * bodies and parties are read as what they are.
 */
import { describe, expect, it } from 'vitest';
import { readText as read } from '../support/read-text.ts';

describe('a name with and without its legal form or type noun', () => {
  it('reads the short name, the name with its type noun and with its legal form as one body', async () => {
    const { entities } = await read(
      'Die Genossenschaft Lahnwerk Energie verlegt Glasfaser im Hinterland. Gegründet wurde die Lahnwerk Energie eG im Jahr 2016. Inzwischen versorgt Lahnwerk Energie elf Dörfer.',
      'variants-cooperative',
    );
    expect(entities.filter((e) => e.includes('Lahnwerk'))).toEqual(['ORGANISATION Lahnwerk Energie eG']);
  });

  it('reads a company named again without „GmbH“ as the same company', async () => {
    const { entities } = await read(
      'Den Auftrag für das Portal erhielt die Rhönsoft Systeme GmbH aus Fulda. Rhönsoft Systeme entwickelt das Portal bis Ende 2025.',
      'variants-company',
    );
    expect(entities.filter((e) => e.includes('Rhönsoft'))).toEqual(['ORGANISATION Rhönsoft Systeme GmbH']);
  });

  it('reads a society’s name after its type noun and later alone as one body', async () => {
    const { entities } = await read(
      'Der Verein Offene Wetterau lädt zum Hackathon nach Friedberg ein. Offene Wetterau stellt dafür Daten der Kommunen bereit.',
      'variants-society',
    );
    expect(entities.filter((e) => e.includes('Wetterau'))).toEqual(['ORGANISATION Verein Offene Wetterau']);
  });

  it('keeps a company and the equally named product its text types apart', async () => {
    const { entities } = await read(
      'Die Lernplattform Kursfabrik nutzen alle Schulen im Kreis. Betrieben wird sie von der Kursfabrik GmbH in Kassel.',
      'variants-product',
    );
    expect(entities.filter((e) => e.includes('Kursfabrik')).sort()).toEqual([
      'ORGANISATION Kursfabrik GmbH',
      'PLATFORM Lernplattform Kursfabrik',
    ]);
  });
});

describe('names of an odd shape', () => {
  it('keeps names with a digit, a superscript or an inner dot whole', async () => {
    const { entities } = await read(
      'Die Anträge prüft die Stelle QR.NET in Kassel. Das Zentrum rheinlab.KI forscht in Gießen. Die Kommunen arbeiten mit der Software x²-Akte.',
      'variants-odd',
    );
    expect(entities).toContain('AGENCY Stelle QR.NET');
    expect(entities).toContain('ORGANISATION rheinlab.KI');
    expect(entities).toContain('PLATFORM x²-Akte');
  });

  it('reads no legal form alone as a body', async () => {
    const { entities } = await read(
      'Der Zweckverband überwies 1.200 Euro an die AöR.',
      'variants-form-alone',
    );
    expect(entities.filter((e) => e.includes('AöR'))).toEqual([]);
  });
});

describe('product names after a type noun', () => {
  it('reads quoted and lower-case names after a type noun as of the noun’s type', async () => {
    const { entities } = await read(
      'Die Stadt nutzt die Software „formix“ für Anträge. Die Bürger laden die App ‚meinort‘ herunter. Für die Bauanträge nutzt der Kreis die Plattform kivento. Unterstützung kommt vom IT-Dienstleister kobra7. Die Stadt betreibt die App rathausnah.',
      'variants-products',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'PLATFORM formix',
        'PLATFORM meinort',
        'PLATFORM kivento',
        'ORGANISATION kobra7',
        'PLATFORM rathausnah',
      ]),
    );
  });

  it('reads a name in capitals after a classifying noun as a name, not as a letterhead', async () => {
    const { entities } = await read(
      'Den Strom liefert der Energieversorger NORDWERK seit 2019.',
      'variants-caps',
    );
    expect(entities).toContain('ORGANISATION NORDWERK');
  });

  it('takes no ordinary word after a type noun for a name', async () => {
    const { entities } = await read(
      'Die Plattform selbst läuft stabil. Die Kommune lädt die App herunter und nutzt die Software täglich. Die Stadt will die App nutzen. Seit Mai ist die neue Suche auf dem Portal aktiv. Die Methode ist in manchen Stellen längst erprobt.',
      'variants-no-product',
    );
    expect(entities).toEqual([]);
  });
});

describe('acronyms of known bodies', () => {
  it('links an acronym that fits exactly one known body’s initials to it', async () => {
    const { entities } = await read(
      'Die Förderung hat das HMD im Mai bewilligt. Geprüft hatte den Antrag zuvor das HMdF.',
      'variants-acronym-catalog',
    );
    expect(entities).toEqual([
      'MINISTRY Hessisches Ministerium für Digitalisierung und Innovation',
      'MINISTRY Hessisches Ministerium der Finanzen',
    ]);
  });

  it('links a short form in brackets after a body’s name, and later uses of it', async () => {
    const { entities } = await read(
      'Die Proben untersucht das Landeslabor für Gewässerkunde und Bodenschutz (GBS) in Kassel. Das GBS veröffentlicht die Werte jährlich.',
      'variants-acronym-bracket',
    );
    // One entity under both names; a lab the Land keeps is an authority („Landes-“).
    expect(entities.filter((e) => !e.startsWith('PLACE'))).toEqual([
      'AGENCY Landeslabor für Gewässerkunde und Bodenschutz',
    ]);
  });

  it('links an acronym to a body the text names in full before', async () => {
    const { entities } = await read(
      'Die Nordhessische Agentur für Breitbandausbau plant neue Trassen. Nach Angaben der NAB beginnen die Arbeiten im Herbst.',
      'variants-acronym-document',
    );
    expect(entities.filter((e) => e.includes('NAB') || e.includes('Agentur'))).toEqual([
      'AGENCY Nordhessische Agentur für Breitbandausbau',
    ]);
  });

  it('links no acronym that fits two bodies', async () => {
    const { entities } = await read(
      'Das HMW fördert die Forschung an Hochschulen.',
      'variants-acronym-ambiguous',
    );
    expect(entities.filter((e) => e.startsWith('MINISTRY'))).toEqual([]);
  });
});

describe('parties', () => {
  it('reads an unknown party in brackets after a speaker in a parliamentary text as a party', async () => {
    const { entities, relations } = await read(
      'Plenarprotokoll 21/14\n\nDas Wort hat die Abgeordnete Anna Muster (FW). Ihr antwortet Jonas Probe (Volt). Danach spricht Lea Lahn (SPD) und nach ihr Tim Ohm (Volt).',
      'variants-party-brackets',
    );
    expect(entities.filter((e) => e.startsWith('PARTY')).sort()).toEqual([
      'PARTY FW',
      'PARTY SPD',
      'PARTY Volt',
    ]);
    expect(entities.filter((e) => e.startsWith('ORGANISATION'))).toEqual([]);
    expect(relations).toContain('Anna Muster MEMBER_OF FW');
    expect(relations).toContain('Tim Ohm MEMBER_OF Volt');
  });

  it('reads parties by their shape, never as organisations', async () => {
    const { entities } = await read(
      'Im Kreistag stellen die Freien Wähler zwei Sitze. Die Piratenpartei ist nicht vertreten. Die Wählergemeinschaft Lahntal stellte einen Antrag.',
      'variants-party-shapes',
    );
    expect(entities.filter((e) => !e.startsWith('GOVERNMENT')).sort()).toEqual([
      'PARTY Freie Wähler',
      'PARTY Piratenpartei',
      'PARTY Wählergemeinschaft Lahntal',
    ]);
  });

  it('reads a bracket after a name outside a parliamentary text as what it is', async () => {
    const { entities } = await read(
      'Den Vortrag hielt Anna Muster (HZD) in Wiesbaden.',
      'variants-party-none',
    );
    expect(entities.filter((e) => e.startsWith('PARTY'))).toEqual([]);
  });
});

describe('numbered units of a named body', () => {
  it('names a unit with its body, part of it, and never merges two bodies’ units of one number', async () => {
    const { entities, relations } = await read(
      'Die Anträge prüft die Abteilung IV des Hessischen Ministeriums der Finanzen. Beteiligt ist auch die Abteilung IV des Hessischen Ministeriums für Digitalisierung und Innovation. Das Referat Z 3 im HMdF stellt die Mittel bereit.',
      'variants-units',
    );
    expect(entities.filter((e) => e.startsWith('AGENCY')).sort()).toEqual([
      'AGENCY Abteilung IV des Hessischen Ministeriums der Finanzen',
      'AGENCY Abteilung IV des Hessischen Ministeriums für Digitalisierung und Innovation',
      'AGENCY Referat Z 3 des Hessischen Ministeriums der Finanzen',
    ]);
    expect(relations).toContain(
      'Abteilung IV des Hessischen Ministeriums der Finanzen PART_OF Hessisches Ministerium der Finanzen',
    );
    expect(relations).toContain(
      'Referat Z 3 des Hessischen Ministeriums der Finanzen PART_OF Hessisches Ministerium der Finanzen',
    );
  });

  it('reads a later mention of the unit without its body as that unit', async () => {
    const { relations } = await read(
      'Die Förderung verwaltet das Referat 21 der Hessischen Zentrale für Datenverarbeitung. Im Mai kam Jana Köhler aus Kassel hinzu. Jana Köhler leitet das Referat 21.',
      'variants-units-later',
    );
    expect(relations).toContain(
      'Jana Köhler HOLDS_OFFICE [Leiter] Referat 21 der Hessischen Zentrale für Datenverarbeitung',
    );
  });

  it('makes no unit of a numbered unit without a named body', async () => {
    const { entities } = await read('Die Abteilung 3 prüft die Anträge bis Ende Mai.', 'variants-units-none');
    expect(entities).toEqual([]);
  });
});

describe('a long name written short or in a former version', () => {
  it('reads a ministry named up to its first conjunct or by a former name as the known ministry', async () => {
    const { entities } = await read(
      'Die Aufsicht führte bis 2003 das Hessische Ministerium des Innern. Gefördert hat das Projekt damals das Hessische Ministerium für Wirtschaft, Energie, Verkehr und Landesentwicklung.',
      'variants-shortened',
    );
    expect(entities).toEqual([
      'MINISTRY Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz',
      'MINISTRY Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum',
    ]);
  });
});
