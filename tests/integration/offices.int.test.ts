/**
 * Offices read with the real NLP service, each from sentences written for this test: who holds
 * which office, and of which body, however the text places the role, the name and the body.
 */
import { describe, expect, it } from 'vitest';
import { readText as read } from '../support/read-text.ts';

describe('offices', () => {
  it('reads a minister’s portfolio as the ministry of that name, also when the name comes first', async () => {
    const { relations, entities } = await read(
      'Dr. Jana Kornmeier, Ministerin für Digitale Strategie und Entwicklung, eröffnete die Messe in Kassel.',
      'office-portfolio',
    );
    expect(relations).toContain(
      'Jana Kornmeier HEADS [Ministerin] Hessisches Ministerium für Digitalisierung und Innovation',
    );
    // A portfolio in a role title is no programme of its own.
    expect(entities.filter((e) => e.startsWith('PROGRAMME'))).toEqual([]);
  });

  it('reads a compound role as the ministry of the portfolio its first part names, federal for „Bundes-“', async () => {
    const { entities, relations } = await read(
      'Das Bundesministerium für Ernährung und Landwirtschaft und das Hessische Ministerium für Landwirtschaft ' +
        'fördern das Vorhaben. Die Bundeslandwirtschaftsministerin Erika Beispiel eröffnete die Tagung. ' +
        'Das Bundesministerium des Innern und für Heimat schickte Staatssekretär Kurt Muster; der ' +
        'Bundesinnenminister Paul Probe kam nicht.',
      'offices-portfolio-compound',
    );
    expect(entities).toContain('MINISTRY Bundesministerium des Innern und für Heimat');
    expect(relations).toContain(
      'Erika Beispiel HEADS [Bundeslandwirtschaftsministerin] Bundesministerium für Ernährung und Landwirtschaft',
    );
    expect(relations).toContain(
      'Paul Probe HEADS [Bundesinnenminister] Bundesministerium des Innern und für Heimat',
    );
  });

  it('gives a role to the person a pronoun stands for, never to a body, and not where a name holds it', async () => {
    const { relations } = await read(
      'Die Informatikerin Jana Beispiel lebt in Kassel. Die Stiftung Datenbrücke berief sie 2015 in ihren Beirat. ' +
        'Von 2018 bis 2021 war sie Vorsitzende des Vereins Offene Kommune. ' +
        'Im Herbst hat sie dann Landrat Probst auf das Amt verpflichtet.',
      'offices-pronoun-holder',
    );
    expect(
      relations.filter((r) => /^Jana Beispiel CHAIRS \[Vorsitzende\] .*Offene Kommune$/.test(r)),
    ).toHaveLength(1);
    expect(relations.filter((r) => r.includes('Datenbrücke CHAIRS'))).toEqual([]);
    expect(relations.filter((r) => r.startsWith('Jana Beispiel HOLDS_OFFICE [Landrat]'))).toEqual([]);
  });

  it('reads the offices of a town’s executive as offices of the town, an assembly member’s as of the assembly', async () => {
    const { relations } = await read(
      'Niederschrift über die Sitzung der Stadtverordnetenversammlung der Stadt Lorsbach am Dienstag, dem 4. März 2025. ' +
        'Erste Stadträtin Pia Vogt berichtet. Stadtverordneter Ole Brandt (FDP) fragt nach. ' +
        'Für Schulen war früher Stadtrat Emil Kern zuständig.',
      'offices-municipal',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Pia Vogt HOLDS_OFFICE [Stadträtin] Lorsbach',
        'Ole Brandt HOLDS_OFFICE [Stadtverordneter] Stadtverordnetenversammlung der Stadt Lorsbach',
        'Emil Kern HOLDS_OFFICE [Stadtrat] Lorsbach',
      ]),
    );
  });

  it('reads posts on a body’s staff as offices, and a minister named before her title with its adjective', async () => {
    const { relations } = await read(
      'Es spricht Prof. Dr. Lena Winter, Hessische Ministerin für Digitalisierung und Innovation. Gast ist ' +
        'Tom Reiter, Kommunalberater der ekom21. Zuvor war Jonas Kirsch Referent im Hessischen Statistischen Landesamt.',
      'offices-staff',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Lena Winter HEADS [Ministerin] Hessisches Ministerium für Digitalisierung und Innovation',
        'Tom Reiter HOLDS_OFFICE [Kommunalberater] ekom21 – KGRZ Hessen',
        'Jonas Kirsch HOLDS_OFFICE [Referent] Hessisches Statistisches Landesamt',
      ]),
    );
  });

  it('gives a copula clause’s role to its one person, not a role inside an attribute', async () => {
    const { relations } = await read(
      'Referentin im Landesamt für Geodaten ist seit Mai Eva Brandt. Dabei war auch Staatssekretär Ole Hahn ' +
        'aus dem Bereich der Digitalministerin.',
      'offices-copula-attribute',
    );
    expect(
      relations.some((r) => r.startsWith('Eva Brandt HOLDS_OFFICE [Referentin] Landesamt für Geodaten')),
    ).toBe(true);
    expect(relations.filter((r) => r.startsWith('Ole Hahn HEADS'))).toEqual([]);
  });

  it('gives the offices of a portrait’s career lines to the person its title names', async () => {
    const { relations } = await read(
      [
        'Jana Beispiel',
        '',
        'Jana Beispiel ist eine hessische Verwaltungsjuristin.',
        '',
        '- 2012–2016: Referentin im Hessischen Statistischen Landesamt',
        '- 2016–2020: Leiterin des Landesamts für Geodaten',
      ].join('\n'),
      'offices-portrait',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Jana Beispiel HOLDS_OFFICE [Referentin] Hessisches Statistisches Landesamt',
        'Jana Beispiel HOLDS_OFFICE [Leiterin] Landesamt für Geodaten',
      ]),
    );
  });

  it('takes the body the text is about for a role without one in a copula clause', async () => {
    const { relations } = await read(
      'Das Landesamt für Wasserwirtschaft Nordhessen prüft die Brunnen. Das Landesamt für Wasserwirtschaft Nordhessen hat 80 Beschäftigte. Direktor war im Gründungsjahr Martin Quellbach.',
      'office-topic',
    );
    expect(relations).toContain(
      'Martin Quellbach HOLDS_OFFICE [Direktor] Landesamt für Wasserwirtschaft Nordhessen',
    );
  });

  it('reads a body that only a reference names: „der CIO des Landes, Staatssekretär …“', async () => {
    const { relations } = await read(
      'Hessen baut sein Behördennetz aus. Das betonte der CIO des Landes, Staatssekretär Jan Probst.',
      'offices-referred-body',
    );
    expect(relations).toContain('Jan Probst HOLDS_OFFICE [CIO] Land Hessen');
  });

  it('reads a role in a body’s board as an office of the body, a chair of the body itself as its chair', async () => {
    const { relations } = await read(
      'Vorsitzender des Aufsichtsrats der Datenwerk GmbH ist Landrat Tim Ostermann. ' +
        'Die Aufsichtsratsvorsitzende der Netzwerk Süd GmbH, Petra Lind, lobte das Projekt. ' +
        'Vorsitzender des Digitalrats Nordhessen ist Jan Probst.',
      'offices-board',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Tim Ostermann HOLDS_OFFICE [Vorsitzender des Aufsichtsrats] Datenwerk GmbH',
        'Petra Lind HOLDS_OFFICE [Aufsichtsratsvorsitzende] Netzwerk Süd GmbH',
        'Jan Probst CHAIRS [Vorsitzender] Digitalrat Nordhessen',
      ]),
    );
  });

  it('gives „ihr Staatssekretär“ after a minister the ministry she heads', async () => {
    const { relations } = await read(
      'Die Hessische Ministerin der Finanzen, Anna Muster, lobte das Projekt. Ihr Staatssekretär Jan Probst kündigte Mittel an.',
      'offices-possessive-minister',
    );
    expect(relations).toContain(
      'Jan Probst HOLDS_OFFICE [Staatssekretär] Hessisches Ministerium der Finanzen',
    );
  });

  it('does not read a date after the role as its body', async () => {
    const { relations } = await read(
      'Das Polizeipräsidium Osthessen modernisiert seine Leitstelle. Präsidentin ist seit Mai 2021 Anna von der Weide.',
      'office-date',
    );
    expect(relations).toContain('Anna von der Weide HOLDS_OFFICE [Präsidentin] Polizeipräsidium Osthessen');
  });

  it('reads a place in the genitive before the role as the body', async () => {
    const { relations } = await read(
      'Die Stadt Alsfeld eröffnet ein Bürgerbüro. Alsfelds Bürgermeister Jonas Weidenbach sprach zur Eröffnung.',
      'office-genitive',
    );
    expect(relations).toContain('Jonas Weidenbach HOLDS_OFFICE [Bürgermeister] Alsfeld');
  });

  it('reads a CIO as an office, not as an organisation, with a second role before the name', async () => {
    const { relations, entities } = await read(
      'Auf der Tagung in Kassel sprach der CIO des Landes Hessen, Staatssekretär Jonas Eberlein, über Cloud-Dienste.',
      'office-cio',
    );
    expect(relations).toContain('Jonas Eberlein HOLDS_OFFICE [CIO] Land Hessen');
    expect(entities.filter((e) => e.includes('CIO'))).toEqual([]);
  });

  it('takes the town the text is about for a mayor without a place, never the Land', async () => {
    const { relations } = await read(
      'Das Land Hessen fördert den Glasfaserausbau, und das Land Hessen zahlt 80 Prozent. In Grebenstein beginnen die Arbeiten im Mai. Bürgermeister Jan Roth (CDU) lobte die Zusage des Landes Hessen.',
      'office-mayor',
    );
    expect(relations.filter((r) => r.startsWith('Jan Roth HOLDS_OFFICE'))).toEqual([
      'Jan Roth HOLDS_OFFICE [Bürgermeister] Grebenstein',
    ]);
  });

  it('reads a commissioner as an authority of its own, and the holder of it', async () => {
    const { relations, entities } = await read(
      'Seit April 2022 ist Dr. Miriam Falk Hessische Beauftragte für Barrierefreiheit und Teilhabe. Als Datenschutzbeauftragter Nordhessens arbeitet Jonas Weidenbach in Kassel.',
      'office-commissioner',
    );
    expect(relations).toContain(
      'Miriam Falk HOLDS_OFFICE [Beauftragte] Hessische Beauftragte für Barrierefreiheit und Teilhabe',
    );
    // A role before proper words is a person's title, not the name of a body.
    expect(entities.filter((e) => e.startsWith('AGENCY'))).toEqual([
      'AGENCY Hessische Beauftragte für Barrierefreiheit und Teilhabe',
    ]);
  });
});
