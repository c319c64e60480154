/**
 * Names read with the real NLP service, each from sentences written for this test: one entity per
 * body however it is spelled, and names the tagger cuts or misses.
 */
import { describe, expect, it } from 'vitest';
import { readText as read } from '../support/read-text.ts';

describe('names of bodies', () => {
  it('reads an abbreviated head and the full name as one entity', async () => {
    const { entities } = await read(
      'Die Arbeitsgruppe forscht an der TU Ilmenau. Die Technische Universität Ilmenau stellt dafür zwei Labore bereit.',
      'names-expansion',
    );
    expect(entities.filter((e) => e.includes('Ilmenau'))).toEqual([
      'ORGANISATION Technische Universität Ilmenau',
    ]);
  });

  it('reads a unit’s name after its head up to the next body, with „und“ inside', async () => {
    const { entities, relations } = await read(
      'Das bestätigte Jonas Weidenbach, Leiter des Fachdiensts Geodaten und Vermessung im Landratsamt Fulda.',
      'names-unit',
    );
    expect(entities).toContain('AGENCY Fachdienst Geodaten und Vermessung');
    expect(relations).toContain('Jonas Weidenbach HOLDS_OFFICE [Leiter] Fachdienst Geodaten und Vermessung');
  });

  it('reads a lower-case adjective inside a „für“ complement as part of the name', async () => {
    const { entities } = await read(
      'Das Zentrum für angewandte Verwaltungsforschung Nordhessen hat seinen Sitz in Kassel. Zuständig ist das Ministerium für Wohnen und ländlichen Raum.',
      'names-complement-adjective',
    );
    expect(entities).toContain('ORGANISATION Zentrum für angewandte Verwaltungsforschung Nordhessen');
    expect(entities).toContain('MINISTRY Ministerium für Wohnen und ländlichen Raum');
  });

  it('reads a minister’s title the tagger takes for a name as the ministry, and a bare type noun as no body', async () => {
    const { entities } = await read(
      'Jonas Weber, Minister für Arbeit und Soziales, besuchte Kassel. Die Landesagentur für Geodaten wurde 2001 gegründet. Später zog die Landesagentur nach Fulda.',
      'names-title-ministry',
    );
    expect(entities.filter((e) => e.startsWith('ORGANISATION Minister'))).toEqual([]);
    expect(entities.some((e) => e.startsWith('MINISTRY') && e.includes('Soziales'))).toBe(true);
    expect(entities).not.toContain('AGENCY Landesagentur');
  });

  it('reads a town named by its adjective as a mention of the town, not a street’s', async () => {
    const { entities } = await read(
      'Die Firma ist eine Tochter des Darmstädter Energieversorgers Datenwerk. Ihr Büro liegt an der Mainzer Straße.',
      'names-place-adjective',
    );
    expect(entities).toContain('PLACE Darmstadt');
    expect(entities).not.toContain('PLACE Mainz');
  });

  it('reads a Land’s adjective as the Land, never as a town cut from it', async () => {
    const { entities } = await read(
      'Mit dem Thüringer Landesbeauftragten tauscht sich die Landesstelle aus.',
      'names-land-adjective',
    );
    expect(entities).toContain('PLACE Freistaat Thüringen');
    expect(entities.filter((e) => e === 'PLACE Thüring')).toEqual([]);
  });

  it('does not join two kinds named in a list into one name', async () => {
    const { entities } = await read(
      'Das Rechenzentrum bietet Wissenschaft, Unternehmen und Behörden freie Rechenzeit.',
      'names-list',
    );
    expect(entities.filter((e) => e.includes('Unternehmen'))).toEqual([]);
  });

  it('reads no street and no address line as a place', async () => {
    const { entities } = await read(
      'Die Behörde zog 2019 in einen Neubau an der Frankfurter Straße in Gießen. Das Amt sitzt heute an der Wilhelmshöher Allee in Kassel.\nLandratsamt Vogelsberg, Im Lindenhof 12, 36341 Lauterbach',
      'names-streets',
    );
    expect(entities.filter((e) => e.startsWith('PLACE')).sort()).toEqual([
      'PLACE Gießen',
      'PLACE Kassel',
      'PLACE Lauterbach',
    ]);
  });

  it('reads a proper noun listed with organisations the tagger found as an organisation', async () => {
    const { entities } = await read(
      'Das Land schloss den Vertrag mit der Deutschen Bahn, Flixtrain und der Siemens AG. Beteiligt sind außerdem Vodacom, Nokia und die Deutsche Telekom.',
      'names-listed',
    );
    expect(entities).toContain('ORGANISATION Flixtrain');
    expect(entities).toContain('ORGANISATION Vodacom');
  });

  it('reads proper nouns listed under a noun of places as places, but no month', async () => {
    const { entities } = await read(
      'Gefördert werden die Gemeinden Hohenwarte, Brunsfeld und Ellerbach. In den Ortsteilen Kleinrode und Juni 2024 beginnen die Arbeiten.',
      'names-listed-places',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['PLACE Hohenwarte', 'PLACE Brunsfeld', 'PLACE Ellerbach', 'PLACE Kleinrode']),
    );
    expect(entities.filter((e) => e.includes('Juni'))).toEqual([]);
  });

  it('reads a short form the document defines as its own entity, not a catalog body of that short form', async () => {
    const { entities, relations } = await read(
      'Das Zentrum für Interdisziplinäre Technikforschung (ZIT) der Technischen Universität Darmstadt lädt ein. Das ZIT arbeitet mit der Hessischen Zentrale für Datenverarbeitung zusammen.',
      'names-defined-short-form',
    );
    expect(entities.filter((e) => e.includes('Internetkriminalität'))).toEqual([]);
    expect(relations).toContain(
      'Zentrum für Interdisziplinäre Technikforschung COOPERATES_WITH Hessische Zentrale für Datenverarbeitung',
    );
  });

  it('reads the cut first part of a coordinated compound as the compound it stands for, and keeps a name that is written so', async () => {
    const { entities } = await read(
      'Das Projekt fördern das Finanz- und das Innenministerium gemeinsam. Die Industrie- und Handelskammer Fulda berät.',
      'names-truncated-compound',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'MINISTRY Hessisches Ministerium der Finanzen',
        'MINISTRY Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz',
        'ORGANISATION Industrie- und Handelskammer Fulda',
      ]),
    );
  });

  it('reads a town whose name opens with a word of its own („Hessisch Lichtenau“) as the whole name', async () => {
    const { entities } = await read(
      'Gefördert werden die Städte Eschwege, Hessisch Lichtenau und Sontra.',
      'names-place-prefix',
    );
    expect(entities).toContain('PLACE Hessisch Lichtenau');
    expect(entities).not.toContain('PLACE Lichtenau');
  });

  it('reads the short form a text gives a catalog body in brackets as that body', async () => {
    const { entities } = await read(
      'Beteiligt war das Fraunhofer-Institut für Sichere Informationstechnologie (SIT). Das SIT forscht seit 1961.',
      'names-catalog-short-form',
    );
    expect(entities).toEqual(['ORGANISATION Fraunhofer-Institut für Sichere Informationstechnologie SIT']);
  });

  it('reads a unit named after its noun as a unit, and a unit of a kind every body has as none', async () => {
    const { entities } = await read(
      'Zum Bürgeramt gehört die Abteilung Wahlen. Das Dezernat für Bürgerdienste berät. Die IT-Abteilung der Stadt zieht um.',
      'names-units',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['AGENCY Abteilung Wahlen', 'AGENCY Dezernat für Bürgerdienste']),
    );
    expect(entities.filter((e) => e.includes('IT-Abteilung'))).toEqual([]);
  });

  it('reads the word after a role as a surname, not as a place', async () => {
    const { entities } = await read(
      'Die Sitzung eröffnete Landtagspräsident Main (SPD). Danach sprach Staatssekretärin Lahn zu den Gästen aus Marburg.',
      'names-role-surname',
    );
    expect(entities.filter((e) => e.startsWith('PLACE'))).toEqual(['PLACE Marburg']);
  });

  it('reads a regional genitive as part of a body’s name after an article, not in a description', async () => {
    const { entities } = await read(
      'Die Akten prüft die Zentralstelle der hessischen Finanzverwaltung in Kassel. Den Einkauf übernimmt die zentrale Einkaufs- und Vergabestelle der hessischen Justiz.',
      'names-regional',
    );
    expect(entities.filter((e) => e.startsWith('AGENCY'))).toEqual([
      'AGENCY Zentralstelle der hessischen Finanzverwaltung',
    ]);
  });

  it('reads no name into a kind of thing: an abbreviated common noun, a quote after „eine“', async () => {
    const { entities } = await read(
      'Zwei Projekte der kommunalen Wirtschaftsförderung (KWF) laufen bereits. Der Kreis erarbeitet künftig Konzepte für eine „Digitale Region“.',
      'names-kinds',
    );
    expect(entities).toEqual([]);
  });

  it('reads an infrastructure with a proper name as a platform, its abbreviation as an alias', async () => {
    const { entities } = await read(
      'Karten bündelt die Geodateninfrastruktur Nordhessen (GDN) in Kassel.',
      'names-infrastructure',
    );
    expect(entities).toContain('PLATFORM Geodateninfrastruktur Nordhessen');
    expect(entities).not.toContain('PLACE Nordhessen');
  });

  it('reads a glued street with a house number or its town after it, and a hyphenated square, as no place', async () => {
    const { entities } = await read(
      'Das Vermessungsamt sitzt in der Lindenallee in Kassel. Seinen Neubau am Konrad-Zuse-Platz hat es 2021 bezogen.\nVermessungsamt Kassel · Lindenallee 4–6 · 34117 Kassel',
      'names-glued-streets',
    );
    expect(entities.filter((e) => e.startsWith('PLACE'))).toEqual(['PLACE Kassel']);
  });
});

describe('units a body has one of', () => {
  it('reads „die Geschäftsstelle des …“ as a unit of the body, of the body’s kind', async () => {
    const { entities, relations } = await read(
      'Die Geschäftsstelle des IT-Planungsrats bereitet die Sitzungen vor. Die Pressestelle der HZD informiert.',
      'names-sole-units',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'ORGANISATION Geschäftsstelle des IT-Planungsrats',
        'AGENCY Pressestelle der Hessischen Zentrale für Datenverarbeitung',
      ]),
    );
    expect(relations).toContain('Geschäftsstelle des IT-Planungsrats PART_OF IT-Planungsrat');
  });
});

describe('people on a line of their own', () => {
  it('reads an attendance list: a given name and a surname alone on a line, with a party or a role after it', async () => {
    const { entities, relations } = await read(
      [
        'Anwesend:',
        'Jana Fischer',
        'Markus Weber (SPD)',
        'Dr. Tanja Ulrich, Schriftführerin',
        'Neue Medien',
      ].join('\n'),
      'names-attendance',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['PERSON Jana Fischer', 'PERSON Markus Weber', 'PERSON Tanja Ulrich']),
    );
    expect(relations).toContain('Markus Weber MEMBER_OF SPD');
    expect(entities.filter((e) => e.startsWith('PERSON Neue'))).toEqual([]);
  });
});

describe('a type noun before a proper name', () => {
  it('names the entity by the proper name alone where the noun only says its kind', async () => {
    const { entities } = await read(
      'Die Forschungsgruppe wird aus Mitteln des Förderprogramms KOMPASS bezahlt. Beteiligt ist auch das Kompetenzzentrum DE NOVA in Gießen. Die Messdaten wertet das Institut FORTIS aus.',
      'names-kind-noun',
    );
    expect(entities).toContain('PROGRAMME KOMPASS');
    expect(entities).toContain('ORGANISATION DE NOVA');
    expect(entities).toContain('ORGANISATION FORTIS');
    expect(entities.filter((e) => /Förderprogramm|Kompetenzzentrum|Institut/.test(e))).toEqual([]);
  });

  it('reads the name after a chatbot or an information system as a platform', async () => {
    const { entities } = await read(
      'Der Chatbot LEO beantwortet Fragen. Das Auskunftssystem ELBA ist online.',
      'names-system',
    );
    expect(entities).toEqual(expect.arrayContaining(['PLATFORM LEO', 'PLATFORM ELBA']));
  });

  it('reads a compound of capitalised parts and a word with „@“ as the name after the noun', async () => {
    const { entities } = await read(
      'Vorher hatte sie das Projekt Bürger-Service-Verbund geleitet. Seit 2021 betreut sie das Förderprogramm Vern@tzt.',
      'names-kind-compound',
    );
    expect(entities).toContain('PROGRAMME Bürger-Service-Verbund');
    expect(entities).toContain('PROGRAMME Vern@tzt');
  });

  it('keeps the noun of an institution named after its place', async () => {
    const { entities } = await read(
      'Das Institut arbeitet mit der Universität Siegen und der Hochschule Worms zusammen.',
      'names-kind-place',
    );
    expect(entities).toContain('ORGANISATION Universität Siegen');
    expect(entities).toContain('ORGANISATION Hochschule Worms');
  });
});

describe('titles of laws and things named by a compound', () => {
  it('reads what a law regulates as part of its title, not after an indefinite article', async () => {
    const { entities } = await read(
      'Die Stadt stützt sich auf das Gesetz über die kommunale Gebietsreform und die Verordnung zur Erhebung ' +
        'statistischer Daten. Das Hessische Gesetz zum Schutz der Kulturdenkmäler gilt weiter. Ein Gesetz über ' +
        'die Zukunft der Dörfer fehlt.',
      'names-law-titles',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'LAW Gesetz über die kommunale Gebietsreform',
        'LAW Verordnung zur Erhebung statistischer Daten',
        'LAW Hessisches Gesetz zum Schutz der Kulturdenkmäler',
      ]),
    );
    expect(entities.filter((e) => e.includes('Zukunft'))).toEqual([]);
  });

  it('reads a hyphenated compound opened by a name as one platform or law, not one opened by a kind', async () => {
    const { entities } = await read(
      'Die Gemeinde Lautertal hat die Lautertal-App eingeführt. Grundlage ist der KDN-Staatsvertrag. ' +
        'Viele Kommunen planen eine KI-Plattform und eine Online-Plattform.',
      'names-named-things',
    );
    expect(entities).toEqual(expect.arrayContaining(['PLATFORM Lautertal-App', 'LAW KDN-Staatsvertrag']));
    expect(entities.filter((e) => e.includes('-Plattform'))).toEqual([]);
  });
});

describe('organs of towns and districts', () => {
  it('reads an organ named with its place, and a bare organ as the organ of the place the text is about', async () => {
    const { entities } = await read(
      'Der Kreisausschuss des Vogelsbergkreises hat den Antrag geprüft. Die Universitätsstadt Marburg will ihre ' +
        'Bürgerdienste bündeln. Der Magistrat legt dazu einen Plan vor, über den die Stadtverordnetenversammlung ' +
        'im Mai berät. In Marburg sind die Erwartungen groß. Auch der Kreistag will mitreden.',
      'names-municipal-organs',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'GOVERNMENT Kreisausschuss des Vogelsbergkreises',
        'GOVERNMENT Magistrat der Universitätsstadt Marburg',
        'GOVERNMENT Stadtverordnetenversammlung der Universitätsstadt Marburg',
        'GOVERNMENT Kreistag des Vogelsbergkreises',
      ]),
    );
    expect(entities.filter((e) => /^GOVERNMENT (?:Magistrat|Kreistag)$/.test(e))).toEqual([]);
  });

  it('reads districts listed after „die Landkreise“ by their official name, and the town alone again as the town', async () => {
    const { entities } = await read(
      'Das Netzwerk betreut die Landkreise Waldeck-Frankenberg, Kassel und Schwalm-Eder sowie den Werra-Meißner-Kreis. ' +
        'In Kassel selbst sitzt die Geschäftsstelle.',
      'names-district-list',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'PLACE Landkreis Waldeck-Frankenberg',
        'PLACE Landkreis Kassel',
        'PLACE Werra-Meißner-Kreis',
        'PLACE Kassel',
      ]),
    );
  });

  it('reads a Hessian district under its official name however the text shortens it', async () => {
    const { entities } = await read(
      'Beteiligt sind die Landkreise Wetterau und Main-Taunus sowie der Kreis Lahn-Dill. Im Kreis Fulda startet ' +
        'das Projekt später, in der Stadt Fulda schon im Mai.',
      'names-hessian-districts',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'PLACE Wetteraukreis',
        'PLACE Main-Taunus-Kreis',
        'PLACE Lahn-Dill-Kreis',
        'PLACE Landkreis Fulda',
        'PLACE Fulda',
      ]),
    );
  });

  it('ends an organ’s place at a date and names a sibling organ with the place as the text styles it', async () => {
    const { entities } = await read(
      'Sitzung der Gemeindevertretung der Gemeinde Wetterfeld am Montag, dem 3. Juni 2024. Bericht des Gemeindevorstands.',
      'names-organ-siblings',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'GOVERNMENT Gemeindevertretung der Gemeinde Wetterfeld',
        'GOVERNMENT Gemeindevorstand der Gemeinde Wetterfeld',
      ]),
    );
  });

  it('reads an organ of a district whose name is hyphenated', async () => {
    const { entities } = await read(
      'Der Kreistag des Main-Kinzig-Kreises tagt am Freitag.',
      'names-organ-hyphen',
    );
    expect(entities).toContain('GOVERNMENT Kreistag des Main-Kinzig-Kreises');
  });

  it('reads an association of districts as an organisation, not an organ', async () => {
    const { entities } = await read(
      'Der Hessische Landkreistag begrüßt den Vorschlag des Ministeriums.',
      'names-landkreistag',
    );
    expect(entities).toContain('ORGANISATION Hessischer Landkreistag');
  });
});

describe('parliamentary groups', () => {
  it('reads a group named after its party as a body of its own, and a party only its group names', async () => {
    const { entities } = await read(
      'Im Stadtparlament beantragte die SPD-Fraktion eine Aktuelle Stunde. Ihr schloss sich die ÖDP-Fraktion an, während die Mehrheits-Fraktion schwieg. Die ÖDP sitzt seit 2021 im Parlament.',
      'names-party-groups',
    );
    expect(entities).toContain('ORGANISATION SPD-Fraktion');
    expect(entities).toContain('ORGANISATION ÖDP-Fraktion');
    expect(entities).toContain('PARTY ÖDP');
    expect(entities.filter((e) => e.includes('Mehrheits'))).toEqual([]);
  });
});

describe('units of a chart', () => {
  it('reads a unit with a one-letter short form on its own line, not in running text', async () => {
    const { entities, relations } = await read(
      'Geschäftsverteilungsplan des Amtes\n\nPressestelle (P)\nLeitung: Jana Vogt\n\nBriefe nimmt die Eingangsstelle (E) im Erdgeschoss an.',
      'names-heading-abbreviation',
    );
    expect(entities).toContain('AGENCY Pressestelle');
    expect(relations).toContain('Jana Vogt HOLDS_OFFICE [Leitung] Pressestelle');
    expect(entities.filter((e) => e.includes('Eingangsstelle'))).toEqual([]);
  });
});

describe('abbreviations of kinds of things', () => {
  it('reads no organisation in the long form of a role or in a list of abbreviations', async () => {
    const { entities } = await read(
      'Die Stabsstelle führt Jana Ortmann, zugleich Chief Information Security Officer (CISO) des Landes.\n\nAbkürzungen: CDO – Chief Digital Officer; KoKo – Koordinierung für Kommunen; HZD – Hessische Zentrale für Datenverarbeitung',
      'names-spelled-out',
    );
    expect(entities.filter((e) => e.startsWith('ORGANISATION'))).toEqual([]);
    expect(entities).toContain('AGENCY Hessische Zentrale für Datenverarbeitung');
  });
});

describe('names of people', () => {
  it('reads a given name and the capitalised word after it as a person, also where the tagger cuts the line', async () => {
    const { entities } = await read(
      'Geschäftsverteilung des Amtes\n\nReferat 3 – Geodaten\n  Leitung: Dr. Sabine Kraft\nReferat 4 – Statistik\n  Leitung: Tobias Wendland\nReferat 5 – Haushalt\n  Leitung: Dr. Jens Ahlhorn\n',
      'names-given-name',
    );
    expect(entities.filter((e) => e.startsWith('PERSON')).sort()).toEqual([
      'PERSON Jens Ahlhorn',
      'PERSON Sabine Kraft',
      'PERSON Tobias Wendland',
    ]);
  });

  it('reads no place into a lone place adjective', async () => {
    const { entities } = await read(
      'Die Thüringische und die Hessische stimmen sich ab.',
      'names-lone-adjective',
    );
    expect(entities.filter((e) => e.startsWith('PLACE'))).toEqual([]);
  });

  it('reads one body named by two truncated kinds, not a pair of common nouns', async () => {
    const { entities } = await read(
      'Zum Amt gehört die Beratungs- und Beschwerdestelle. Bund und Länder teilen sich Planungs- und Baukosten.',
      'names-truncated',
    );
    expect(entities).toContain('AGENCY Beratungs- und Beschwerdestelle');
    expect(entities.filter((e) => e.includes('Baukosten'))).toEqual([]);
  });

  it('keeps a family name after „zu“ or „von der“, but no place after „von“', async () => {
    const { entities } = await read(
      'Die Stelle leitet Dr. Henrike Lange zu Drolshagen. Ihr Stellvertreter ist Bernd von der Aue. ' +
        'Den Preis erhielt Ina Roth von Hessen Mobil.',
      'names-particles',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'PERSON Henrike Lange zu Drolshagen',
        'PERSON Bernd von der Aue',
        'PERSON Ina Roth',
      ]),
    );
  });

  it('leaves out an initial before the given name', async () => {
    const { entities } = await read(
      'Die Antwort gibt das Ministerium im Einvernehmen mit der Staatskanzlei.\n\nWiesbaden, 3. März 2025\n\nDr. K. Martin Ohlendorf\nStaatsminister',
      'names-initial',
    );
    expect(entities).toContain('PERSON Martin Ohlendorf');
  });
});
