/**
 * Frames: Role nouns. The noun names the office, its genitive or „im/beim“ phrase the body, and the
 * holder is the noun's own copula subject („Eva Roth ist Präsidentin des Landesamts“, „…, die seit
 * 2019 Direktorin der Akademie ist“, „Seit 2020 ist sie …“). Not the subject of a clause the noun is
 * an object in („Die Ministerin begrüßte den Präsidenten des Landesamts“ names no office of hers), nor
 * a name joined to the noun („die Präsidentin der TU, Prof. X, und Prof. Y“): `subject`, neither
 * `anchor` nor `self`. Appositions and inverted copulas („Direktorin der Akademie ist Eva Roth“) are
 * read by the office mechanism (ingest/offices.ts). The role is the noun as the text writes it.
 */
import { BODIES, type Frame } from './types.ts';

export const ROLE_NOUN_FRAMES: readonly Frame[] = [
  {
    id: 'rolle',
    type: 'HOLDS_OFFICE',
    compounds: true,
    pos: ['NOUN'],
    from: 'subject',
    to: 'prep:gen|in|im|bei|beim',
    fromTypes: ['PERSON'],
    toTypes: [...BODIES, 'PROGRAMME'],
    confidence: 0.8,
    predicates: {
      Leiter: {
        sentence:
          'Jonas Weber kam 2019 vom Landkreis Gießen. Seitdem ist er Leiter der Servicestelle Breitband.',
        from: 'Jonas Weber',
        to: 'Servicestelle Breitband',
      },
      Leiterin: {
        sentence:
          'Staatssekretär Jonas Weber begrüßte Miriam Adler, die seit 2020 Leiterin der Hessischen Verwaltungsakademie ist.',
        from: 'Miriam Adler',
        to: 'Hessische Verwaltungsakademie',
      },
      Direktor: {
        sentence:
          'Eva Roth stellte Thomas Weber vor, der seit 2019 Direktor des Landesamts für Statistik ist.',
        from: 'Thomas Weber',
        to: 'Landesamt für Statistik',
      },
      Direktorin: {
        sentence:
          'Jonas Weber dankte Eva Roth, die seit 2019 Direktorin der Verwaltungsakademie Nordhessen ist.',
        from: 'Eva Roth',
        to: 'Verwaltungsakademie Nordhessen',
      },
      Präsident: {
        sentence:
          'Staatssekretär Tobias Brandt würdigte Jonas Weber, der seit 2021 Präsident des Landesamts für Bodenmanagement ist.',
        from: 'Jonas Weber',
        to: 'Landesamt für Bodenmanagement',
      },
      Präsidentin: {
        sentence: 'Petra Lind stammt aus Fulda. Seit 2020 ist sie Präsidentin der Landesanstalt für Medien.',
        from: 'Petra Lind',
        to: 'Landesanstalt für Medien',
      },
      Geschäftsführer: {
        sentence:
          'Tobias Brandt war bis 2022 bei der Telekom tätig. Seither ist er Geschäftsführer der Breitband Nordhessen GmbH.',
        from: 'Tobias Brandt',
        to: 'Breitband Nordhessen GmbH',
      },
      Geschäftsführerin: {
        sentence:
          'Jana Keller kommt aus der Privatwirtschaft. Heute ist sie Geschäftsführerin der Digitalagentur Marburg GmbH.',
        from: 'Jana Keller',
        to: 'Digitalagentur Marburg GmbH',
      },
      Vorstand: {
        sentence: 'Bernd Wilke und Eva Roth sind seit 2020 Vorstand der Kommunalen IT-Genossenschaft Hessen.',
        from: 'Eva Roth',
        to: 'Kommunale IT-Genossenschaft Hessen',
      },
      Chef: {
        sentence: 'Eva Roth empfing Jonas Weber, der seit Januar 2024 Chef der Hessischen Staatskanzlei ist.',
        from: 'Jonas Weber',
        to: 'Hessische Staatskanzlei',
      },
      Chefin: {
        sentence:
          'Petra Lind kam 2019 aus Marburg. Heute ist sie Chefin der Kommunalen Datenzentrale Mittelhessen.',
        from: 'Petra Lind',
        to: 'Kommunale Datenzentrale Mittelhessen',
      },
      Sprecher: {
        sentence: 'Tobias Brandt ist Sprecher des Hessischen Landeskriminalamts.',
        from: 'Tobias Brandt',
        to: 'Landeskriminalamt',
      },
      Sprecherin: {
        sentence: 'Jana Keller ist Sprecherin des Landesamts für Statistik.',
        from: 'Jana Keller',
        to: 'Landesamt für Statistik',
      },
      Beauftragte: {
        sentence:
          'Jonas Weber übergab den Bericht an Eva Roth. Sie ist Beauftragte der Landesregierung für Open Data.',
        from: 'Eva Roth',
        to: 'Landesregierung',
      },
      Beauftragter: {
        sentence:
          'Jonas Weber kommt aus dem Innenministerium. Seit Mai ist er Beauftragter des Regierungspräsidiums Kassel für Informationssicherheit.',
        from: 'Jonas Weber',
        to: 'Regierungspräsidium Kassel',
      },
      Amtschef: {
        sentence: 'Tobias Brandt ist Amtschef des Digitalministeriums.',
        from: 'Tobias Brandt',
        to: 'Digitalministerium',
      },
      Amtschefin: {
        sentence: 'Eva Roth ist seit 2022 Amtschefin des Innenministeriums und für den Haushalt zuständig.',
        from: 'Eva Roth',
        to: 'Innenministerium',
      },
      Referatsleiter: {
        sentence: 'Eva Roth dankte Bernd Wilke, der seit 2018 Referatsleiter im Digitalministerium ist.',
        from: 'Bernd Wilke',
        to: 'Digitalministerium',
      },
      Abteilungsleiterin: {
        sentence:
          'Ute Sommer war zuvor im Landesamt für Statistik tätig. Seit 2020 ist sie Abteilungsleiterin im Finanzministerium.',
        from: 'Ute Sommer',
        to: 'Finanzministerium',
      },
    },
  },
  {
    // Offices of a town or district: „Landrätin des Landkreises Gießen“, „Bürgermeister von Alsfeld“.
    id: 'rolle-kommune',
    type: 'HOLDS_OFFICE',
    compounds: true,
    pos: ['NOUN'],
    from: 'subject',
    to: 'prep:gen|von',
    fromTypes: ['PERSON'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    predicates: {
      Landrat: {
        sentence: 'Bernd Wilke ist seit 2021 Landrat des Landkreises Fulda.',
        from: 'Bernd Wilke',
        to: 'Fulda',
      },
      Landrätin: {
        sentence: 'Ute Sommer ist seit 2017 Landrätin des Landkreises Gießen.',
        from: 'Ute Sommer',
        to: 'Gießen',
      },
      Bürgermeister: {
        sentence: 'Tobias Brandt ist seit 2018 Bürgermeister der Stadt Alsfeld.',
        from: 'Tobias Brandt',
        to: 'Alsfeld',
      },
      Bürgermeisterin: {
        sentence: 'Jana Keller stammt aus Marburg. Seit 2020 ist sie Bürgermeisterin von Lahntal.',
        from: 'Jana Keller',
        to: 'Lahntal',
      },
      Dezernent: {
        sentence: 'Jonas Weber ist seit 2021 Dezernent der Stadt Darmstadt für Digitalisierung.',
        from: 'Jonas Weber',
        to: 'Darmstadt',
      },
    },
  },
  {
    // Academic posts at a university or institute: „Professorin an der Hochschule Fulda“, „Honorarprofessor der TU“.
    id: 'rolle-hochschule',
    type: 'HOLDS_OFFICE',
    compounds: true,
    pos: ['NOUN'],
    from: 'subject',
    to: 'prep:gen|an|am',
    fromTypes: ['PERSON'],
    toTypes: ['ORGANISATION', 'AGENCY'],
    confidence: 0.8,
    predicates: {
      Professor: {
        sentence: 'Bernd Wilke ist seit 2015 Professor an der Hochschule Fulda.',
        from: 'Bernd Wilke',
        to: 'Hochschule Fulda',
      },
      Professorin: {
        sentence:
          'Jana Keller kam 2019 aus Göttingen nach Hessen. Heute ist sie Professorin an der Universität Kassel.',
        from: 'Jana Keller',
        to: 'Universität Kassel',
      },
      Honorarprofessor: {
        sentence: 'Jonas Weber ist Honorarprofessor der Technischen Hochschule Mittelhessen.',
        from: 'Jonas Weber',
        to: 'Technische Hochschule Mittelhessen',
      },
      Lehrbeauftragte: {
        sentence: 'Ute Sommer ist seit 2019 Lehrbeauftragte an der Hochschule RheinMain.',
        from: 'Ute Sommer',
        to: 'Hochschule RheinMain',
      },
    },
  },
];
