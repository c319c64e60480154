/**
 * One name in its variants: „Muster eG“, „die Genossenschaft Muster“ and „Muster“ name one body.
 * The core of a name is what is left without a legal form at its end and without a classifying noun
 * before it (heads.ts: CLASSIFIER_HEADS). Names whose cores meet are variants of one name.
 */
import type { EntityType } from '../graph/model.ts';
import { CLASSIFIER_HEADS, NOUN_ENDINGS } from '../lang/de/heads.ts';
import { FUNCTION_WORDS, NAME_CONNECTORS } from '../lang/de/words.ts';
import { foldCase, foldKey } from './fold.ts';
import { typeOfName } from './heads.ts';
import { splitLegalForm } from './legal-forms.ts';

/** Types named exactly, never by a variant: a person, a place, a party, a governing body, a law. */
export const EXACT_TYPES: ReadonlySet<EntityType> = new Set([
  'PERSON',
  'PLACE',
  'PARTY',
  'GOVERNMENT',
  'LAW',
]);

const CLASSIFIERS = Object.keys(CLASSIFIER_HEADS).sort((a, b) => b.length - a.length);

/** Type of a classifying noun („Digitalverband“, „IT-Dienstleisters“ → ORGANISATION), or null. */
export function classifierType(word: string): EntityType | null {
  const key = foldCase(word).replace(/[^a-z0-9]/g, '');
  for (const ending of NOUN_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    const head = CLASSIFIERS.find((c) => stem.endsWith(c));
    if (head) return CLASSIFIER_HEADS[head] as EntityType;
  }
  return null;
}

/**
 * A word that can stand alone as a name without being mistaken for an ordinary word: it has a digit,
 * an inner dot, a superscript, a capital inside („govdigital“, „ekom21“, „hessian.AI“, „x²“,
 * „DataPort“, „ENTEGA“) or starts in lower case.
 */
export function hasNameShape(word: string): boolean {
  return (
    /[\p{N}]/u.test(word) ||
    /\p{L}\.\p{L}/u.test(word) ||
    /^\p{Ll}/u.test(word) ||
    /\p{Ll}\p{Lu}/u.test(word) ||
    /^\p{Lu}{2,}$/u.test(word.replace(/[^\p{L}]/gu, ''))
  );
}

/** Words that can be a name after a classifying noun: capitalised, or one word of a name's shape („kommunix“). */
function isNameRest(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (NAME_CONNECTORS.has(first.toLowerCase())) return false;
  return /^[\p{Lu}\p{N}„‚»"]/u.test(first) || (words.length === 1 && hasNameShape(first));
}

/** „Genossenschaft Muster eG“ → „Muster“: the name without legal form and classifying noun. */
export function nameCore(name: string): string {
  let core = name.trim();
  const legal = splitLegalForm(core);
  if (legal) core = legal.base;
  const [first, ...rest] = core.split(/\s+/);
  if (first && rest.length > 0 && classifierType(first) !== null && isNameRest(rest)) core = rest.join(' ');
  return core.replace(/^[„‚»"]|[“‘«"]$/gu, '').trim();
}

export interface NameVariant {
  core: string;
  /**
   * `strong`: the core may be matched wherever the text writes it (several words, or a word of a
   * name's shape). `weak`: one ordinary-looking word („Muster“), a name only where the tagger reads
   * it as one.
   */
  strength: 'strong' | 'weak';
}

/** The core of a name when it differs from the name, with how safely it can be matched alone. */
export function nameVariant(name: string): NameVariant | null {
  const core = nameCore(name);
  if (foldKey(core) === foldKey(name) || foldKey(core).length < 2) return null;
  if (core.split(/\s+/).every((w) => FUNCTION_WORDS.has(foldKey(w)))) return null;
  // „Zweckverband Region Nordhessen“: what is left is a place's name, not the body's.
  if (typeOfName(core) === 'PLACE') return null;
  const words = core.split(/\s+/);
  const strong = words.length >= 2 || hasNameShape(core);
  return { core, strength: strong ? 'strong' : 'weak' };
}

/**
 * A long name written only up to a conjunct of its complement: „Hessisches Ministerium für
 * Wirtschaft, Energie, Verkehr und Wohnen“ as „Hessisches Ministerium für Wirtschaft“ (an older
 * or a shortened form of the name). The name cut before a comma or „und“ of its complement, when a
 * complement word („für“, „des“ …) and a content word stand before the cut.
 */
export function shortenedNames(name: string): string[] {
  const words = name.split(/\s+/);
  const complement = words.findIndex((w, i) => i > 0 && w !== 'und' && NAME_CONNECTORS.has(w.toLowerCase()));
  if (complement < 1) return [];
  const out: string[] = [];
  for (let i = complement + 2; i < words.length; i++) {
    const before = words[i - 1] as string;
    if (words[i] !== 'und' && !before.endsWith(',')) continue;
    const last = before.replace(/,$/, '');
    if (NAME_CONNECTORS.has(last.toLowerCase()) || !/^\p{Lu}/u.test(last)) continue;
    out.push([...words.slice(0, i - 1), last].join(' '));
  }
  return out;
}
