/**
 * Names a type noun introduces without quotes: „die Plattform civento“, „des IT-Dienstleisters
 * ekom21“, „die App meinort“, „der Energieversorger NORDWERK“. The noun says what the name is (its
 * type, heads.ts); the name is the one word the parse hangs on the noun, when that word cannot be
 * an ordinary one: lower case or of an odd shape after any type noun, in capitals after a noun that
 * only classifies. Capitalised names after a head that is part of them („Servicestelle Open Data“)
 * are head-names.ts's.
 */
import type { EntityType } from '../graph/model.ts';
import { FUNCTION_WORDS } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { foldKey } from './fold.ts';
import { typeFromHead } from './heads.ts';
import { classifierType } from './name-variants.ts';
import { isOddWord, wholeWords } from './name-words.ts';
import type { ParsedToken } from './parse.ts';

export interface TypedName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Types a noun may give a name after it; a place noun („die Stadt marburg“) or a law gives none. */
const TYPES: ReadonlySet<EntityType> = new Set([
  'AGENCY',
  'ORGANISATION',
  'PROGRAMME',
  'PLATFORM',
  'SERVICE',
  'PARTY',
]);
/** How the parse hangs a name on the noun before it. */
const NAME_ARCS = /^(?:appos|flat|nmod|compound|nk)/;
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'X', 'NUM']);
/** Tags of words whose every dictionary reading carries case, number or gender (an adverbial adjective has none). */
const INFLECTING = new Set(['NOUN', 'PROPN', 'VERB']);

function nounType(word: string): { type: EntityType; classifier: boolean } | null {
  const classified = classifierType(word);
  const type = typeFromHead(word) ?? classified;
  return type && TYPES.has(type) ? { type, classifier: classified !== null } : null;
}

/** Whether the word after a type noun can only be a name. */
function isName(word: string, classifier: boolean): boolean {
  // „Referat 21“: a number is a unit's designation (units.ts), no name.
  if (FUNCTION_WORDS.has(foldKey(word)) || word.length < 2 || !/\p{L}/u.test(word)) return false;
  if (/^\p{Ll}/u.test(word) || isOddWord(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
  // „der Energieversorger NORDWERK“: capitals after a noun that only classifies.
  return classifier && /^\p{Lu}{3,}$/u.test(word);
}

/**
 * „die App meinort“ read as a verb: a word the tagger must guess, for which the dictionary knows no
 * reading (a noun or a finite verb without morphology).
 */
function unknownWord(t: ParsedToken): boolean {
  const f = t.feats ?? {};
  // An infinitive („die App nutzen“) has no number either.
  if (t.pos === 'VERB' && /n$/.test(t.word)) return false;
  return INFLECTING.has(t.pos) && !f.case && !f.number && !f.gender && t.lemma === t.word;
}

export function typedNames(doc: Doc): TypedName[] {
  const out: TypedName[] = [];
  for (const s of doc.parses) {
    s.tokens.forEach((noun, k) => {
      const next = s.tokens[k + 1] as ParsedToken | undefined;
      if (!next || !/^\p{Lu}/u.test(noun.word) || doc.text.slice(noun.end, next.start) !== ' ') return;
      const typed = nounType(noun.word);
      if (!typed) return;
      // The name hangs on the noun, or (the tagger's way with unknown words) the noun on the name as
      // its compound part; a noun beside a predicate („auf dem Portal aktiv“) is neither.
      const hung =
        (NAME_TAGS.has(next.pos) && next.head === k && NAME_ARCS.test(next.dep)) ||
        (NAME_TAGS.has(next.pos) && noun.head === k + 1 && /^(?:flat|compound|appos)/.test(noun.dep)) ||
        unknownWord(next);
      // „x²-Akte“: the tagger's token is a piece of the word.
      const { start, end } = wholeWords(doc.text, next.start, next.end);
      const name = doc.text.slice(start, end);
      if (hung && isName(name, typed.classifier)) out.push({ name, type: typed.type, start, end });
    });
  }
  return out;
}
