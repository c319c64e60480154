/** Frames: Who answers for what: responsible, supervise, carry out, launch, organise, contact point, bearer. */
import { ACTORS, type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

export const RESPONSIBILITY_FRAMES: readonly Frame[] = [
  {
    id: 'zustaendig',
    type: 'RESPONSIBLE_FOR',
    pos: ['ADJ'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: ACTORS,
    toTypes: THINGS,
    confidence: 0.85,
    predicates: {
      zuständig: {
        sentence: 'Für das Förderprogramm „Starke Dörfer“ ist das Landwirtschaftsministerium zuständig.',
        from: 'Landwirtschaftsministerium',
        to: 'Starke Dörfer',
      },
      verantwortlich: {
        sentence:
          'Die Servicestelle Digitale Verwaltung der Stadt Hanau ist für das Portal „Hanau direkt“ verantwortlich.',
        from: 'Servicestelle Digitale Verwaltung',
        to: 'Hanau direkt',
      },
    },
  },
  {
    // „Das Amt ist für den Landkreis Fulda zuständig“: an authority answers for a territory (a
    // person „zuständig für die Steuerung … des Landes“ answers for a task, not for the Land).
    id: 'zustaendig-gebiet',
    type: 'RESPONSIBLE_FOR',
    pos: ['ADJ'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: INSTITUTIONS,
    toTypes: ['PLACE'],
    confidence: 0.8,
    predicates: {
      zuständig: {
        sentence: 'Das Amt für Bodenmanagement Marburg ist für den Landkreis Marburg-Biedenkopf zuständig.',
        from: 'Amt für Bodenmanagement Marburg',
        to: 'Marburg-Biedenkopf',
      },
    },
  },
  {
    id: 'verantwortung',
    type: 'RESPONSIBLE_FOR',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:fuer|ueber',
    fromTypes: ACTORS,
    toTypes: [...THINGS, ...INSTITUTIONS],
    confidence: 0.75,
    predicates: {
      Verantwortung: {
        sentence: 'Die Verantwortung für das Landesprogramm „Gesund digital“ trägt das Sozialministerium.',
        from: 'Soziales',
        to: 'Gesund digital',
      },
      Aufsicht: {
        sentence: 'Die Fachaufsicht über das Landesamt für Statistik hat seit 2022 das Finanzministerium.',
        from: 'Finanzministerium',
        to: 'Landesamt für Statistik',
      },
      Zuständigkeit: {
        sentence:
          'Seit 2024 hat die Landesagentur für Digitales die Zuständigkeit für die Plattform „Offene Daten Hessen“.',
        from: 'Landesagentur für Digitales',
        to: 'Offene Daten Hessen',
      },
    },
  },
  {
    // „verantwortet das Programm“, „steuert das Programm“.
    id: 'verantworten',
    type: 'RESPONSIBLE_FOR',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      verantworten: {
        sentence: 'Das Finanzministerium verantwortet seit 2020 das Programm „Steuer digital“.',
        from: 'Finanzen',
        to: 'Steuer digital',
      },
      steuern: {
        sentence: 'Gesteuert wird das Programm „Digitale Verwaltung 2025“ vom Digitalministerium.',
        from: 'Digitalisierung',
        to: 'Digitale Verwaltung 2025',
      },
    },
  },
  {
    // A supervisor answers for the supervised body as well as for a programme.
    id: 'beaufsichtigen',
    type: 'RESPONSIBLE_FOR',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: [...THINGS, ...INSTITUTIONS],
    confidence: 0.75,
    predicates: {
      beaufsichtigen: {
        sentence: 'Das Innenministerium beaufsichtigt die Zentrale Bußgeldstelle Kassel.',
        from: 'Innern',
        to: 'Zentrale Bußgeldstelle',
      },
    },
  },
  {
    // A programme carried out, put into practice, looked after or administered („wickelt … ab“).
    id: 'durchfuehren',
    type: 'RESPONSIBLE_FOR',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: ['PROGRAMME'],
    confidence: 0.75,
    predicates: {
      'durch|führen': {
        sentence: 'Den Ideenwettbewerb „Smarte Dorfmitte“ führt die Akademie Ländlicher Raum Hessen durch.',
        from: 'Akademie Ländlicher Raum',
        to: 'Smarte Dorfmitte',
      },
      'um|setzen': {
        sentence:
          'Umgesetzt wird das Förderprogramm „Ehrenamt digital“ von der Stiftung Bürgerengagement Hessen.',
        from: 'Stiftung Bürgerengagement Hessen',
        to: 'Ehrenamt digital',
      },
      betreuen: {
        sentence: 'Die Servicestelle Dorfentwicklung betreut das Förderprogramm „Dorf digital“.',
        from: 'Servicestelle Dorfentwicklung',
        to: 'Dorf digital',
      },
      verwalten: {
        sentence: 'Das Landesprogramm „Digitale Kita“ wird vom Regierungspräsidium Gießen verwaltet.',
        from: 'Regierungspräsidium Gießen',
        to: 'Digitale Kita',
      },
      'ab|wickeln': {
        sentence: 'Das Regierungspräsidium Kassel wickelt das Förderprogramm „Glasfaser für Schulen“ ab.',
        from: 'Regierungspräsidium Kassel',
        to: 'Glasfaser für Schulen',
      },
    },
  },
  {
    // A programme launched: „legte das Förderprogramm auf“, „hat die Initiative gestartet“.
    id: 'auflegen',
    type: 'RESPONSIBLE_FOR',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: ['PROGRAMME'],
    confidence: 0.75,
    predicates: {
      'auf|legen': {
        sentence:
          'Im Jahr 2022 legte das Wirtschaftsministerium das Förderprogramm „Digitale Innenstadt“ auf.',
        from: 'Wirtschaft',
        to: 'Digitale Innenstadt',
      },
      starten: {
        sentence: 'Das Kultusministerium hat im Herbst die Initiative „Digitale Schulbibliothek“ gestartet.',
        from: 'Kultus',
        to: 'Digitale Schulbibliothek',
      },
      'an|stoßen': {
        sentence: 'Der Landkreis Vogelsberg hat das Projekt „Smarte Marktplätze“ im Jahr 2021 angestoßen.',
        from: 'Vogelsberg',
        to: 'Smarte Marktplätze',
      },
      'auf|setzen': {
        sentence:
          'Gemeinsam mit den Kommunen hat das Innenministerium das Programm „Sichere Rathäuser“ aufgesetzt.',
        from: 'Innern',
        to: 'Sichere Rathäuser',
      },
      'ein|führen': {
        sentence: 'Die Stadt Offenbach führte 2021 das Beteiligungsprogramm „Offenbach fragt“ ein.',
        from: 'Offenbach',
        to: 'Offenbach fragt',
      },
    },
  },
  {
    id: 'ausrichten',
    type: 'RESPONSIBLE_FOR',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...INSTITUTIONS, 'PERSON'],
    toTypes: ['PROGRAMME'],
    confidence: 0.75,
    predicates: {
      'aus|richten': {
        sentence: 'Im Herbst richtet die Landesmedienanstalt den Medienkongress Nordhessen in Kassel aus.',
        from: 'Landesmedienanstalt',
        to: 'Medienkongress Nordhessen',
      },
      veranstalten: {
        sentence: 'Veranstaltet wird der Digitalkongress Mittelhessen vom Digitalverband Mittelhessen.',
        from: 'Digitalverband Mittelhessen',
        to: 'Digitalkongress Mittelhessen',
      },
      organisieren: {
        sentence:
          'Im vergangenen Jahr organisierte die Hochschule Fulda den Ideenwettbewerb „Zukunft gestalten“.',
        from: 'Hochschule Fulda',
        to: 'Zukunft gestalten',
      },
    },
  },
  {
    id: 'anlaufstelle',
    type: 'RESPONSIBLE_FOR',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: [...INSTITUTIONS],
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      Anlaufstelle: {
        sentence: 'Anlaufstelle für das Programm „Schule digital“ ist die Servicestelle Medienbildung.',
        from: 'Servicestelle Medienbildung',
        to: 'Schule digital',
      },
      Ansprechpartner: {
        sentence: 'Ansprechpartner für die Leistung „Gewerbeanmeldung online“ ist das Ordnungsamt Marburg.',
        from: 'Ordnungsamt Marburg',
        to: 'Gewerbeanmeldung online',
      },
      Ansprechpartnerin: {
        sentence:
          'Die Landesfachstelle Barrierefreiheit ist Ansprechpartnerin für die App „Hessen barrierefrei“.',
        from: 'Landesfachstelle Barrierefreiheit',
        to: 'Hessen barrierefrei',
      },
      Geschäftsstelle: {
        sentence: 'Die Landesagentur für Digitales ist Geschäftsstelle für den Wettbewerb „Digitale Orte“.',
        from: 'Landesagentur für Digitales',
        to: 'Digitale Orte',
      },
      Koordinierungsstelle: {
        sentence:
          'Als Koordinierungsstelle für das Programm „Schule digital plus“ fungiert das Medienzentrum Kassel.',
        from: 'Medienzentrum Kassel',
        to: 'Schule digital plus',
      },
    },
  },
  {
    // „Träger des Projekts ist der Landkreis“, „Projektträger für das Programm“.
    id: 'traeger',
    type: 'RESPONSIBLE_FOR',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|fuer',
    fromTypes: ACTORS,
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      Träger: {
        sentence: 'Träger des Modellprojekts „Gemeindeschwester digital“ ist der Landkreis Fulda.',
        from: 'Fulda',
        to: 'Gemeindeschwester digital',
      },
      Trägerin: {
        sentence: 'Die Stiftung Miteinander in Hessen ist Trägerin der Plattform „Nachbarschaft Hessen“.',
        from: 'Stiftung Miteinander',
        to: 'Nachbarschaft Hessen',
      },
    },
  },
];
