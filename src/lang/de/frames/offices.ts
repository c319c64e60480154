/**
 * Frames: People in office: leading, heading, chairing. Role nouns are in ./role-nouns.ts. Appointment
 * to an office („hat X zur Präsidentin der Anstalt ernannt/berufen/bestellt/gewählt“) is read by the
 * role noun and by the office mechanism (ingest/offices.ts): a frame on the verb cannot reach the body,
 * the genitive of the „zu“ phrase's office noun, which argument-entities.ts never takes as an argument.
 */
import { type Frame, INSTITUTIONS, VERB } from './types.ts';

export const OFFICES_FRAMES: readonly Frame[] = [
  {
    id: 'leiten-person',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: [...INSTITUTIONS, 'PROGRAMME'],
    confidence: 0.8,
    predicates: {
      leiten: {
        sentence: 'Geleitet wird die Geschäftsstelle Smart Region von Anna Berger.',
        from: 'Anna Berger',
        to: 'Geschäftsstelle Smart Region',
      },
    },
  },
  {
    id: 'fuehren',
    type: 'HEADS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['MINISTRY', 'GOVERNMENT'],
    confidence: 0.8,
    predicates: {
      führen: {
        sentence: 'Das Umweltministerium führt seit 2022 Ministerin Lena Vogt.',
        from: 'Lena Vogt',
        to: 'Umweltministerium',
      },
    },
  },
  {
    // A person who leads an authority or company holds an office there (ministries: `fuehren`).
    id: 'fuehren-behoerde',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION', 'PLACE'],
    confidence: 0.75,
    predicates: {
      führen: {
        sentence: 'Seit dem Frühjahr führt Miriam Adler das Landesamt für Statistik.',
        from: 'Miriam Adler',
        to: 'Landesamt für Statistik',
      },
    },
  },
  {
    // „hat die Leitung des Landesamts inne“: what one holds is an office; its genitive is the body
    // (argument-entities.ts reads through „Leitung“ to it). Authorities and projects only: the chair of a
    // council or association („hat den Vorsitz des Vereins inne“) is CHAIRS (`vorsitz`), a ministry's head
    // HEADS. The noun „Leitung“ alone is no frame: „sprach mit der Leitung des Landesamts“ names no
    // office of the speaker's.
    id: 'innehaben',
    type: 'HOLDS_OFFICE',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'PROGRAMME'],
    confidence: 0.75,
    predicates: {
      'inne|haben': {
        sentence: 'Eva Roth hat seit Oktober 2021 die Leitung des Landesamts für Statistik inne.',
        from: 'Eva Roth',
        to: 'Landesamt für Statistik',
      },
    },
  },
  {
    // „übernahm die Leitung des Landesamts“: taking the lead of a body is holding its lead office
    // (a chair is `vorsitz`); the genitive of „Leitung“ is the body (argument-entities.ts).
    id: 'leitung-uebernehmen',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    pos: VERB,
    from: 'subject',
    to: 'object',
    object: /^(?:leitung|fuehrung|geschaeftsfuehrung|amtsleitung|behoerdenleitung)$/,
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION', 'PROGRAMME'],
    confidence: 0.75,
    predicates: {
      übernehmen: {
        sentence: 'Im Januar 2023 übernahm Eva Roth die Leitung des Landesamts für Statistik.',
        from: 'Eva Roth',
        to: 'Landesamt für Statistik',
      },
      'an|treten': {
        sentence: 'Jonas Weber trat im Mai die Geschäftsführung der Datenwerk Fulda GmbH an.',
        from: 'Jonas Weber',
        to: 'Datenwerk Fulda GmbH',
      },
    },
  },
  {
    // „Das Landesamt steht unter der Leitung von Eva Roth“: the led body is the clause's subject.
    id: 'unter-leitung',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    preposition: 'unter',
    pos: ['NOUN'],
    from: 'prep:von|vom',
    to: 'anchor',
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION', 'PROGRAMME'],
    confidence: 0.75,
    predicates: {
      Leitung: {
        sentence: 'Seit 2022 steht die Hessische Verwaltungsakademie unter der Leitung von Miriam Adler.',
        from: 'Miriam Adler',
        to: 'Hessische Verwaltungsakademie',
      },
      Führung: {
        sentence:
          'Unter der Führung von Jonas Weber hat sich das Landesamt für Statistik zum Datendienstleister entwickelt.',
        from: 'Jonas Weber',
        to: 'Landesamt für Statistik',
      },
    },
  },
  {
    // „An der Spitze des Landesamts steht Eva Roth“: who heads an authority or company holds its lead office.
    id: 'spitze',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    preposition: 'an',
    pos: ['NOUN'],
    from: 'anchor',
    to: ['prep:gen', 'possessor'],
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION'],
    confidence: 0.75,
    predicates: {
      Spitze: {
        sentence: 'Eva Roth steht seit Januar an der Spitze des Landesamts für Statistik.',
        from: 'Eva Roth',
        to: 'Landesamt für Statistik',
      },
    },
  },
  {
    // „An der Spitze des Digitalministeriums steht Ministerin Lena Vogt“: a ministry or government is headed.
    id: 'spitze-ministerium',
    type: 'HEADS',
    preposition: 'an',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: ['PERSON'],
    toTypes: ['MINISTRY', 'GOVERNMENT'],
    confidence: 0.75,
    predicates: {
      Spitze: {
        sentence: 'An der Spitze des Umweltministeriums steht seit 2022 Lena Vogt.',
        from: 'Lena Vogt',
        to: 'Umweltministerium',
      },
    },
  },
  {
    id: 'vorsitz',
    type: 'CHAIRS',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|in|im',
    fromTypes: ['PERSON', ...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.8,
    predicates: {
      Vorsitz: {
        sentence: 'Den Vorsitz im Digitalrat Nordhessen hat Bürgermeisterin Eva Hahn übernommen.',
        from: 'Eva Hahn',
        to: 'Digitalrat Nordhessen',
      },
      // 'Vorsitzende' (and „Vorsitzender“): every sentence that states the chair is read first by the
      // CHAIRS pattern of ingest/relations.ts or by the office mechanism (ingest/offices.ts).
    },
  },
];
