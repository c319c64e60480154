/**
 * What the German NLP stage gives the loader: sentences, tokens with UD part of speech, lemma and
 * morphology, named entities and basic UD dependencies. Every offset is into the text that was annotated, in UTF-16
 * code units (JavaScript string indices), so `text.slice(token.start, token.end)` is the source.
 */

export interface NlpToken {
  /** Token text as CoreNLP sees it (after the multi-word split, e.g. "zu", "dem" for "zum"). */
  word: string;
  /** Offset of the token's original text; the parts of a multi-word token share their word's span. */
  start: number;
  end: number;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, PUNCT, …); the German model emits UPOS. */
  pos: string;
  /** 'O' or PERSON | LOCATION | ORGANIZATION | MISC. */
  ner: string;
  /** Index (0-based, within the sentence) of the governor; -1 for the root. */
  head: number;
  /** UD relation to the head from the basic dependencies (nsubj, obj, obl, nmod, appos, …; 'root'). */
  dep: string;
  /**
   * Dictionary form from LanguageTool's German full-form dictionary: „Ministerien“ → „Ministerium“,
   * „folgte“ → „folgen“, „den“ → „der“; a compound it lacks by its last part („Digitalministerien“ →
   * „Digitalministerium“); personal and possessive pronouns keep their person („ihre“ → „ihr“).
   * The word itself when the dictionary has no reading that fits `pos` (names, numbers, punctuation).
   */
  lemma: string;
  /**
   * Every lemma the fitting readings name, `lemma` first, where there is more than one: „geleitet“
   * is „geleiten“ or „leiten“, a participle read as an adjective („angesiedelte“) also names its
   * verb („ansiedeln“). Absent when `lemma` is the only one.
   */
  lemmas?: string[];
  feats: Feats;
}

export const CASES = ['Nom', 'Gen', 'Dat', 'Acc'] as const;
export const NUMBERS = ['Sing', 'Plur'] as const;
export const GENDERS = ['Masc', 'Fem', 'Neut'] as const;
export type GrammaticalCase = (typeof CASES)[number];
export type GrammaticalNumber = (typeof NUMBERS)[number];
export type Gender = (typeof GENDERS)[number];

/**
 * Morphology of a token (UD feature names and values): every value some dictionary reading of the
 * word that fits its part of speech allows, so „den“ is Acc Sing Masc or Dat Plur and gives
 * case [Dat, Acc], number [Sing, Plur], gender [Masc, Fem, Neut]; „Vorsitz“ gives case
 * [Nom, Dat, Acc], number [Sing], gender [Masc]. A field is absent when unknown or not applicable
 * (no reading, or one of the readings does not give it: an infinitive has no number). Nouns,
 * proper nouns, adjectives, determiners and pronouns carry all three; finite verbs and auxiliaries
 * their number; a preposition the cases it governs („mit“: [Dat]); other words none.
 */
export interface Feats {
  case?: GrammaticalCase[];
  number?: GrammaticalNumber[];
  gender?: Gender[];
}

/** A named-entity mention; tokenStart/tokenEnd index the sentence's tokens, tokenEnd exclusive. */
export interface NlpEntity {
  start: number;
  end: number;
  ner: string;
  text: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface NlpSentence {
  start: number;
  end: number;
  tokens: NlpToken[];
  entities: NlpEntity[];
}

export interface Annotation {
  /** The pipeline that produced it (PIPELINE_VERSION); part of the cache key. */
  version: string;
  sentences: NlpSentence[];
}

/** The CoreNLP release the project installs (scripts/nlp) and the service must report. */
export const CORENLP_VERSION = '4.5.10';
export const ANNOTATORS = 'tokenize,ssplit,mwt,pos,ner,depparse';
/** LanguageTool's German dictionary (de.danielnaber:german-pos-dict, CC BY-SA 4.0) and its reader. */
export const GERMAN_POS_DICT_VERSION = '1.2.2';
export const MORFOLOGIK_VERSION = '2.1.9';
/** What the service reports as `morphology` in GET /health. */
export const MORPHOLOGY = `german-pos-dict-${GERMAN_POS_DICT_VERSION}-s2`;
/**
 * Bump when the Annotation shape or its meaning changes (including the service's pipeline options,
 * e.g. that a blank line ends a sentence, or how it reads lemmas): cached annotations of older
 * versions are then ignored. 2: lemma and feats; 3: further lemmas.
 */
const SHAPE_VERSION = 3;

/** A folder-safe name of everything that determines an annotation besides the text. */
export const PIPELINE_VERSION = `corenlp-${CORENLP_VERSION}_${ANNOTATORS.replaceAll(',', '-')}_${MORPHOLOGY}_v${SHAPE_VERSION}`;
