/** Frames: What follows what: replacement, succession, origin, continuation, take-over. */
import { BODIES_AND_THINGS, type Frame, INSTITUTIONS, SUCCESSIVE, VERB } from './types.ts';

/** Offices and tasks that change hands („die Leitung, den Vorsitz, das Amt übergeben“); folded lemmas. */
const OFFICE_NOUNS =
  /^(?:leitung|amt|funktion|aufgabe|aufgaben|vorsitz|geschaeftsfuehrung|fuehrung|verantwortung|posten|staffelstab|\p{L}*leitung)$/u;

export const SUCCESSION_FRAMES: readonly Frame[] = [
  {
    id: 'abloesen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.8,
    predicates: {
      'ab|lösen': {
        sentence: 'Das neue Schulportal Hessen löst die alte Lernplattform „Schule online“ ab.',
        from: 'Schulportal Hessen',
        to: 'Schule online',
      },
      ersetzen: {
        sentence:
          'Seit Januar 2024 ersetzt das Hessische Vergabegesetz die bisherige Vergabeverordnung Hessen.',
        from: 'Hessisches Vergabegesetz',
        to: 'Vergabeverordnung Hessen',
      },
      beerben: {
        sentence:
          'Im Landesamt für Statistik beerbt Jonas Weber im Herbst den langjährigen Präsidenten Bernd Wilke.',
        from: 'Jonas Weber',
        to: 'Bernd Wilke',
      },
    },
  },
  {
    id: 'nachfolger',
    type: 'FOLLOWS',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: ['prep:gen|von', 'possessor'],
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.8,
    predicates: {
      Nachfolger: {
        sentence: 'Tobias Brandt, Nachfolger von Bernd Wilke, hat sein Amt im Juni angetreten.',
        from: 'Tobias Brandt',
        to: 'Bernd Wilke',
      },
      Nachfolgerin: {
        sentence: 'Seit Mai ist Jana Keller als Nachfolgerin von Tobias Brandt im Amt.',
        from: 'Jana Keller',
        to: 'Tobias Brandt',
      },
      Nachfolgeorganisation: {
        sentence:
          'Die Landesagentur Digitales Hessen ist die Nachfolgeorganisation der Stabsstelle Digitale Verwaltung.',
        from: 'Landesagentur Digitales Hessen',
        to: 'Stabsstelle Digitale Verwaltung',
      },
      Amtsnachfolger: {
        sentence: 'Bernd Wilke stellte im Juni seinen Amtsnachfolger Tobias Brandt vor.',
        from: 'Tobias Brandt',
        to: 'Bernd Wilke',
      },
      Nachfolge: {
        sentence: 'Zum 1. März hat Ute Sommer die Nachfolge von Jonas Weber angetreten.',
        from: 'Ute Sommer',
        to: 'Jonas Weber',
      },
    },
  },
  {
    // „Vorgänger von Jonas Weber war Bernd Wilke“: whose predecessor is the successor.
    id: 'vorgaenger',
    type: 'FOLLOWS',
    compounds: true,
    pos: ['NOUN'],
    from: ['prep:gen|von', 'possessor'],
    to: 'anchor',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.8,
    predicates: {
      Vorgänger: {
        sentence: 'Vorgänger von Jana Keller im Amt der Landrätin war Bernd Wilke.',
        from: 'Jana Keller',
        to: 'Bernd Wilke',
      },
      Vorgängerin: {
        sentence: 'Ute Sommer, die Vorgängerin von Jana Keller, wechselt in das Finanzministerium.',
        from: 'Jana Keller',
        to: 'Ute Sommer',
      },
      Amtsvorgängerin: {
        sentence: 'Jana Keller dankte 2023 ihrer Amtsvorgängerin Ute Sommer.',
        from: 'Jana Keller',
        to: 'Ute Sommer',
      },
      Vorgängerorganisation: {
        sentence: 'Die Vorgängerorganisation der Landesagentur für Daten war die Stabsstelle Datenpolitik.',
        from: 'Landesagentur für Daten',
        to: 'Stabsstelle Datenpolitik',
      },
    },
  },
  {
    // „Jonas Weber folgt Bernd Wilke nach“: whom one succeeds stands in the dative.
    id: 'nachfolgen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    predicates: {
      'nach|folgen': {
        sentence:
          'Im Amt des Landrats folgt Bernd Wilke im Juli dem bisherigen Amtsinhaber Tobias Brandt nach.',
        from: 'Bernd Wilke',
        to: 'Tobias Brandt',
      },
    },
  },
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
    },
  },
  {
    id: 'entstehen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'prep:aus',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    predicates: {
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
  {
    id: 'folgen-auf',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'prep:auf',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    predicates: {
      folgen: {
        sentence: 'Im Vorsitz des Vereins folgte Ute Sommer im Mai 2021 auf Bernd Wilke.',
        from: 'Ute Sommer',
        to: 'Bernd Wilke',
      },
    },
  },
  {
    // „Ihm folgte Herbert Guder“: between people, whom one follows stands in the dative.
    id: 'folgen-dativ',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat',
    fromTypes: ['PERSON'],
    toTypes: ['PERSON'],
    confidence: 0.7,
    predicates: {
      folgen: {
        sentence: 'Bis 2016 leitete Bernd Wilke das Archiv. Ihm folgte 2017 Petra Lind.',
        from: 'Petra Lind',
        to: 'Bernd Wilke',
      },
    },
  },
  {
    id: 'an-die-stelle',
    type: 'FOLLOWS',
    preposition: 'an',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|von',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    predicates: {
      Stelle: {
        sentence: 'Im Jahr 2008 trat das Landesamt für Geoinformation an die Stelle des Katasteramts Gießen.',
        from: 'Landesamt für Geoinformation',
        to: 'Katasteramt',
      },
    },
  },
  {
    // „hat die Leitung an Michael Koch übergeben“: whom one hands one's office to follows one. Only
    // an office changes hands so („übergab den Förderbescheid an …“ is no succession).
    id: 'uebergeben',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'prep:an',
    to: 'subject',
    object: OFFICE_NOUNS,
    fromTypes: ['PERSON'],
    toTypes: ['PERSON'],
    confidence: 0.75,
    predicates: {
      übergeben: {
        sentence: 'Zum 1. März hat Bernd Wilke die Leitung der Stabsstelle an Jana Keller übergeben.',
        from: 'Jana Keller',
        to: 'Bernd Wilke',
      },
      'ab|geben': {
        sentence: 'Im Herbst gab Ute Sommer den Vorsitz an Tobias Brandt ab.',
        from: 'Tobias Brandt',
        to: 'Ute Sommer',
      },
      'weiter|geben': {
        sentence: 'Nach acht Jahren gibt Jonas Weber das Amt an Miriam Adler weiter.',
        from: 'Miriam Adler',
        to: 'Jonas Weber',
      },
    },
  },
  {
    // „übernimmt die Aufgaben des Aufbaustabs“: a task noun's genitive is the predecessor.
    id: 'uebernehmen',
    type: 'FOLLOWS',
    pos: VERB,
    from: 'subject',
    to: 'task',
    fromTypes: [...INSTITUTIONS, 'PERSON'],
    toTypes: [...INSTITUTIONS, 'PERSON'],
    confidence: 0.7,
    predicates: {
      übernehmen: {
        sentence:
          'Zum Jahresbeginn übernahm die Landesagentur Digitales Hessen die Aufgaben der Fachstelle Open Data Hessen.',
        from: 'Landesagentur Digitales Hessen',
        to: 'Fachstelle Open Data Hessen',
      },
    },
  },
];
