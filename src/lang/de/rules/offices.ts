/** Relation rules: People in office: leading, heading, chairing, appointment. */
import { INSTITUTIONS, type RelationRule, VERB } from './types.ts';

export const OFFICES_RULES: readonly RelationRule[] = [
  {
    id: 'leiten-person',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    predicate: /^(?:leit|geleitet)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: [...INSTITUTIONS, 'PROGRAMME'],
    confidence: 0.8,
    example: {
      sentence: 'Geleitet wird die Geschäftsstelle Smart Region von Anna Berger.',
      from: 'Anna Berger',
      to: 'Geschäftsstelle Smart Region',
    },
  },
  {
    id: 'fuehren',
    type: 'HEADS',
    predicate: /^(?:fuehrt|fuehren|gefuehrt|fuehrte)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['MINISTRY', 'GOVERNMENT'],
    confidence: 0.8,
    example: {
      sentence: 'Das Umweltministerium führt seit 2022 Ministerin Lena Vogt.',
      from: 'Lena Vogt',
      to: 'Umweltministerium',
    },
  },
  {
    // A person who leads an authority or company holds an office there (ministries: `fuehren`).
    id: 'fuehren-behoerde',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    predicate: /^(?:fuehrt|fuehren|gefuehrt|fuehrte)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION', 'PLACE'],
    confidence: 0.75,
    example: {
      sentence: 'Seit dem Frühjahr führt Miriam Adler das Landesamt für Statistik.',
      from: 'Miriam Adler',
      to: 'Landesamt für Statistik',
    },
  },
  {
    id: 'vorsitz',
    type: 'CHAIRS',
    predicate: /^(?:vorsitz|vorsitzend|aufsichtsratsvorsitz|leitung)/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|in|im',
    fromTypes: ['PERSON', ...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.8,
    example: {
      sentence: 'Den Vorsitz im Digitalrat Nordhessen hat Bürgermeisterin Eva Hahn übernommen.',
      from: 'Eva Hahn',
      to: 'Digitalrat Nordhessen',
    },
  },
  {
    // „hat X zur Präsidentin der Anstalt ernannt“: the office is the „zu“ phrase, its body that phrase's genitive.
    id: 'ernennen',
    type: 'HOLDS_OFFICE',
    predicate:
      /^(?:ernannt|ernennt|ernannte|ernannten|ernennen|berufen|berief|beruft|bestellt|bestellte|gewaehlt|waehlte)$/,
    pos: VERB,
    from: 'object',
    to: 'prep:zu|zum|zur',
    fromTypes: ['PERSON'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.75,
    example: {
      sentence: 'Zur Präsidentin der Landesanstalt für Medien wählte der Landtag 2020 Petra Lind.',
      from: 'Petra Lind',
      to: 'Landesanstalt für Medien',
    },
  },
];
