/**
 * Head nouns → entity type and grammatical gender. German compounds carry their type in the
 * last part ("Modellbehörde" is a Behörde, "Verfahrenscloud" a Cloud), so suffixes are matched
 * on the folded word, longest first.
 */
import type { EntityType } from '../graph/model.ts';
import { GENDER_SUFFIXES, type Gender, STRONG_ENDING } from '../lang/de/genders.ts';
import {
  LAND_AUTHORITY_HEADS,
  NAME_HEAD_ABBREVIATIONS,
  NOUN_ENDINGS,
  PARTY_SHAPES,
  TYPE_HEADS,
} from '../lang/de/heads.ts';
import { NAME_CONNECTORS } from '../lang/de/words.ts';
import { foldCase } from './fold.ts';
import { splitLegalForm } from './legal-forms.ts';

const HEAD_SUFFIXES = Object.keys(TYPE_HEADS).sort((a, b) => b.length - a.length);

/** Type of a head noun ("Landesamt" → AGENCY, "EfA-Leistungen" → SERVICE), or null. */
export function typeFromHead(word: string): EntityType | null {
  const key = foldCase(word).replace(/[^a-z0-9]/g, '');
  for (const ending of NOUN_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    const head = HEAD_SUFFIXES.find((s) => stem.endsWith(s));
    if (!head || (stem !== head && stem.length <= head.length)) continue;
    // „Landesrechenzentrum“, „Landeskompetenzzentrum“: the Land's own centre is an authority.
    if (key.startsWith('landes') && LAND_AUTHORITY_HEADS.has(head)) return 'AGENCY';
    return TYPE_HEADS[head] as EntityType;
  }
  return null;
}

/** Whether the word ends exactly in a type head, without a plural or case ending („Landesamt“, not „Landesämter“). */
export function endsInHead(word: string): boolean {
  const key = foldCase(word);
  return HEAD_SUFFIXES.some((h) => key.endsWith(h));
}

/**
 * Words of the name's first noun phrase: "Hessisches Landesamt für …" → ["Hessisches", "Landesamt"],
 * "Hessischer Städte- und Gemeindebund" → all four.
 */
export function firstNounPhrase(name: string): string[] {
  const words = name.split(/\s+/);
  // „Städte- und Gemeindebund“: a truncated compound goes on after „und“ to its head.
  const cut = words.findIndex(
    (w, i) => i > 0 && NAME_CONNECTORS.has(w.toLowerCase()) && !words[i - 1]?.endsWith('-'),
  );
  return cut === -1 ? words : words.slice(0, cut);
}

/** „Freie Wähler“, „Wählergemeinschaft Lahntal“, „Piratenpartei“: a party by the shape of its name. */
export function isPartyName(name: string): boolean {
  const folded = foldCase(name).replace(/\s+/g, ' ').trim();
  return (
    PARTY_SHAPES.some((shape) => shape.test(folded)) || typeFromHead(name.split(/\s+/)[0] ?? '') === 'PARTY'
  );
}

/** „Freien Wähler“ → „Freie Wähler“: a plural name's adjectives in the nominative. */
export function pluralNominative(name: string): string {
  return name.replace(/^(\p{Lu}\p{Ll}+)en (?=\p{Lu}\p{Ll}+er$)/u, '$1e ');
}

/** Type of a multi-word name from the head of its first noun phrase. */
export function typeOfName(name: string): EntityType | null {
  const words = name.split(/\s+/);
  // A legal form at the end decides („Hessen Trade & Invest GmbH“), as does an abbreviated head („TU Darmstadt“).
  if (isPartyName(name)) return 'PARTY';
  if (splitLegalForm(name)) return 'ORGANISATION';
  const abbreviated = NAME_HEAD_ABBREVIATIONS[words[0] ?? ''];
  if (abbreviated) return abbreviated;
  // The head is the first typed noun; a place name after it is an apposition („Technische Universität Darmstadt“).
  for (const word of firstNounPhrase(name)) {
    const t = typeFromHead(word);
    if (t) return t;
  }
  return null;
}

/** A head noun that is no compound („Zentrale“, not „Datenzentrale“): it may be an adjective before another. */
function isBareHead(word: string): boolean {
  const key = foldCase(word).replace(/[^a-z]/g, '');
  return key in TYPE_HEADS || key.replace(/n$/, '') in TYPE_HEADS;
}

/**
 * A noun declined like an adjective that names a body, in an oblique case („des Hessischen
 * Beauftragten“): its nominative is the title's masculine form. „Hessische Beauftragte“ is a
 * nominative already (a woman's title, or after „der“) and stays.
 */
const ADJECTIVAL_HEAD = /^(\p{Lu}?\p{Ll}*[Bb]eauftragt)en$/u;

/** An inflected adjective: „Kommunale“, „Hessischen“, „Technische“, „Digitales“ (stem + ending). */
export const ADJECTIVE_FORM = /^(\p{Lu}\p{Ll}+?(?:isch|al|ell|iv|ig|lich|er|en|ch|t|l|n|r))(e|en|er|es|em)$/u;

/**
 * Nominative form of a name taken from running text: "Hessischen Zentrale für …" → "Hessische
 * Zentrale für …", "Hessische Landesamt …" (after "Das") → "Hessisches Landesamt …".
 */
export function nominative(name: string): string {
  const words = name.split(' ');
  // „Ministeriums“ → „Ministerium“, „Instituts“ → „Institut“: a genitive head noun.
  const headAt = words.findIndex((w) => typeFromHead(w) !== null);
  const headWord = words[headAt];
  if (headWord && /\p{Ll}e?s$/u.test(headWord)) {
    const bare = headWord.replace(/e?s$/u, '');
    if (endsInHead(bare)) words[headAt] = bare;
  }
  const phrase = firstNounPhrase(words.join(' '));
  // The head is the first typed noun („Initiative“ in „Initiative Mobiles Hessen“), else the phrase's
  // last word; an adjective that is also a head noun („Zentrale“) is none before another typed noun.
  const typed = phrase.findIndex(
    (w, k) =>
      typeFromHead(w) !== null &&
      !(
        isBareHead(w) &&
        ADJECTIVE_FORM.test(w) &&
        phrase.slice(k + 1).some((next) => typeFromHead(next) !== null)
      ),
  );
  // „des Hessischen Beauftragten“: a body named by an adjectival noun, in its masculine nominative.
  const adjectival = typed >= 0 ? ADJECTIVAL_HEAD.exec(phrase[typed] as string) : null;
  if (adjectival) words[typed] = `${adjectival[1]}er`;
  const np = typed >= 0 ? phrase.slice(0, typed + 1) : phrase;
  const head = adjectival ? 'beauftragter' : foldCase(np.at(-1) ?? '');
  // Unknown heads take the ending a name gets after the definite article: „die/der Deutsche Telekom“.
  const known = GENDER_SUFFIXES.find(([suffix]) => head.endsWith(suffix))?.[1];
  const gender = known ?? 'f';
  if (np.length < 2) return words.join(' ');
  for (let i = 0; i < np.length - 1; i++) {
    const w = words[i] as string;
    const m = ADJECTIVE_FORM.exec(w);
    // „Frankfurter Westhafen“: without the head's gender an -er form may be an indeclinable place adjective.
    if (!m || (!known && m[2] === 'er')) break;
    words[i] = (m[1] as string) + STRONG_ENDING[gender];
  }
  return words.join(' ');
}

/** Grammatical gender of a name by its head noun („Hessische Zentrale für …“ → f), or null when unknown. */
export function genderOfName(name: string): Gender | null {
  if (splitLegalForm(name)) return 'f'; // die GmbH, die AG, die eG
  const phrase = firstNounPhrase(name);
  const typed = phrase.find((w) => typeFromHead(w) !== null) ?? phrase.at(-1) ?? '';
  const head = foldCase(typed);
  return GENDER_SUFFIXES.find(([suffix]) => head.endsWith(suffix))?.[1] ?? null;
}

/**
 * A name in the genitive with its article, to name something of it: „Hessisches Ministerium der
 * Finanzen“ → „des Hessischen Ministeriums der Finanzen“, „Hessische Zentrale für …“ → „der
 * Hessischen Zentrale für …“. Null when the head's gender is unknown.
 */
export function genitive(name: string): string | null {
  const gender = genderOfName(name);
  if (!gender || splitLegalForm(name)) return null;
  const words = name.split(' ');
  const phrase = firstNounPhrase(name);
  const typed = phrase.findIndex((w) => typeFromHead(w) !== null);
  const head = typed >= 0 ? typed : phrase.length - 1;
  for (let i = 0; i < head; i++) {
    const m = ADJECTIVE_FORM.exec(words[i] as string);
    if (m) words[i] = `${m[1]}en`;
  }
  const noun = words[head] as string;
  if (gender !== 'f' && !/(?:s|x|z|ß)$/u.test(noun)) words[head] = `${noun}s`;
  return `${gender === 'f' ? 'der' : 'des'} ${words.join(' ')}`;
}
