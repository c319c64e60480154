/**
 * What the German NLP stage gives the loader: sentences, tokens with UD part of speech, named
 * entities and basic UD dependencies. Every offset is into the text that was annotated, in UTF-16
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
/**
 * Bump when the Annotation shape or its meaning changes (including the service's pipeline options,
 * e.g. that a blank line ends a sentence): cached annotations of older versions are then ignored.
 */
const SHAPE_VERSION = 1;

/** A folder-safe name of everything that determines an annotation besides the text. */
export const PIPELINE_VERSION = `corenlp-${CORENLP_VERSION}_${ANNOTATORS.replaceAll(',', '-')}_v${SHAPE_VERSION}`;
