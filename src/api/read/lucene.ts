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
  /** Lucene query for names and aliases (db.index.fulltext.queryNodes on `entity_search`): any word may match. */
  lucene: string;
  /** Lucene query for descriptions and roles: every meaningful word must match, so "Hessen-App" does not find every text that says "Hessen". */
  strict: string;
  /** foldKey of the whole text: an exact name/alias match has this among its searchText variants. */
  key: string;
  /** The text as typed when it looks like an acronym ("HMD", "EfA"), matched case-sensitively; else null. */
  acronym: string | null;
}

/**
 * What the German analyzer makes of folded umlauts (ae → a, oe → o, ue → u): analysed terms meet
 * either way, but prefix terms are not analysed, so "staatssekretaer*" would miss "Staatssekretärin".
 */
function germanNormal(word: string): string {
  return word
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/([^aeiouq])ue/g, '$1u');
}

function wordClause(word: string): string {
  const term = escapeLucene(word);
  const parts = [`${term}^3`];
  if (word.length >= PREFIX_MIN) parts.push(`${term}*^1.5`);
  const normal = germanNormal(word);
  if (normal !== word && normal.length >= PREFIX_MIN) parts.push(`${escapeLucene(normal)}*^1.5`);
  if (word.length >= FUZZY_MIN) parts.push(`${term}~1`);
  return `(${parts.join(' OR ')})`;
}

/** One token of 2–10 letters or digits with at least two capitals: "HZD", "EfA", "HMdIS", "OZG". */
const ACRONYM = /^(?=(?:\p{Lu}.*){2})[\p{L}\d]{2,10}$/u;

export function acronymOf(text: string): string | null {
  const trimmed = text.trim().normalize('NFC');
  return ACRONYM.test(trimmed) ? trimmed : null;
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
  const wordClauses = (meaningful.length > 0 ? meaningful : words).map(wordClause);
  const clauses = [...wordClauses];
  if (words.length > 1) {
    const glued = escapeLucene(words.join(''));
    clauses.push(`"${words.map(escapeLucene).join(' ')}"^4`, `${glued}^4`, `${glued}*^2`);
  }
  return {
    lucene: clauses.join(' OR '),
    strict: wordClauses.map((c) => `+${c}`).join(' '),
    key: foldKey(text),
    acronym: acronymOf(text),
  };
}
