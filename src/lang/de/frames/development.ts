/** Frames: Who builds what: develop, program, design, draft, build, implement. */
import { type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

/** Who develops: a body or a place (a town, a Kreis, the Land). */
const DEVELOPERS: Frame['fromTypes'] = [...INSTITUTIONS, 'PLACE'];
/** What is put into practice as a system: a platform or an online service. */
const SYSTEMS: Frame['toTypes'] = ['PLATFORM', 'SERVICE'];

export const DEVELOPMENT_FRAMES: readonly Frame[] = [
  {
    id: 'entwickeln',
    type: 'DEVELOPS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: DEVELOPERS,
    toTypes: THINGS,
    confidence: 0.8,
    predicates: {
      entwickeln: {
        sentence: 'Die App „Mängelmelder Nordhessen“ hat die Kommunale Datenzentrale Nordhessen entwickelt.',
        from: 'Kommunale Datenzentrale Nordhessen',
        to: 'Mängelmelder Nordhessen',
      },
      'weiter|entwickeln': {
        sentence:
          'Seit 2023 wird die App „Hessen warnt“ vom Kompetenzzentrum Digitale Verwaltung weiterentwickelt.',
        from: 'Kompetenzzentrum Digitale Verwaltung',
        to: 'Hessen warnt',
      },
      programmieren: {
        sentence: 'Die Codewerk GmbH aus Fulda hat die App „Termin Fulda“ programmiert.',
        from: 'Codewerk GmbH',
        to: 'Termin Fulda',
      },
      konzipieren: {
        sentence: 'Konzipiert hat das Portal „Zahlen für Hessen“ das Landesamt für Statistik.',
        from: 'Landesamt für Statistik',
        to: 'Zahlen für Hessen',
      },
      erstellen: {
        sentence: 'Die Lernplattform „Medienkompetenz Hessen“ wurde von der Hochschule Fulda erstellt.',
        from: 'Hochschule Fulda',
        to: 'Medienkompetenz Hessen',
      },
      realisieren: {
        sentence:
          'Die Kommunale Datenzentrale Nordhessen, die das Portal „Bauen in Hessen“ realisiert hat, betreut inzwischen zwölf Kommunen.',
        from: 'Kommunale Datenzentrale Nordhessen',
        to: 'Bauen in Hessen',
      },
      implementieren: {
        sentence: 'Im Jahr 2021 implementierte die Firma Datenwerk GmbH die Software „Gewerbe online“.',
        from: 'Datenwerk GmbH',
        to: 'Gewerbe online',
      },
      erarbeiten: {
        sentence:
          'Die Strategie „Digitale Schule 2030“ hat das Kultusministerium gemeinsam mit den Schulämtern erarbeitet.',
        from: 'Kultus',
        to: 'Digitale Schule 2030',
      },
      entwerfen: {
        sentence: 'Das Hessische Geodateninfrastrukturgesetz wurde vom Innenministerium entworfen.',
        from: 'Innern',
        to: 'Geodateninfrastrukturgesetz',
      },
      gestalten: {
        sentence: 'Gestaltet wurde die Plattform „Darmstadt redet mit“ von der Digitalstadt Darmstadt GmbH.',
        from: 'Digitalstadt Darmstadt GmbH',
        to: 'Darmstadt redet mit',
      },
      bauen: {
        sentence: 'Das Serviceportal „Vogelsberg digital“ hat die Firma Netzbau GmbH gebaut.',
        from: 'Netzbau GmbH',
        to: 'Vogelsberg digital',
      },
      errichten: {
        sentence: 'Das Land Hessen hat bis 2022 das Landesnetz „Hessen-Backbone“ errichtet.',
        from: 'Land Hessen',
        to: 'Hessen-Backbone',
      },
    },
  },
  {
    // A platform or service put into practice („hat die Onlineleistung umgesetzt“); a programme
    // carried out is `durchfuehren`, a law carried out `umsetzen-gesetz`.
    id: 'umsetzen',
    type: 'DEVELOPS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: DEVELOPERS,
    toTypes: SYSTEMS,
    confidence: 0.75,
    predicates: {
      'um|setzen': {
        sentence:
          'Die Onlineleistung „Wohngeld digital“ hat die Stadt Offenbach als erste Kommune umgesetzt.',
        from: 'Offenbach',
        to: 'Wohngeld digital',
      },
    },
  },
  {
    id: 'aufbauen',
    type: 'DEVELOPS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: DEVELOPERS,
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      'auf|bauen': {
        sentence: 'Seit 2021 baut die Stadt Gießen die Plattform „Gießen gemeinsam“ auf.',
        from: 'Gießen',
        to: 'Gießen gemeinsam',
      },
    },
  },
  {
    // „Die App ist eine Eigenentwicklung der HZD“, „ein Produkt der Firma …“: what a body made is its work.
    id: 'eigenentwicklung',
    type: 'DEVELOPS',
    pos: ['NOUN'],
    from: 'prep:gen|von',
    to: 'anchor',
    fromTypes: DEVELOPERS,
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      Eigenentwicklung: {
        sentence: 'Die App „Fulda mobil“ ist eine Eigenentwicklung der Stadtwerke Fulda GmbH.',
        from: 'Stadtwerke Fulda GmbH',
        to: 'Fulda mobil',
      },
      Produkt: {
        sentence: 'Die App „Sitzung digital“ ist ein Produkt der Datenwerk Fulda GmbH.',
        from: 'Datenwerk Fulda GmbH',
        to: 'Sitzung digital',
      },
    },
  },
  {
    // „Die Plattform stammt von der Firma …“, „kommt aus dem Haus der HZD“: its maker.
    id: 'stammen',
    type: 'DEVELOPS',
    pos: VERB,
    from: 'prep:von|vom|aus',
    to: 'subject',
    fromTypes: DEVELOPERS,
    toTypes: SYSTEMS,
    confidence: 0.7,
    predicates: {
      stammen: {
        sentence: 'Die Plattform „Bauen online“ stammt von der Datenwerk Fulda GmbH.',
        from: 'Datenwerk Fulda GmbH',
        to: 'Bauen online',
      },
    },
  },
  {
    // „Entwickler der App ist …“, „die Hochschule als Entwicklerin der Plattform“.
    id: 'entwickler',
    type: 'DEVELOPS',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: DEVELOPERS,
    toTypes: THINGS,
    confidence: 0.8,
    predicates: {
      Entwickler: {
        sentence: 'Entwickler der App „Hessen lernt“ ist das Institut für Bildungsinformatik.',
        from: 'Institut für Bildungsinformatik',
        to: 'Hessen lernt',
      },
      Entwicklerin: {
        sentence: 'Die Technische Hochschule Mittelhessen ist Entwicklerin der Plattform „Campus digital“.',
        from: 'Technische Hochschule Mittelhessen',
        to: 'Campus digital',
      },
    },
  },
  {
    // „die Entwicklung des Portals durch die HZD“. Only with its agent: „hatte den Aufbau der
    // Plattform bezuschusst“ names who paid, not who built.
    id: 'entwicklung',
    type: 'DEVELOPS',
    pos: ['NOUN'],
    from: 'prep:durch',
    to: 'prep:gen',
    fromTypes: DEVELOPERS,
    toTypes: THINGS,
    confidence: 0.7,
    predicates: {
      Entwicklung: {
        sentence:
          'Die Entwicklung der Verfahrenscloud Hessen durch die Firma Datenwerk GmbH kostete 2 Millionen Euro.',
        from: 'Datenwerk GmbH',
        to: 'Verfahrenscloud Hessen',
      },
      Aufbau: {
        sentence:
          'Der Aufbau des Verwaltungsportals Hessen durch das Digitalzentrum Fulda dauerte zwei Jahre.',
        from: 'Digitalzentrum Fulda',
        to: 'Verwaltungsportal Hessen',
      },
    },
  },
];
