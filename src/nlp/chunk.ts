/**
 * Splits a long text into pieces the NLP service annotates separately (and concurrently). Cuts fall
 * on paragraph boundaries (blank lines) where possible, so no sentence is split; a paragraph longer
 * than the limit is cut after a sentence end, then at a line break or space. Concatenating the
 * pieces gives back the text exactly.
 */

export interface Chunk {
  /** Where the piece starts in the whole text (UTF-16 code units). */
  offset: number;
  text: string;
}

/** About 8,000 characters: a second or two of annotation on one core. */
export const DEFAULT_CHUNK_CHARS = 8_000;

const BOUNDARIES: readonly RegExp[] = [
  /\r?\n[ \t\f]*\r?\n\s*/g, // blank line(s): a paragraph break
  /[.!?…:;]["'“”»«)]*\s+/g, // a sentence end
  /\n/g,
  /\s+/g,
];

/** The best place to cut inside `text[from, limit)`: after the last boundary of the strongest kind found. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  for (const pattern of BOUNDARIES) {
    let last = 0;
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
    if (last > 0) return from + last;
  }
  // No space at all in the window: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function chunkText(text: string, maxChars = DEFAULT_CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const cut = cutPoint(text, start, start + maxChars);
    chunks.push({ offset: start, text: text.slice(start, cut) });
    start = cut;
  }
  chunks.push({ offset: start, text: text.slice(start) });
  return chunks;
}
