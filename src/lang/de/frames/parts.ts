/** Frames: the parts of programmes, platforms and coalitions: „ist Teil der Strategie“, „umfasst“, „besteht aus“. */
import { type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

export const PARTS_FRAMES: readonly Frame[] = [
  {
    // A part of a programme or platform: „ist Teil der Strategie“, „Kernstück der Initiative ist …“,
    // „zu den Teilprojekten der Initiative gehört …“. Parts that are bodies: `einheit`.
    id: 'teil',
    type: 'PART_OF',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: THINGS,
    toTypes: [...INSTITUTIONS, ...THINGS],
    confidence: 0.75,
    predicates: {
      Teil: {
        sentence:
          'Die Programme „Digitale Dorfmitte“ und „Smarte Region“ sind Teile der Strategie Digitales Land Hessen.',
        from: 'Digitale Dorfmitte',
        to: 'Strategie Digitales Land Hessen',
      },
      Bestandteil: {
        sentence:
          'Die App „Mängelmelder Gießen“ und der Onlinedienst Sperrmüll sind Bestandteile des Bürgerportals Gießen.',
        from: 'Mängelmelder Gießen',
        to: 'Bürgerportal Gießen',
      },
      Teilprojekt: {
        sentence:
          'Zu den Teilprojekten der Initiative Smarte Region Nordhessen gehört das Projekt „Digitale Bushaltestelle“.',
        from: 'Digitale Bushaltestelle',
        to: 'Initiative Smarte Region Nordhessen',
      },
      Säule: {
        sentence: 'Die zweite Säule der Offensive Digitale Schule ist das Programm „Lernen mit Tablets“.',
        from: 'Lernen mit Tablets',
        to: 'Offensive Digitale Schule',
      },
      Baustein: {
        sentence: 'Das Projekt „Smarte Ampel“ ist ein Baustein der Initiative Mobiles Hessen.',
        from: 'Smarte Ampel',
        to: 'Initiative Mobiles Hessen',
      },
      Modul: {
        sentence: 'Die App „Termin direkt“ ist seit 2022 ein Modul des Bürgerportals Kassel.',
        from: 'Termin direkt',
        to: 'Bürgerportal Kassel',
      },
      Komponente: {
        sentence: 'Zentrale Komponente der Plattform Smart Region Fulda ist die App „Fulda mobil“.',
        from: 'Fulda mobil',
        to: 'Plattform Smart Region Fulda',
      },
      Kernstück: {
        sentence: 'Kernstück des Programms „Starke Heimat Digital“ ist der Wettbewerb „Digitale Dörfer“.',
        from: 'Digitale Dörfer',
        to: 'Starke Heimat Digital',
      },
      Herzstück: {
        sentence:
          'Das Herzstück der Initiative Gigabit Hessen bildet das Förderprogramm „Glasfaser für alle“.',
        from: 'Glasfaser für alle',
        to: 'Initiative Gigabit Hessen',
      },
      Handlungsfeld: {
        sentence:
          'Das Projekt „KI in der Verwaltung“ ist ein Handlungsfeld der Strategie Digitale Verwaltung Nordhessen.',
        from: 'KI in der Verwaltung',
        to: 'Strategie Digitale Verwaltung Nordhessen',
      },
      Förderlinie: {
        sentence:
          'Das Programm „Distr@l Start“ ist eine Förderlinie der Initiative Digitale Innovation Hessen.',
        from: 'Distr@l Start',
        to: 'Initiative Digitale Innovation Hessen',
      },
    },
  },
  {
    // The whole first: „Die Strategie umfasst die Programme A und B“.
    id: 'umfassen',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    // („Das Landesamt umfasst die Servicestellen Nord und Süd“: an authority's units too.)
    fromTypes: ['PROGRAMME', 'PLATFORM', 'SERVICE', 'AGENCY'],
    toTypes: ['PROGRAMME', 'PLATFORM', 'AGENCY', 'MINISTRY'],
    confidence: 0.7,
    predicates: {
      umfassen: {
        sentence:
          'Die Strategie Digitale Verwaltung Nordhessen umfasst auch das Programm „Smarte Rathäuser“.',
        from: 'Smarte Rathäuser',
        to: 'Strategie Digitale Verwaltung Nordhessen',
      },
    },
  },
  {
    // The whole first: „Das Programm besteht aus den Projekten A und B“, „Die Koalition besteht aus CDU und
    // SPD“ (parties are part of a coalition). Members of an association: `bestehen-aus-mitglied`.
    id: 'bestehen-aus',
    type: 'PART_OF',
    pos: VERB,
    from: 'prep:aus',
    to: 'subject',
    // („Die Landesverwaltung für Geodaten besteht aus dem Landesamt und sieben Ämtern“: an administration's authorities too.)
    fromTypes: ['PARTY', 'PROGRAMME', 'PLATFORM', 'SERVICE', 'AGENCY'],
    toTypes: ['GOVERNMENT', 'PROGRAMME', 'PLATFORM', 'AGENCY', 'MINISTRY'],
    confidence: 0.75,
    predicates: {
      bestehen: {
        sentence:
          'Das Förderprogramm Digitale Schule besteht aus dem Projekt „Tablets für alle“ und dem Projekt „WLAN im Klassenzimmer“.',
        from: 'Tablets für alle',
        to: 'Digitale Schule',
      },
    },
  },
  {
    // „Unter dem Dach der Landesagentur arbeiten das Kompetenzzentrum Karten und …“, „ist unter dem
    // Dach des Vereins angesiedelt“: what works under a body's roof is part of it.
    id: 'unter-dem-dach',
    type: 'PART_OF',
    pos: ['NOUN'],
    preposition: 'unter',
    from: 'verb-subject',
    to: 'prep:gen',
    fromTypes: [...INSTITUTIONS, ...THINGS],
    toTypes: [...INSTITUTIONS, ...THINGS],
    confidence: 0.75,
    predicates: {
      Dach: {
        sentence:
          'Unter dem Dach der Landesagentur für Geodaten arbeitet seit 2021 das Kompetenzzentrum Karten.',
        from: 'Kompetenzzentrum Karten',
        to: 'Landesagentur für Geodaten',
      },
    },
  },
];
