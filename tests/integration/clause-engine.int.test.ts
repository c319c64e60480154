/**
 * How the clause engine reads German sentences the tagger gets partly wrong, with the real NLP
 * service. Every sentence here is written for this test; none comes from an evaluated document.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../support/read-text.ts';

/** The stated relations as „from TYPE [role] to“ (with `dated`: „… from–to“), without co-occurrence. */
async function stated(text: string, id: string, dated = false): Promise<string[]> {
  const read = await readText(text, id);
  return dated ? read.dated : read.relations;
}

describe('the clause engine', () => {
  it('reads every name listed after a type noun as the argument, also a name the tagger takes for a noun', async () => {
    const relations = await stated(
      'Das Land Hessen fördert die Städte Alsfeld, Lauterbach und Schotten sowie die Gemeinde Feldatal.',
      'listed-names',
    );
    for (const town of ['Alsfeld', 'Lauterbach', 'Schotten', 'Feldatal'])
      expect(relations).toContain(`Land Hessen FUNDS ${town}`);
  });

  it('reads a branch named by its place as a unit of the body that keeps it, located there', async () => {
    const { relations, entities } = await readText(
      'Seit 1995 unterhält das Landesamt für Geodaten eine Außenstelle in Korbach, der Kreisstadt im Landkreis Waldeck-Frankenberg.',
      'branch',
    );
    expect(entities).toContain('AGENCY Außenstelle Korbach');
    expect(entities).toContain('PLACE Korbach');
    expect(relations).toContain('Außenstelle Korbach PART_OF Landesamt für Geodaten');
    expect(relations).toContain('Außenstelle Korbach LOCATED_IN Korbach');
  });

  it('reads an apposition set after the verb as explaining the argument whose case it shares', async () => {
    const relations = await stated(
      'Damit hat das Ministerium die Kommunale Datenzentrale Nordhessen beauftragt, einen Zweckverband im Geschäftsbereich des Innenministeriums mit Sitz in Kassel.',
      'trailing-apposition',
    );
    expect(relations).toContain(
      'Kommunale Datenzentrale Nordhessen PART_OF Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz',
    );
    expect(relations).toContain('Kommunale Datenzentrale Nordhessen LOCATED_IN Kassel');
  });

  it('reads a town in brackets after a body as its seat, and a party after a person as membership', async () => {
    const relations = await stated(
      'Gegründet wurde 1970 der Zweckverband Datenverarbeitung Starkenburg (Darmstadt). Es sprach Jonas Weber (SPD).',
      'bracket-seat',
    );
    expect(relations).toContain('Zweckverband Datenverarbeitung Starkenburg LOCATED_IN Darmstadt');
    expect(relations).toContain('Jonas Weber MEMBER_OF SPD');
  });

  it('reads a phrase hung on a genitive attribute as said of the noun it belongs to, and a predicate noun as its subject', async () => {
    const relations = await stated(
      'Die Kommunale Datenzentrale Nordhessen ist der IT-Dienstleister der Städte und Gemeinden mit Sitz in Kassel.',
      'attribute-phrase',
    );
    expect(relations).toContain('Kommunale Datenzentrale Nordhessen LOCATED_IN Kassel');
  });

  it('reads a dative noun phrase hung on the subject as the dative object, and a name after a phrase as the object', async () => {
    const relations = await stated(
      'Die Landesagentur für Geodaten wurde 2001 gegründet. Von 2001 bis 2010 unterstand die Landesagentur dem Hessischen Ministerium der Finanzen. Zur Direktorin der Landesagentur für Geodaten hat die Landesregierung in derselben Sitzung Dr. Eva Roth ernannt.',
      'dative-and-object',
    );
    expect(relations).toContain('Landesagentur für Geodaten PART_OF Hessisches Ministerium der Finanzen');
    expect(relations).toContain('Eva Roth HOLDS_OFFICE [Direktorin] Landesagentur für Geodaten');
  });

  it('gives a relative pronoun the name right before its comma, not the noun the tagger chose', async () => {
    const relations = await stated(
      'Im Vorstand folgte Anna Berg auf Jens Peter Kolb, der die Stadtwerke Fulda GmbH bis 2019 führte.',
      'relative-antecedent',
    );
    expect(relations).toContain('Anna Berg FOLLOWS Jens Peter Kolb');
    expect(relations).toContain('Jens Peter Kolb HOLDS_OFFICE [Leiter] Stadtwerke Fulda GmbH');
    expect(relations.filter((r) => r.startsWith('Anna Berg HOLDS_OFFICE'))).toEqual([]);
  });

  it('gives a relative clause with a plural verb every conjunct before it, one with a singular verb the last', async () => {
    const relations = await stated(
      'Das Projekt leiten Jonas Weber und die Informatikerin Eva Roth, die beide an der Universität Kassel lehren. ' +
        'Beraten wird es von Tim Ostermann und Petra Lind, die an der Hochschule Fulda lehrt.',
      'relative-plural',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Jonas Weber MEMBER_OF Universität Kassel',
        'Eva Roth MEMBER_OF Universität Kassel',
      ]),
    );
    expect(relations).toContain('Petra Lind MEMBER_OF Hochschule Fulda');
    expect(relations.filter((r) => r.startsWith('Tim Ostermann MEMBER_OF'))).toEqual([]);
  });

  it('gives the verb’s relation to a partner „gemeinsam mit“ or „zusammen mit“ the subject as well', async () => {
    const relations = await stated(
      'Die Kommunale Datenzentrale Mittelhessen hat zusammen mit der Hochschule Fulda das Portal „Bauen online“ entwickelt.',
      'comitative',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Kommunale Datenzentrale Mittelhessen DEVELOPS Bauen online',
        'Hochschule Fulda DEVELOPS Bauen online',
      ]),
    );
  });

  it('gives „gemeinsam mit“ in a passive clause to the agent, not to what was made', async () => {
    const relations = await stated(
      'Der Leitfaden wird vom Verein Digitale Kommunen gemeinsam mit dem Hessischen Städtetag herausgegeben.',
      'comitative-passive',
    );
    expect(relations).toContain('Verein Digitale Kommunen COOPERATES_WITH Hessischer Städtetag');
  });

  it('reads a town set off by commas after a body as its seat, but not a town in a list', async () => {
    const relations = await stated(
      'Die Kommunale Datenzentrale Nordhessen GmbH, Kassel, betreut 40 Gemeinden. Beteiligt sind die Datenwerk GmbH, Fulda, Gießen und Marburg.',
      'address-seat',
    );
    expect(relations).toContain('Kommunale Datenzentrale Nordhessen GmbH LOCATED_IN Kassel');
    expect(relations.filter((r) => r.startsWith('Datenwerk GmbH LOCATED_IN'))).toEqual([]);
  });

  it('reads a second phrase with its own article as a conjunct, where the tagger hangs it on the first name', async () => {
    const relations = await stated(
      'Die Landesagentur für Geodaten umfasst die Servicestelle Nord und die Servicestelle Süd.',
      'conjunct-on-name',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Servicestelle Nord PART_OF Landesagentur für Geodaten',
        'Servicestelle Süd PART_OF Landesagentur für Geodaten',
      ]),
    );
  });

  it('gives a „mit Sitz in“ phrase the tagger hangs on the verb to the noun phrase right before it', async () => {
    const relations = await stated(
      'Das Breitbandbüro Nordhessen ist bei der Datenwerk GmbH mit Sitz in Fulda angesiedelt.',
      'seat-after-oblique',
    );
    expect(relations).toContain('Datenwerk GmbH LOCATED_IN Fulda');
    expect(relations).not.toContain('Breitbandbüro Nordhessen LOCATED_IN Fulda');
  });

  it('never takes a year for the subject, and finds the subject among the objects', async () => {
    const relations = await stated(
      '2019 ging aus der Stabsstelle Geodaten das heutige Landesamt für Geoinformation hervor.',
      'year-subject',
    );
    expect(relations).toContain('Landesamt für Geoinformation FOLLOWS Stabsstelle Geodaten');
  });

  it('takes the office from an „als“ phrase and lets types decide who led whom', async () => {
    const relations = await stated(
      'Die Stadt Bad Hersfeld hat Anna Roth von 2010 bis 2016 als Bürgermeisterin geführt.',
      'role-as',
    );
    expect(relations).toEqual(['Anna Roth HOLDS_OFFICE [Bürgermeisterin] Bad Hersfeld']);
  });

  it('finds the place of „hat seinen Sitz in“ on the verb', async () => {
    const relations = await stated('Der Verein Offene Daten Hessen hat seinen Sitz in Marburg.', 'seat');
    expect(relations).toContain('Verein Offene Daten Hessen LOCATED_IN Marburg');
  });

  it('reads a noun that introduced a name as that name later', async () => {
    const relations = await stated(
      'Das Land startete die Förderinitiative „Digitale Dörfer“. Finanziert wird die Förderinitiative aus dem Landesprogramm „Starke Regionen“.',
      'introduced-noun',
    );
    expect(relations).toContain('Starke Regionen FUNDS Digitale Dörfer');
  });

  it('keeps a place inside a prepositional phrase out of the name it follows', async () => {
    const relations = await stated(
      'Seit 2005 unterhält die Landesbank eine Filiale in Lauterbach, der Kreisstadt im Vogelsbergkreis.',
      'phrase-span',
    );
    expect(relations.filter((r) => r.startsWith('Vogelsbergkreis'))).toEqual([]);
  });

  it('does not take a body noun for the body in its genitive: the office is a unit of its own', async () => {
    const relations = await stated(
      'Die Geschäftsstelle des Digitalrats Nordhessen ist beim Regierungspräsidium Kassel eingerichtet.',
      'body-genitive',
    );
    expect(relations.filter((r) => r.startsWith('Digitalrat Nordhessen'))).toEqual([]);
    expect(relations).toEqual(
      expect.arrayContaining([
        'Geschäftsstelle des Digitalrats Nordhessen PART_OF Digitalrat Nordhessen',
        'Geschäftsstelle des Digitalrats Nordhessen PART_OF Regierungspräsidium Kassel',
      ]),
    );
  });

  it('makes every party named in a coalition part of it', async () => {
    const relations = await stated(
      'Die Koalition aus CDU und SPD hat sich auf einen Haushalt geeinigt.',
      'coalition',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CDU PART_OF Koalition aus CDU und SPD/),
        expect.stringMatching(/^SPD PART_OF Koalition aus CDU und SPD/),
      ]),
    );
  });
  it('gives an apposition past a prepositional phrase to the noun right before its comma', async () => {
    const relations = await stated(
      'Sie leitete ab 2015 das Sachgebiet im Statistischen Landesamt, einer Abteilung des Finanzministeriums, mit großem Erfolg.',
      'apposition-nearest',
    );
    expect(relations).toContain(
      'Hessisches Statistisches Landesamt PART_OF Hessisches Ministerium der Finanzen',
    );
  });

  it('finds the antecedent of a relative clause that follows the verb bracket, whatever case the tagger gave it', async () => {
    const relations = await stated(
      'Im Mai trat Anna Roth die Nachfolge von Bernd Wilke an, der die Stadtwerke Alsfeld GmbH zehn Jahre als Geschäftsführer geleitet hatte.',
      'bracket-relative',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Anna Roth FOLLOWS Bernd Wilke',
        'Bernd Wilke HOLDS_OFFICE [Geschäftsführer] Stadtwerke Alsfeld GmbH',
      ]),
    );
  });

  it('reads a generic definite noun as the entity of its type the paragraph is about', async () => {
    const relations = await stated(
      'Das Landesamt für Statistik wurde 1950 gegründet. Seit 2022 trägt Ministerin Lena Vogt die Verantwortung für die Behörde.',
      'generic-reference',
    );
    expect(relations).toContain('Lena Vogt RESPONSIBLE_FOR Landesamt für Statistik');
  });
  it('reads whose office was taken over from a „von“ phrase, and what an apposition says of a place', async () => {
    const office = await stated(
      'Bernd Wilke war bis 2020 Leiter des Kreisarchivs. Im Januar hat Anna Roth das Amt von Bernd Wilke übernommen.',
      'took-over',
    );
    expect(office).toContain('Anna Roth FOLLOWS Bernd Wilke');
    const place = await stated(
      'Die Gemeinde Schlitz, die kleinste Stadt im Vogelsbergkreis, feiert ihr Jubiläum.',
      'apposition-place',
    );
    expect(place).toContain('Schlitz LOCATED_IN Vogelsbergkreis');
  });
  it('dates a relation from its own clause, not from the clause around it', async () => {
    const relations = await stated(
      'Im Mai 2020 trat Anna Roth die Nachfolge von Bernd Wilke an, der die Stadtwerke Alsfeld GmbH von 2010 bis 2019 als Geschäftsführer geleitet hatte.',
      'clause-dates',
      true,
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Anna Roth FOLLOWS Bernd Wilke 2020-05–',
        'Bernd Wilke HOLDS_OFFICE [Geschäftsführer] Stadtwerke Alsfeld GmbH 2010–2019',
      ]),
    );
  });

  it('reads a partner phrase the tagger hung on the subject, and a subject it could not label', async () => {
    const relations = await stated(
      'Der Vertrag, den die Stadt Kassel im Mai 2021 mit der Universität Kassel geschlossen hat, gilt bis 2030.',
      'partner-on-subject',
      true,
    );
    expect(relations).toEqual(['Kassel COOPERATES_WITH Universität Kassel 2021-05–']);
  });
  it('dates an office from a sentence that names its holder by surname only', async () => {
    const relations = await stated(
      'Den Landkreis Fulda führt Landrätin Eva Hahn. Hahn ist seit dem 1. März 2021 im Amt und folgte auf Anna Roth, die den Kreis bis 2020 geführt hatte.',
      'surname-office',
      true,
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Eva Hahn HOLDS_OFFICE.* Landkreis Fulda 2021-03-01–$/),
        expect.stringMatching(/^Anna Roth HOLDS_OFFICE.* Landkreis Fulda –2020$/),
      ]),
    );
  });

  it('reads „mein Haus“ in a speech as the ministry of the speaker', async () => {
    const relations = await stated(
      'Präsident Boris Rhein:\nDas Wort hat die Ministerin.\n\nSabine Keller, Ministerin für Digitalisierung und Innovation:\nSeit 2021 fördert mein Haus das Projekt „Digitale Höfe“.',
      'own-house',
    );
    expect(relations).toContain(
      'Hessisches Ministerium für Digitalisierung und Innovation FUNDS Digitale Höfe',
    );
  });
  it('ends a „für“ name at a comma no „und“ closes, and gives an office its holder, not its body', async () => {
    const relations = await stated(
      'Die Präsidentin der Landesanstalt für Medien, Eva Hahn, ist Mitglied des Digitalrats Nordhessen.',
      'office-genitive',
    );
    expect(relations).toEqual([
      'Eva Hahn HOLDS_OFFICE [Präsidentin] Landesanstalt für Medien',
      'Eva Hahn MEMBER_OF Digitalrat Nordhessen',
    ]);
  });
});

describe('claims the clause engine does not make', () => {
  it('relates a name to the place phrase right after it only, not to one after another phrase', async () => {
    const relations = await stated(
      'Der Verband hat seinen Hauptsitz in Marburg und Büros in Fulda und Hanau. ' +
        'Die Gemeinde Lahntal im nordhessischen Landkreis Marburg-Biedenkopf baut ein Portal. ' +
        'Die Landesagentur für Geodaten (LAG) in Wetzlar berät.',
      'claims-place-phrase',
    );
    expect(relations.filter((r) => r.startsWith('Marburg LOCATED_IN'))).toEqual([]);
    expect(relations).toEqual(
      expect.arrayContaining([
        'Lahntal LOCATED_IN Landkreis Marburg-Biedenkopf',
        'Landesagentur für Geodaten LOCATED_IN Wetzlar',
      ]),
    );
  });

  it('makes only people members of a party, whatever a pronoun was read as', async () => {
    const relations = await stated(
      'Ihr Referat war der Hessischen Staatskanzlei zugeordnet. 2021 trat sie der FDP bei.',
      'claims-party-member',
    );
    expect(relations.filter((r) => r.includes('MEMBER_OF FDP') && !r.startsWith('Jana'))).toEqual([]);
  });

  it('does not make what an indefinite article introduces a partner of „gemeinsam mit“', async () => {
    const relations = await stated(
      'Gemeinsam mit dem Regierungspräsidium Darmstadt hat das Landesamt für Geodaten ein Schulungszentrum für Vermessung aufgebaut.',
      'claims-indefinite',
    );
    expect(relations).toContain('Landesamt für Geodaten COOPERATES_WITH Regierungspräsidium Darmstadt');
    expect(relations.filter((r) => r.startsWith('Schulungszentrum'))).toEqual([]);
  });

  it('reads a minister’s title with its adjective as the ministry, whole where the tagger cut it', async () => {
    const relations = await stated(
      'Für das Programm „Dorfnetz“ ist die Hessische Ministerin für Digitale Strategie und Entwicklung zuständig.',
      'claims-minister-title',
    );
    expect(relations).toContain(
      'Hessisches Ministerium für Digitalisierung und Innovation RESPONSIBLE_FOR Dorfnetz',
    );
  });
});

describe('a year with a phrase hung on it', () => {
  it('reads a prepositional phrase the parser hangs on a year as the verb’s', async () => {
    const relations = await stated(
      'Der Kreis Bergstraße bezieht seine Schulsoftware seit 2021 von der Lernwerk Südhessen GmbH.',
      'year-phrase',
    );
    expect(relations).toContain('Lernwerk Südhessen GmbH COMMISSIONED_BY Kreis Bergstraße');
  });
});
