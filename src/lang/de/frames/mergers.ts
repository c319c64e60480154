/** Frames: bodies that became others: merged, renamed, gone into another, arisen from one, continued. */
import { BODIES_AND_THINGS, type Frame, INSTITUTIONS, SUCCESSIVE, VERB } from './types.ts';

export const MERGER_FRAMES: readonly Frame[] = [
  {
    // „Die Stabsstelle ging im Landesamt auf“: what takes another in follows it.
    id: 'aufgehen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'prep:in|im',
    to: 'subject',
    fromTypes: BODIES_AND_THINGS,
    toTypes: BODIES_AND_THINGS,
    confidence: 0.75,
    predicates: {
      'auf|gehen': {
        sentence: 'Im Jahr 2016 ging die Servicestelle Geodaten im Landesamt für Bodenmanagement auf.',
        from: 'Landesamt für Bodenmanagement',
        to: 'Servicestelle Geodaten',
      },
    },
  },
  {
    // „benannte die Stabsstelle in Landesagentur … um“, „wandelte … in … um“: the new body follows the old.
    id: 'umbenennen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'prep:in',
    to: 'object',
    fromTypes: BODIES_AND_THINGS,
    toTypes: BODIES_AND_THINGS,
    confidence: 0.75,
    predicates: {
      'um|benennen': {
        sentence:
          'Im Jahr 2022 benannte die Landesregierung die Stabsstelle Digitales in Landesagentur Digitales Hessen um.',
        from: 'Landesagentur Digitales Hessen',
        to: 'Stabsstelle Digitales',
      },
      'um|wandeln': {
        sentence:
          'Zum Jahresbeginn 2019 wandelte das Land die Servicestelle Open Data in die Landesagentur für Daten um.',
        from: 'Landesagentur für Daten',
        to: 'Servicestelle Open Data',
      },
    },
  },
  {
    // „wurden A und B zum C zusammengelegt“: the merged body follows each of the old ones.
    id: 'zusammenlegen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'prep:zu|zum|zur',
    to: 'object',
    fromTypes: BODIES_AND_THINGS,
    toTypes: BODIES_AND_THINGS,
    confidence: 0.75,
    predicates: {
      'zusammen|legen': {
        sentence:
          'Im Jahr 2005 wurden das Vermessungsamt Kassel und das Katasteramt Kassel zum Amt für Bodenmanagement Kassel zusammengelegt.',
        from: 'Amt für Bodenmanagement Kassel',
        to: 'Vermessungsamt Kassel',
      },
    },
  },
  {
    // „A und B fusionierten zur C“: the merged body follows those that merged.
    id: 'fusionieren',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'prep:zu|zum|zur',
    to: 'subject',
    fromTypes: [...INSTITUTIONS, 'PROGRAMME', 'PLATFORM'],
    toTypes: [...INSTITUTIONS, 'PROGRAMME', 'PLATFORM'],
    confidence: 0.75,
    predicates: {
      fusionieren: {
        sentence:
          'Im Jahr 2018 fusionierten die Kommunale Datenzentrale Nordhessen und die Kommunale Datenzentrale Osthessen zur Kommunalen Datenzentrale Hessen-Nord.',
        from: 'Kommunale Datenzentrale Hessen-Nord',
        to: 'Kommunale Datenzentrale Nordhessen',
      },
    },
  },
  {
    id: 'hervorgehen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'prep:aus',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    predicates: {
      'hervor|gehen': {
        sentence: 'Die Landesagentur für Daten ging 2019 aus der Stabsstelle Datenpolitik hervor.',
        from: 'Landesagentur für Daten',
        to: 'Stabsstelle Datenpolitik',
      },
      entstehen: {
        sentence:
          'Im Jahr 2005 entstand die Hessische Landesstelle für Geodaten aus dem früheren Vermessungsamt Kassel.',
        from: 'Landesstelle für Geodaten',
        to: 'Vermessungsamt Kassel',
      },
    },
  },
  {
    id: 'fortsetzen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PROGRAMME', 'LAW', 'PLATFORM', 'SERVICE'],
    toTypes: ['PROGRAMME', 'LAW', 'PLATFORM', 'SERVICE'],
    confidence: 0.75,
    predicates: {
      'fort|setzen': {
        sentence: 'Die „Offensive Glasfaser 2030“ setzt die frühere „Breitbandinitiative Nordhessen“ fort.',
        from: 'Offensive Glasfaser 2030',
        to: 'Breitbandinitiative Nordhessen',
      },
      'weiter|führen': {
        sentence:
          'Das Förderprogramm „Digitale Heimat“ führt seit 2023 das frühere Programm „Dorf digital“ weiter.',
        from: 'Digitale Heimat',
        to: 'Dorf digital',
      },
    },
  },
];
