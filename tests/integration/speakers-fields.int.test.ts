/**
 * Genre structure through the whole pipeline with the real NLP service: who says „ich“ in a
 * protocol, an interview and a signed answer; whose „mein Haus“, „Mein Staatssekretär“ and „Ihr
 * Vorgänger“ are; key–value lines of an infobox or an organisation chart; Markdown pipe tables.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../support/read-text.ts';

async function stated(text: string, id: string): Promise<string[]> {
  return (await readText(text, id)).relations;
}

describe('first and second person', () => {
  it('reads „ich“ and „mein Haus“ in a protocol as the speaker of the turn and the ministry of the line', async () => {
    const relations = await stated(
      [
        'Präsidentin Anna Lind:',
        'Das Wort hat Herr Minister Weber.',
        '',
        'Jonas Weber, Minister für Arbeit und Soziales:',
        'Seit 2022 leite ich die Arbeitsgruppe Digitale Sozialverwaltung. Mein Haus fördert das Portal „Sozial digital“. Mein Staatssekretär Paul Kern vertritt mich im Beirat.',
      ].join('\n'),
      'speaker-protocol',
    );
    expect(relations).toContain('Jonas Weber HOLDS_OFFICE [Leiter] Arbeitsgruppe Digitale Sozialverwaltung');
    expect(relations.filter((r) => r.startsWith('Anna Lind HOLDS_OFFICE [Leiter]'))).toEqual([]);
    expect(relations.some((r) => /^Paul Kern HOLDS_OFFICE \[Staatssekretär\] .*Soziales$/.test(r))).toBe(
      true,
    );
  });

  it('reads an interview: „ich“ in the answers and „Sie“, „Ihr“ in the questions are the person asked', async () => {
    const relations = await stated(
      [
        'Seit 2021 ist Dr. Petra Lind Präsidentin des Landesamts für Geodaten.',
        '',
        'Frau Dr. Lind, Sie kommen aus der Wissenschaft. Was hat Sie geprägt?',
        '',
        'Von 2015 bis 2020 habe ich das Institut für Raumdaten in Kassel geleitet.',
        '',
        'Ihr Vorgänger Bernd Wilke hatte das Amt zwölf Jahre inne. Was übernehmen Sie von ihm?',
        '',
        'Vor allem die Offenheit für neue Partner.',
      ].join('\n'),
      'speaker-interview',
    );
    expect(relations).toContain('Petra Lind HOLDS_OFFICE [Leiter] Institut für Raumdaten');
    expect(relations).toContain('Petra Lind FOLLOWS Bernd Wilke');
  });

  it('reads „ich“ in a signed answer as the signer, and leaves an unsigned text alone', async () => {
    const signed = await stated(
      'Die Anfrage beantworte ich wie folgt. Seit 2020 leite ich den Lenkungskreis Digitale Schule.\n\nWiesbaden, 3. Mai 2024\n\nProf. Dr. Eva Roth',
      'speaker-signed',
    );
    expect(signed).toContain('Eva Roth HOLDS_OFFICE [Leiter] Lenkungskreis Digitale Schule');
    const unsigned = await stated(
      'Ministerin Eva Roth besuchte den Lenkungskreis Digitale Schule. Seit 2020 leite ich ihn.',
      'speaker-unsigned',
    );
    expect(unsigned.filter((r) => r.includes('HOLDS_OFFICE [Leiter]'))).toEqual([]);
  });
});

describe('the body a document is by', () => {
  it('reads „wir“ and „unser Amt“ in a report titled with a body as that body, not inside a quote', async () => {
    const relations = await stated(
      [
        'Landesamt für Geodaten | Jahresbericht 2023',
        '',
        'Seit 2019 betreiben wir das Geoportal „Hessen 3D“. Unser Amt fördert außerdem das Projekt „Kataster digital“.',
        '„Wir entwickeln die App „Flur mobil““, sagte Jana Keller von der Hochschule Fulda.',
      ].join('\n'),
      'speaker-publisher',
    );
    expect(relations).toContain('Landesamt für Geodaten OPERATES Hessen 3D');
    expect(relations).toContain('Landesamt für Geodaten FUNDS Kataster digital');
    expect(relations.filter((r) => r.startsWith('Landesamt für Geodaten DEVELOPS'))).toEqual([]);
  });
});

describe('key–value lines and tables', () => {
  it('reads an infobox: each label states a relation of the entity the title names', async () => {
    const relations = await stated(
      [
        '# Landesamt für Geodaten',
        '',
        '**Sitz:** Wiesbaden',
        '**Behördenleitung:** Dr. Petra Lind',
        '**Aufsicht:** Hessisches Ministerium der Finanzen',
        '**Geburtsort:** Kassel',
        '',
        'Das Landesamt für Geodaten führt das Liegenschaftskataster.',
      ].join('\n'),
      'fields-infobox',
    );
    expect(relations).toContain('Landesamt für Geodaten LOCATED_IN Wiesbaden');
    expect(relations).toContain('Petra Lind HOLDS_OFFICE [Leitung] Landesamt für Geodaten');
    expect(relations).toContain('Landesamt für Geodaten PART_OF Hessisches Ministerium der Finanzen');
    expect(relations.filter((r) => r.includes('LOCATED_IN Kassel'))).toEqual([]);
  });

  it('reads who holds an event from the lines of its programme', async () => {
    const relations = await stated(
      [
        'Fachtag „Offene Daten in Kommunen“',
        '',
        'Veranstalter: Hessisches Statistisches Landesamt',
        'Ausrichter: Stadt Friedberg',
        '',
        'Der Fachtag beginnt um 10 Uhr.',
      ].join('\n'),
      'fields-event',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Hessisches Statistisches Landesamt RESPONSIBLE_FOR Offene Daten in Kommunen',
        'Friedberg RESPONSIBLE_FOR Offene Daten in Kommunen',
      ]),
    );
  });

  it('reads an organisation chart: a unit line, then its lines', async () => {
    const relations = await stated(
      'Abteilung Z des Landesamts für Geodaten\nLeitung: Bernd Wilke\n\nReferat Z 1 des Landesamts für Geodaten\nLeitung: Jana Keller',
      'fields-chart',
    );
    expect(relations.some((r) => /^Bernd Wilke HOLDS_OFFICE \[Leitung\] Abteilung Z/.test(r))).toBe(true);
    expect(relations.some((r) => /^Jana Keller HOLDS_OFFICE \[Leitung\] Referat Z 1/.test(r))).toBe(true);
  });

  it("reads a chart of the title's body: units, their nesting by designation, their heads and tasks", async () => {
    const { relations, entities } = await readText(
      [
        'Landesamt für Geodaten',
        'Geschäftsverteilungsplan',
        '',
        'Präsident: Dr. Bernd Wilke',
        '',
        'Abteilung Z – Zentrale Dienste',
        'Leitung: Jana Keller',
        '  Referat Z 1 – Geoportal „Hessen 3D“',
        '    Leitung: Tobias Brandt',
      ].join('\n'),
      'fields-units',
    );
    expect(relations).toContain('Bernd Wilke HOLDS_OFFICE [Präsident] Landesamt für Geodaten');
    expect(relations).toContain('Abteilung Z des Landesamts für Geodaten PART_OF Landesamt für Geodaten');
    expect(relations).toContain(
      'Referat Z 1 des Landesamts für Geodaten PART_OF Abteilung Z des Landesamts für Geodaten',
    );
    expect(relations).toContain('Jana Keller HOLDS_OFFICE [Leitung] Abteilung Z des Landesamts für Geodaten');
    expect(relations).toContain(
      'Tobias Brandt HOLDS_OFFICE [Leitung] Referat Z 1 des Landesamts für Geodaten',
    );
    expect(relations).toContain('Referat Z 1 des Landesamts für Geodaten RESPONSIBLE_FOR Hessen 3D');
    expect(relations.filter((r) => r.startsWith('Tobias Brandt HOLDS_OFFICE [Leitung] Abteilung'))).toEqual(
      [],
    );
    expect(entities).toContain('AGENCY Referat Z 1 des Landesamts für Geodaten');
  });

  it('reads a Markdown pipe table, its subject in the first column no label explains', async () => {
    const relations = await stated(
      [
        'Die Vorhaben des Jahres:',
        '',
        '| Jahr | Vorhaben | Auftraggeber |',
        '| --- | --- | --- |',
        '| 2023 | Portal „Bauen digital“ | Hessisches Ministerium der Finanzen |',
      ].join('\n'),
      'fields-pipe-table',
    );
    expect(relations).toContain('Bauen digital COMMISSIONED_BY Hessisches Ministerium der Finanzen');
  });

  it('reads an article about a body: infobox rows, „Sitz ist …“, „… liegt bei …“ and a list under a label', async () => {
    const relations = await stated(
      [
        'Datenverbund Lahn',
        '',
        '| Datenverbund Lahn | |',
        '| --- | --- |',
        '| Sitz | Weilburg |',
        '| Leitung | Carla Wendt |',
        '',
        'Der Datenverbund Lahn betreut die Rechenzentren der Kommunen an der Lahn.',
        '',
        'Aufsichtsbehörde ist das Regierungspräsidium Gießen. Die Geschäftsführung liegt bei Tim Ostermann.',
        '',
        'Standorte',
        '',
        'Weilburg (Hauptsitz)',
        'Stadt Kassel',
      ].join('\n'),
      'fields-article',
    );
    expect(relations).toContain('Datenverbund Lahn LOCATED_IN Weilburg');
    expect(relations).toContain('Carla Wendt HOLDS_OFFICE [Leitung] Datenverbund Lahn');
    expect(relations).toContain('Datenverbund Lahn PART_OF Regierungspräsidium Gießen');
    expect(relations).toContain('Tim Ostermann HOLDS_OFFICE [Geschäftsführung] Datenverbund Lahn');
    expect(relations).toContain('Datenverbund Lahn LOCATED_IN Kassel');
  });
});
