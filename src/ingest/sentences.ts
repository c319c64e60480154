import { ABBREVIATIONS } from '../lang/de/words.ts';
/**
 * Splits the normalised text into sentences with offsets. Paragraphs are separated by blank
 * lines; a line break inside a paragraph (table rows, list items, headings, speaker lines) also
 * ends a sentence. Normalisation has already joined the lines a hard-wrapped dump broke only for
 * the page's width (unwrap.ts), so those breaks are no longer in the text.
 */

export interface Sentence {
  /** Position in document order, 0-based. */
  index: number;
  /** Paragraph number, 0-based; a page citation covers sentences of its own paragraph only. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Page the sentence cites, or the next citation of its paragraph; see pages.ts. */
  page: number | null;
}

/** Does the stop at `dot` end a sentence (not an abbreviation, an ordinal or an initial)? */
export function endsSentence(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch === '!' || ch === '?') return true;
  // The word before the full stop.
  let k = dot - 1;
  while (k >= 0 && /[\p{L}\p{N}]/u.test(text[k] as string)) k--;
  const word = text.slice(k + 1, dot);
  if (word.length === 0) return /[)“"]/.test(text[dot - 1] ?? '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\d{1,2}$/.test(word)) return false; // ordinals and dates: "am 18. Januar", "2. Platz"
  if (/^\p{Lu}$/u.test(word)) return false; // initials
  return true;
}

/** Sentences of the normalised text in document order. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s)
      out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e), page: null });
  };
  const paragraphRe = /[^\n]+(?:\n[^\n]+)*/g;
  for (const p of text.matchAll(paragraphRe)) {
    let lineStart = p.index;
    const pEnd = p.index + p[0].length;
    while (lineStart < pEnd) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl > pEnd ? pEnd : nl;
      let start = lineStart;
      for (let i = lineStart; i < lineEnd; i++) {
        const ch = text[i] as string;
        if (ch !== '.' && ch !== '!' && ch !== '?') continue;
        // Closing quotes and brackets right after the stop belong to the sentence.
        let j = i + 1;
        while (j < lineEnd && /[“"')]/.test(text[j] as string)) j++;
        if (j < lineEnd && text[j] !== ' ') continue;
        const next = text[j + 1] ?? '';
        if (j < lineEnd && !/[\p{Lu}\d„"(]/u.test(next)) continue;
        if (!endsSentence(text, i)) continue;
        push(start, j);
        start = j;
        i = j;
      }
      push(start, lineEnd);
      lineStart = lineEnd + 1;
    }
    paragraph++;
  }
  return out;
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
