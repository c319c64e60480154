/**
 * Names a type noun introduces without quotes: „die Plattform civento“, „des IT-Dienstleisters
 * ekom21“, „die App meinort“, „der Energieversorger NORDWERK“, „des Förderprogramms LOEWE“, „das
 * Kompetenzzentrum EC SPRIDE“, „das Projekt Deutschland-Online-Infrastruktur“. The noun says what
 * the name is (its type, heads.ts); the name is the word the parse hangs on the noun, when that word
 * cannot be an ordinary one: lower case or of an odd shape after any type noun; in capitals (one
 * word or two) or a compound of capitalised parts after a noun that only classifies or names a
 * kind. Capitalised names after a head that is part of them („Servicestelle Open Data“, „Universität
 * Kassel“) are head-names.ts's.
 */
import type { EntityType } from '../graph/model.ts';
import { NOUN_ENDINGS } from '../lang/de/heads.ts';
import { KIND_HEADS } from '../lang/de/kind-nouns.ts';
import { FUNCTION_WORDS } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { foldCase, foldKey } from './fold.ts';
import { typeFromHead } from './heads.ts';
import { classifierType } from './name-variants.ts';
import { isOddWord, wholeWords, wordAt } from './name-words.ts';
import type { ParsedSentence, ParsedToken } from './parse.ts';

export interface TypedName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  /** The noun before only says what kind of thing the name is („Förderprogramm LOEWE“), it is no part of it. */
  classified: boolean;
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

/** Whether the noun names a kind before a name („Forschungsförderprogramms“, „Kompetenzzentrum“). */
function isKindNoun(word: string): boolean {
  const key = foldCase(word).replace(/[^a-z0-9]/g, '');
  return NOUN_ENDINGS.some((ending) => {
    const stem = key.endsWith(ending) ? key.slice(0, key.length - ending.length) : '';
    return KIND_HEADS.some((h) => stem.endsWith(h));
  });
}

function nounType(word: string): { type: EntityType; classifier: boolean } | null {
  const classified = classifierType(word);
  const type = typeFromHead(word) ?? classified;
  return type && TYPES.has(type) ? { type, classifier: classified !== null || isKindNoun(word) } : null;
}

/** Whether the words after a type noun can only be a name. */
function isName(word: string, classifier: boolean): boolean {
  // „Referat 21“: a number is a unit's designation (units.ts), no name.
  if (FUNCTION_WORDS.has(foldKey(word)) || word.length < 2 || !/\p{L}/u.test(word)) return false;
  if (!word.includes(' ') && (/^\p{Ll}/u.test(word) || isOddWord(word) || /\p{Ll}\p{Lu}/u.test(word)))
    return true;
  if (!classifier) return false;
  // „der Energieversorger NORDWERK“, „das Kompetenzzentrum EC SPRIDE“: capitals after a noun that only classifies.
  if (/^\p{Lu}{2,}(?: \p{Lu}{2,})?$/u.test(word) && word.replace(' ', '').length >= 3) return true;
  // „das Projekt Deutschland-Online-Infrastruktur“: a compound of capitalised parts is no common noun.
  return /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+$/u.test(word);
}

/**
 * [start, end) of the name that opens with token `k`: the whole word („Distr@l“, a hyphenated
 * compound the tokenizer cut) and a second word in capitals the parse hangs on it („EC SPRIDE“).
 */
function nameSpan(doc: Doc, s: ParsedSentence, k: number): { start: number; end: number } {
  const first = s.tokens[k] as ParsedToken;
  let { start, end } = wholeWords(doc.text, first.start, first.end);
  if (doc.text[end] === '-') end = wordAt(doc.text, first.start).end;
  const second = s.tokens.find((t) => t.start > end && t.head === k && t.dep.startsWith('flat'));
  const word = (t: ParsedToken) => /^\p{Lu}{2,}$/u.test(t.word) && /^\p{Lu}{2,}$/u.test(first.word);
  if (second && doc.text.slice(end, second.start) === ' ' && word(second)) end = second.end;
  return { start, end };
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
      // „x²-Akte“: the tagger's token is a piece of the word.
      const { start, end } = nameSpan(doc, s, k + 1);
      const name = doc.text.slice(start, end);
      // The name hangs on the noun (a compound by its last part: „Projekt Bürger-Service-Verbund“),
      // or (the tagger's way with unknown words) the noun on the name as its compound part; a noun
      // beside a predicate („auf dem Portal aktiv“) is neither.
      const parts = s.tokens.filter((t) => t.start >= start && t.end <= end && NAME_TAGS.has(t.pos));
      const hung =
        parts.some((t) => t.head === k && NAME_ARCS.test(t.dep)) ||
        (NAME_TAGS.has(next.pos) && noun.head === k + 1 && /^(?:flat|compound|appos)/.test(noun.dep)) ||
        unknownWord(next);
      // „das Zentrum Rhein-Main“: a place after the noun is no name of its own.
      const place = /LOCATION/.test(next.ner);
      if (hung && !place && isName(name, typed.classifier))
        out.push({ name, type: typed.type, start, end, classified: typed.classifier });
    });
  }
  return out;
}
