/**
 * Words that refer back to an entity named before, and what they need of it: gender and number of
 * pronouns, the nouns that with a definite article stand for an entity of their type, verbs whose
 * „es“ stands for nothing. Keys are folded (lower case, umlauts spelled out: "behoerde").
 */
import type { Gender } from './genders.ts';

/**
 * Generic nouns that, with a definite article and nothing else, name the entity of their type the
 * text is about („die Behörde“, „das Projekt“, „der Verein“), also where its name does not hold the
 * noun. Their type comes from the head nouns (heads.ts); the list says which kinds of name each may
 * stand for: `any` of its type („die Behörde“: any authority), or the head nouns (folded) a name
 * must have — „die Hochschule“ is a university, not a research centre of the same type. A name
 * with no head noun of its own („hessian.AI“, „Bitkom“) may be any kind, except a place.
 * A demonstrative („diese Leistung“) refers back with any typed head noun.
 */
export const GENERIC_REFERENCES: Readonly<Record<string, 'any' | readonly string[]>> = {
  behoerde: 'any',
  anstalt: 'any',
  ministerium: 'any',
  plattform: 'any',
  portal: 'any',
  programm: 'any',
  foerderprogramm: 'any',
  projekt: 'any',
  initiative: 'any',
  gesetz: 'any',
  verordnung: 'any',
  gesellschaft: ['gesellschaft', 'gmbh', 'unternehmen', 'genossenschaft'],
  unternehmen: ['gesellschaft', 'gmbh', 'unternehmen', 'genossenschaft', 'werke'],
  verein: ['verein', 'verband'],
  verband: ['verein', 'verband'],
  institut: ['institut', 'zentrum'],
  zentrum: ['institut', 'zentrum', 'center', 'centre', 'hub', 'lab', 'labor'],
  akademie: ['akademie', 'academy'],
  hochschule: ['hochschule', 'universitaet'],
  universitaet: ['hochschule', 'universitaet'],
  stiftung: ['stiftung'],
  stadt: ['stadt', 'gemeinde'],
  gemeinde: ['stadt', 'gemeinde'],
  kreis: ['kreis', 'landkreis'],
  landkreis: ['kreis', 'landkreis'],
};

/**
 * Head nouns that with an article alone mostly mean something general, not an entity named before:
 * „im Amt“ (in office), „an die Stelle“, „die Polizei“ (the police at large), „das Netz“, „der
 * Rat“, „die Leistung“, „die Region“. They refer back only with a demonstrative („dieses Amt“).
 */
export const VAGUE_HEADS = new Set([
  'amt',
  'stelle',
  'rat',
  'netz',
  'leistung',
  'region',
  'gebiet',
  'polizei',
  'kooperation',
  'cloud',
  'software',
  'infrastruktur',
]);

/** Relative pronouns that stand for an argument, by gender; the possessives „deren“/„dessen“ own one instead. */
export const RELATIVE_PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  der: 'm',
  den: 'm',
  dem: 'm',
  die: 'f',
  das: 'n',
};

/** What a pronoun may stand for: one of these genders in the singular, or a plural. */
export interface PronounReading {
  genders: readonly Gender[];
  /** „sie“ is feminine singular or plural: the verb's number tells, where the pronoun is its subject. */
  plural: boolean;
  /** A dative („ihm“, „ihr“): a recipient or the one followed, mostly a person or a body. */
  dative?: boolean;
}

/**
 * Third-person personal pronouns by form. „ihnen“ (plural only) and „ihr“ as a second person are
 * not listed: a plural stands for several entities at once, which no single mention can carry.
 */
export const PERSONAL_PRONOUNS: Readonly<Record<string, PronounReading>> = {
  er: { genders: ['m'], plural: false },
  ihn: { genders: ['m'], plural: false },
  ihm: { genders: ['m', 'n'], plural: false, dative: true },
  es: { genders: ['n'], plural: false },
  sie: { genders: ['f'], plural: true },
  ihr: { genders: ['f'], plural: false, dative: true },
};

/**
 * Demonstrative pronouns standing alone („Diese betreibt …“, „dieses hat ihm …“), by form as subject
 * or object; they take the entity named last, not the sentence's topic.
 */
export const DEMONSTRATIVE_PRONOUNS: Readonly<Record<string, PronounReading>> = {
  dieser: { genders: ['m'], plural: false },
  diese: { genders: ['f'], plural: true },
  dieses: { genders: ['n'], plural: false },
  diesem: { genders: ['m', 'n'], plural: false, dative: true },
  diesen: { genders: ['m'], plural: false },
  // „Letzterer ist außerdem Geschäftsführer …“: the last of those just named.
  letzterer: { genders: ['m'], plural: false },
  letztere: { genders: ['f'], plural: true },
  letzteres: { genders: ['n'], plural: false },
};

/** Demonstrative determiners: „diese Plattform“, „dieses Projekt“, „diesem Verein“. */
export const DEMONSTRATIVE_DETERMINERS = /^dies(?:e|er|es|em|en)$/;

/** Definite articles and the prepositions fused with one („im“, „zur“): „das Projekt“, „beim Verein“. */
export const DEFINITE_DETERMINERS = /^(?:der|die|das|dem|den|des|im|am|beim|vom|zum|zur)$/;

/**
 * Possessive determiners by the gender of their possessor: „sein Direktor“ belongs to a masculine
 * or neuter body, „ihre Präsidentin“ to a feminine one (or a plural). Folded stems; any ending.
 */
export const POSSESSIVE_GENDER: Readonly<Record<string, readonly Gender[]>> = {
  sein: ['m', 'n'],
  ihr: ['f'],
};

/** The stem of a possessive determiner form: „seinem“ → "sein", „ihre“ → "ihr". */
export const POSSESSIVE_FORM = /^(sein|ihr)(?:e|er|es|em|en)?$/;

/**
 * Verbs whose subject „es“ stands for nothing: „es gibt“, „es geht um“, „es handelt sich um“, „es
 * kommt zu“, „es fehlt an“, „es heißt“, „es gelingt“. Folded finite forms. („es gilt, …“ or „es
 * bleibt abzuwarten“ are told by the clause that follows, not by the verb.)
 */
export const EXPLETIVE_VERBS =
  /^(?:gibt|gab|gaebe|gegeben|geht|ging|gegangen|handelt|handelte|gehandelt|kommt|kam|gekommen|fehlt|fehlte|mangelt|mangelte|heisst|hiess|gelingt|gelang|gelungen)$/;

/** Finite forms of auxiliaries and modals in the third person singular and plural. */
export const SINGULAR_FINITE = new Set([
  'ist',
  'war',
  'hat',
  'hatte',
  'wird',
  'wurde',
  'kann',
  'konnte',
  'soll',
  'sollte',
  'muss',
  'musste',
  'darf',
  'durfte',
  'will',
  'wollte',
  'mag',
  'moechte',
]);
export const PLURAL_FINITE = new Set([
  'sind',
  'waren',
  'haben',
  'hatten',
  'wurden',
  'koennen',
  'konnten',
  'sollen',
  'sollten',
  'muessen',
  'mussten',
  'duerfen',
  'durften',
  'wollen',
  'wollten',
  'moechten',
]);

/** Words that tell a person's gender when they stand right before the name: „Frau Berger“, „Herr Adler“. */
export const ADDRESS_GENDER: Readonly<Record<string, Gender>> = {
  frau: 'f',
  herr: 'm',
  herrn: 'm',
  kollegin: 'f',
  kollege: 'm',
  kollegen: 'm',
};

/**
 * A speaker's own house in a protocol, interview or signed letter („mein Haus fördert …“, „unser
 * Ministerium“, „meine Dienststelle“): the body named in the speaker's line, or the one the speaker
 * holds office in.
 */
export const OWN_HOUSE =
  /(?<!\p{L})(?:[Mm]ein(?:e|em|en|er|es)?|[Uu]nser(?:e|em|en|er|es)?)\s+(?:Haus(?:es)?|Ministeriums?|Behörde|Dienststelle|Amt(?:es)?|Verwaltung|Verband(?:es)?|Unternehmens?|Institut(?:s|es)?)(?!\p{L})/gu;

/**
 * „das Land“, „des Landes“, „vom Land“: the federal state the text is about. Not „auf dem Land“
 * (the countryside), not „im Land“ (a place in general), not the start of a name („das Land
 * Hessen“ is matched as a name).
 */
export const THE_LAND =
  /(?<!\p{L})(?<![Aa]uf\s)(?:[Dd]as|[Dd]es|[Dd]em|[Vv]om|[Bb]eim)\s+Land(?:es|e)?(?!\p{L})(?!\s+\p{Lu})/gu;

/** The sixteen Länder, under the names a text gives them after „Land“ or „Freistaat“. */
export const LAENDER = new Set([
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
]);

/** A speaker's line: a name (and role) closing with a colon, the turn's words following it. */
export const SPEAKER_LINE = /:\s*$/;

/** The speaker himself or herself, as an argument: „ich“, „mich“, „mir“ (folded keys). */
export const FIRST_PERSON = new Set(['ich', 'mich', 'mir']);

/** The speaker's house as an argument: „wir“, „uns“ — the body the speaker speaks for. */
export const FIRST_PERSON_PLURAL = new Set(['wir', 'uns']);

/** The person addressed politely, capitalised: „Sie“, „Ihnen“ (an interview's questions). */
export const POLITE_ADDRESS = new Set(['Sie', 'Ihnen']);

/** Possessives of the speaker („mein Staatssekretär“) and of the person addressed („Ihr Vorgänger“). */
export const SPEAKER_POSSESSIVE = /^(mein|unser)(?:e|er|es|em|en)?$/;
export const ADDRESSEE_POSSESSIVE = /^Ihr(?:e|er|es|em|en)?$/;

/**
 * Nouns whose possessive names the other party of their relation, which a frame reads (slot
 * `possessor`): a person for succession („sein Vorgänger“, „ihre Nachfolgerin“, „Seine Nachfolge“),
 * a body for its head („an ihrer Spitze“). Folded lemmas.
 */
export const POSSESSOR_NOUNS: readonly { lemma: RegExp; possessor: 'person' | 'body' }[] = [
  {
    lemma: /^(?:vorgaenger|nachfolger|amtsvorgaenger|amtsnachfolger)(?:in)?$|^nachfolge$/,
    possessor: 'person',
  },
  { lemma: /^spitze$/, possessor: 'body' },
];

/** Closing formulas a signature follows: „Mit freundlichen Grüßen“, „gez.“, „Ihre“. */
export const CLOSING_FORMULA =
  /^(?:mit freundlichen grüßen|freundliche grüße|viele grüße|herzliche grüße|gez\.?|ihr|ihre)[,.]?$/i;

/** A vocative that names the person an interview asks: „Herr Professor Roßnagel, …“, „Frau Ministerin, …“. */
export const VOCATIVE = /^(?:Herr|Frau)\s/;
