/**
 * Builds the Lucene query for the `entity_search` full-text index from free user text.
 * The text is folded (lower case, umlauts spelled out, punctuation dropped) before anything
 * reaches Lucene, and every term is escaped besides, so no input can change the query's syntax.
 */
import { foldKey, foldWords } from '../../ingest/fold.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Escapes every Lucene special character; the operators AND/OR/NOT become plain words. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  return OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}

/** Folded German function words: they carry no meaning for search and would only add prefix noise. */
const STOPWORDS = new Set(
  'der die das des dem den ein eine einer eines einem einen und oder fuer von vom zu zur zum im in am an auf mit bei aus nach ueber'.split(
    ' ',
  ),
);

/** Words shorter than this get no prefix clause; words of at least FUZZY_MIN a one-edit fuzzy clause. */
const PREFIX_MIN = 2;
/** Words of the text that make clauses; the rest is ignored (names are rarely longer). */
export const MAX_WORDS = 8;
const FUZZY_MIN = 5;

export interface SearchQuery {
  /** Lucene query for db.index.fulltext.queryNodes. */
  lucene: string;
  /** foldKey of the whole text: an exact name/alias match has this among its searchText variants. */
  key: string;
}

function wordClause(word: string): string {
  const term = escapeLucene(word);
  const parts = [`${term}^3`];
  if (word.length >= PREFIX_MIN) parts.push(`${term}*^1.5`);
  if (word.length >= FUZZY_MIN) parts.push(`${term}~1`);
  return `(${parts.join(' OR ')})`;
}

/**
 * Exact terms (analysed by the German analyzer, so inflections stem), prefixes and one-edit
 * fuzzy terms per word, plus the phrase and the glued form ("hessenapp") for several words.
 * Returns null when the text has no searchable word at all.
 */
export function buildSearchQuery(text: string): SearchQuery | null {
  // Each word adds fuzzy and prefix expansions: past a few words they only cost time.
  const words = foldWords(text).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  const clauses = (meaningful.length > 0 ? meaningful : words).map(wordClause);
  if (words.length > 1) {
    const glued = escapeLucene(words.join(''));
    clauses.push(`"${words.map(escapeLucene).join(' ')}"^4`, `${glued}^4`, `${glued}*^2`);
  }
  return { lucene: clauses.join(' OR '), key: foldKey(text) };
}
