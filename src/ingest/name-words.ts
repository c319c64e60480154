/**
 * Names written as one word of an unusual shape — with a superscript, a digit, a dot or an „@“ inside:
 * „x²-Akte“, „ekom21“, „Hessen3C“, „hessian.AI“, „AB.CD“, „Distr@l“. Tokenizers and taggers cut them at the
 * odd character; a name span that ends or starts inside such a word is widened to the whole word.
 */

/** Letters, digits and super- or subscript digits: the characters a name word is made of. */
const NAME_CHAR = /[\p{L}\p{N}]/u;
/** Characters that join two parts of one word when no space stands beside them. */
const JOINERS = new Set(['.', '-', '&', '@']);

/** Whether a word has the shape that tokenizers cut: a digit or superscript, a dot or „@“ between letters. */
export function isOddWord(word: string): boolean {
  return /\p{N}/u.test(word) || /[\p{L}\p{N}][.@][\p{L}\p{N}]/u.test(word);
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch);
}

/** [start, end) of the whole word around `at` (letters, digits and inner joiners), in `text`. */
export function wordAt(text: string, at: number): { start: number; end: number } {
  let start = at;
  let end = at;
  for (;;) {
    const ch = text[start - 1];
    if (isNameChar(ch)) start--;
    else if (ch && JOINERS.has(ch) && isNameChar(text[start - 2]) && isNameChar(text[start])) start--;
    else break;
  }
  for (;;) {
    const ch = text[end];
    if (isNameChar(ch)) end++;
    else if (ch && JOINERS.has(ch) && isNameChar(text[end + 1]) && isNameChar(text[end - 1])) end++;
    else break;
  }
  return { start, end };
}

/**
 * [start, end) widened to the whole odd-shaped words it cuts („hessian“ → „hessian.AI“, „x“ →
 * „x²-Akte“); a span that cuts only ordinary words („OZG“ in „OZG-Leistung“) stays as it is.
 */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  if (start > 0 && isNameChar(text[start]) && /[\p{L}\p{N}.\-&@]/u.test(text[start - 1] ?? '')) {
    const w = wordAt(text, start);
    if (isOddWord(text.slice(w.start, w.end))) from = w.start;
  }
  if (end > 0 && isNameChar(text[end - 1]) && /[\p{L}\p{N}.\-&@]/u.test(text[end] ?? '')) {
    const w = wordAt(text, end - 1);
    if (isOddWord(text.slice(w.start, w.end))) to = w.end;
  }
  return { start: from, end: to };
}
