/**
 * People the tagger reads only in part or as something else: „Leitung: Dr. Nadine Kraft“ tags only
 * „Nadine“ (Kraft is also a common noun), „Leitung: Felix Brückner“ comes out as a miscellaneous name.
 * A common given name (lang/de/first-names.ts) followed by one or two capitalised words that name no
 * kind of body is a person's full name, whatever class the tagger gave it.
 */
import { FIRST_NAME_GENDER } from '../lang/de/first-names.ts';
import { FUNCTION_WORDS, NAME_TITLES } from '../lang/de/words.ts';
import { foldKey } from './fold.ts';
import { typeFromHead } from './heads.ts';

interface Span {
  text: string;
  start: number;
  end: number;
}

function isTitle(word: string): boolean {
  return NAME_TITLES.includes(word) || NAME_TITLES.includes(`${word}.`);
}

/** A surname-like word: capitalised, letters and inner hyphens or apostrophes only, no type noun. */
function isSurnameWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u.test(word) &&
    !FUNCTION_WORDS.has(foldKey(word)) &&
    typeFromHead(word) === null
  );
}

/**
 * The person's full name the tagged span holds, with its span in the text, or null. Titles before
 * it stay (person-name.ts takes them apart); an initial before the given name („R. Alexander“) is
 * left out. A lone given name takes the capitalised word right after it; a longer span must be a
 * given name and surnames.
 */
export function givenNamePerson(text: string, tagged: Span): Span | null {
  const words = tagged.text.split(' ');
  let k = 0;
  while (k < words.length && isTitle(words[k] as string)) k++;
  const initial = /^\p{Lu}\.$/u.test(words[k] ?? '') ? 1 : 0;
  const given = (words[k + initial] ?? '').split('-')[0] ?? '';
  if (!FIRST_NAME_GENDER.has(foldKey(given))) return null;
  const name = words.slice(k + initial);
  const offset = initial > 0 ? tagged.text.indexOf(` ${name.join(' ')}`) + 1 : 0;
  // Without the initial the span starts at the given name; the titles before it are left out with it.
  const start = tagged.start + offset;
  if (name.length === 1) {
    const next = /^ (\p{Lu}[\p{L}’'-]+)(?=[\s,.;:)]|$)/u.exec(text.slice(tagged.end, tagged.end + 40));
    if (!next || !isSurnameWord(next[1] as string)) return null;
    const end = tagged.end + 1 + (next[1] as string).length;
    return { text: text.slice(start, end), start, end };
  }
  if (name.length > 3 || !name.slice(1).every(isSurnameWord)) return null;
  return { text: text.slice(start, tagged.end), start, end: tagged.end };
}

/**
 * „Jana Fischer“, „Markus Weber (SPD)“, „Dr. Tanja Ulrich, Referentin“ on a line of their own — an
 * attendance list, a signature, a speaker line — where the tagger, without a sentence around them,
 * tags nothing: a line that opens with a common given name and one or two surnames, and ends there
 * or goes on with a bracket or a comma, names a person. Spans in `text` from `offset`.
 */
export function nameLines(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = NAME_LINE.exec(line);
    const words = m?.[1]?.split(' ') ?? [];
    const given = words[0]?.split('-')[0] ?? '';
    if (m?.[1] && FIRST_NAME_GENDER.has(foldKey(given)) && words.slice(1).every(isSurnameWord)) {
      const start = offset + at + (m.index ?? 0) + m[0].length - m[1].length;
      out.push({ text: m[1], start, end: start + m[1].length });
    }
    at += line.length + 1;
  }
  return out;
}

/** A line of a name: titles, a given name and one or two surnames, then the line's end, a bracket or a comma. */
const NAME_LINE =
  /^\s*(?:(?:Prof\.|Dr\.|Dipl\.-\p{L}+\.)\s+)*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)(?=\s*(?:$|\(|,))/u;
