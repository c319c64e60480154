/**
 * German function words and abbreviations: the closed classes the rules consult. Keys are
 * folded (lower case, umlauts spelled out: "fuer").
 */

/** Words that join the parts of a multi-word name: "Landesamt für …", "Zentrum der …". */
export const NAME_CONNECTORS = new Set([
  'für',
  'fuer',
  'zur',
  'zum',
  'der',
  'des',
  'von',
  'vom',
  'of',
  'for',
  'in',
  'im',
  'am',
  'bei',
  'beim',
  'und',
  'and',
  'the',
]);

/** Function words that hold an article: a noun follows them, never a bare name („am Rhein“, „der Schwarz“). */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'einen',
  'eines',
  'am',
  'im',
  'vom',
  'zum',
  'zur',
  'beim',
  'ins',
  'ans',
]);

/** Articles, prepositions and particles: a capitalised word right after one is a noun, not a name. */
export const FUNCTION_WORDS = new Set([
  ...ARTICLE_WORDS,
  'an',
  'in',
  'auf',
  'aus',
  'bei',
  'um',
  'ueber',
  'unter',
  'vor',
  'hinter',
  'nach',
  'mit',
  'ohne',
  'fuer',
  'durch',
  'gegen',
  'entlang',
  'sehr',
  'so',
  'zu',
  'ganz',
]);

/** Prepositions of time: „Präsident seit März 2023“ says when, not of what. Folded keys. */
export const TEMPORAL_PREPOSITIONS = new Set(['seit', 'ab', 'bis', 'waehrend', 'zwischen']);

/**
 * Last words of a street's name written apart („Mainzer Straße“, „Am Alten Weg“): a street is an
 * address, not a place of the graph. A glued compound („Bergstraße“ is also a region) only with a
 * house number or the town after it (ingest/streets.ts).
 */
export const STREET_WORDS = new Set([
  'straße',
  'strasse',
  'str.',
  'weg',
  'allee',
  'platz',
  'gasse',
  'ring',
  'damm',
  'ufer',
]);

/** Indefinite articles: what follows one is a kind of thing, not a name („für eine „Smart City““). */
export const INDEFINITE_ARTICLE_BEFORE = /(?:^|\s)(?:ein|eine|einen|einem|einer|eines)\s[„»"]?$/u;

/** Verbs of saying after a sentence-initial surname: "Rhein sagte …". */
export const REPORTING_VERBS = new Set([
  'sagte',
  'sagt',
  'betonte',
  'betont',
  'erklaerte',
  'erklaert',
  'kuendigte',
  'unterstrich',
  'forderte',
  'begruesste',
  'ergaenzte',
  'teilte',
  'stellte',
  'eroeffnete',
  'uebergab',
  'wies',
  'dankte',
  'berichtete',
  'meinte',
  'so',
]);

/** Tokens that end with a full stop without ending the sentence. */
export const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'z',
  'b',
  'd',
  'h',
  'ca',
  'inkl',
  'nr',
  'bzw',
  'vgl',
  'u',
  'a',
  's',
  'st',
  'v',
  'e',
  'ggf',
  'sog',
  'evtl',
  'abs',
  'art',
  'str',
  'dipl',
  'ing',
  'mio',
  'mrd',
  'bspw',
  'etc',
  'gem',
  'max',
  'min',
  'zzgl',
  'ggü',
  'jh',
  'hr',
  'fr',
  'c',
  'abg',
  'mdl',
  'mdb',
  'rd',
  'tel',
]);

/** Academic and honorific titles before a name; kept apart from the name. */
export const NAME_TITLES = [
  'Prof.',
  'Dr.',
  'h.c.',
  'h. c.',
  'Dr.-Ing.',
  'Dipl.-Ing.',
  'med.',
  'rer.',
  'nat.',
  'phil.',
  'jur.',
  'Herr',
  'Frau',
];

/** Name particles that belong to a surname: "Frank von der Au", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'zu', 'vom', 'den', 'di', 'da']);

/** Opening and closing quotation marks of German and other typography. */
export const OPEN_QUOTES = '„»"“‚›\'';
export const CLOSE_QUOTES = '“«"”‘‹\'';

/**
 * Last parts of compounds in the names of public bodies, folded, beside the type heads (heads.ts):
 * an acronym may take a letter from each part („Landeskriminalamt“ → L, K, A; „Datenverarbeitung“
 * → D, V).
 */
export const COMPOUND_TAILS = [
  'kriminal',
  'verarbeitung',
  'technologie',
  'technik',
  'sicherheit',
  'schutz',
  'verwaltung',
  'entwicklung',
  'wirtschaft',
  'forschung',
  'informatik',
  'dienste',
  'recht',
  'bildung',
  'verkehr',
  'planung',
  'versorgung',
  'kommunikation',
  'information',
  'digitalisierung',
  'innovation',
  'gestaltung',
  'wesen',
];

/** Words an acronym may give a lower-case letter or none: „HMdF“ (Ministerium der Finanzen), „LfV“. Folded. */
export const ACRONYM_FUNCTION_WORDS = new Set([
  'fuer',
  'der',
  'des',
  'den',
  'dem',
  'die',
  'das',
  'und',
  'in',
  'im',
  'am',
  'an',
  'zur',
  'zum',
  'von',
  'vom',
  'bei',
  'beim',
  'mit',
  'auf',
  'of',
  'for',
  'the',
  'and',
]);

/**
 * Words that mark a parliamentary text (a plenary record, minutes of a council, a parliamentary
 * question), where a bracket after a speaker's name gives the party: „Anna Beispiel (FW)“.
 */
export const PARLIAMENTARY =
  /\b(?:Plenarprotokoll|Plenarsitzung|Drucksache|Abg\.|Abgeordnete[rn]?|Fraktion\w*|Landtag\w*|Bundestag\w*|Kreistag\w*|Stadtverordnete\w*|Gemeindevertret\w*|Wahlperiode|Niederschrift|Tagesordnung)\b/u;

/**
 * The noun of a parliamentary group, written after its party with a hyphen, alone or in a compound
 * that says which parliament: „CDU-Fraktion“, „SPD-Landtagsfraktion“, „Volt-Fraktion“. Folded.
 */
export const PARTY_GROUP_HEAD = 'fraktion';

/** A proper adjective („Hessisches“, „Statistischen“): capitalised, so a name part or a place's adjective. */
export const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+isch(?:e[rnsm]?)?$/u;

/** The definite article, or a preposition fused with it, before a name or a noun that names one body. */
export const DEFINITE_BEFORE_NAME = /^(?:der|die|das|dem|den|des|im|am|beim|vom|zum|zur)$/i;
