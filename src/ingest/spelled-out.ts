/**
 * Abbreviations the text spells out for a kind of thing, not for a body: „Chief Information
 * Officer (CIO)“, „EfA – Einer für Alle“ in a list of abbreviations. Their long form has no typed
 * head noun (heads.ts), no legal form and is no name the document or the tagger knows, so no piece
 * of the long form the tagger marks („Security Officer“) is an entity, and nothing listed with the
 * abbreviation is an organisation for being listed with it. (The abbreviation itself may still name
 * something the text treats as a name, as „TED“ does for „Tenders Electronic Daily“.)
 */
import { acronymFits } from './definitions.ts';
import { typeFromHead, typeOfName } from './heads.ts';
import { isAcronymShape } from './initials.ts';

export interface SpelledOut {
  acronym: string;
  long: string;
  /** Span of the long form in the text. */
  start: number;
  end: number;
}

/** Most words a long form has: an abbreviation stands for a few words, not a clause. */
const MAX_WORDS = 6;

/** „Chief Information Officer (CIO)“: the shortest run of words before the bracket the letters fit. */
function longBefore(text: string, end: number, acronym: string): SpelledOut | null {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const words = [...text.slice(lineStart, end).matchAll(/\S+/g)];
  for (let k = 1; k <= Math.min(MAX_WORDS, words.length); k++) {
    const first = words[words.length - k] as RegExpMatchArray;
    const start = lineStart + (first.index ?? 0);
    const long = text.slice(start, end).trim();
    if (/[,;:.)]$/.test(long.split(' ')[0] ?? '')) return null;
    if (first[0][0] === acronym[0] && acronymFits(acronym, long)) return { acronym, long, start, end };
  }
  return null;
}

/** Every abbreviation spelled out in the text, as „Long (ACR)“ or „ACR – Long“ / „ACR: Long“. */
export function spelledOut(text: string): SpelledOut[] {
  const out: SpelledOut[] = [];
  for (const m of text.matchAll(/ \((\p{Lu}[\p{L}]{1,7})\)/gu)) {
    const acronym = m[1] as string;
    if (!isAcronymShape(acronym)) continue;
    const found = longBefore(text, m.index, acronym);
    if (found) out.push(found);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}]{1,7}) (?:–|-|=|:) (\p{Lu}[^;\n()–]{2,80})/gu)) {
    const acronym = m[1] as string;
    const long = (m[2] as string).trim();
    if (!isAcronymShape(acronym) || long.split(' ').length > MAX_WORDS || !acronymFits(acronym, long))
      continue;
    const start = m.index + m[0].lastIndexOf(long);
    out.push({ acronym, long, start, end: start + long.length });
  }
  return out;
}

/**
 * The spelled-out abbreviations whose long form is a kind of thing: no head noun and no name
 * `isName` knows (the caller's gazetteers, or the tagger marking a name from its first word, as in
 * „Siemens Business Services (SBS)“).
 */
export function spelledOutKinds(text: string, isName: (s: SpelledOut) => boolean): SpelledOut[] {
  return spelledOut(text).filter(
    (s) => typeOfName(s.long) === null && !s.long.split(' ').some((w) => typeFromHead(w)) && !isName(s),
  );
}
