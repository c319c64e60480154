/** Frames: who follows whom: replacement, succession, an office or a task handed over or taken over. */
import { type Frame, INSTITUTIONS, SUCCESSIVE, VERB } from './types.ts';

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
