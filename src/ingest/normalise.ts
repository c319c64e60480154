/**
 * Repairs the artefacts of PDF text dumps while keeping, for every character of the repaired
 * text, the offset of the character of the original text it came from: lines a hard-wrapped dump
 * broke at the page's width become one (unwrap.ts), hyphenation at line ends is joined, sentences
 * running on over a page break are made whole, and quotes, bullets and whitespace are tidied.
 */
import { endsOpen, findWraps, SUSPENDED } from './unwrap.ts';

export interface NormalisedText {
  /** The repaired text: all quotes, offsets and sentences refer to it. */
  text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is the original length. */
  map: Int32Array;
}

interface State {
  text: string;
  /** `map[i]` for every i ≤ text.length. */
  map: Int32Array;
}

/** A replacement piece: literal text (mapped to the match start) or a kept slice [start, end) of the current text. */
type Piece = string | readonly [number, number];

/** A growing offset map: kept slices are copied as blocks, not one offset at a time. */
class MapBuilder {
  #map: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.#map = new Int32Array(Math.max(16, capacity));
  }

  #reserve(extra: number): void {
    if (this.length + extra <= this.#map.length) return;
    const grown = new Int32Array(Math.max(this.#map.length * 2, this.length + extra));
    grown.set(this.#map.subarray(0, this.length));
    this.#map = grown;
  }

  copy(from: Int32Array, start: number, end: number): void {
    this.#reserve(end - start);
    this.#map.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  repeat(offset: number, times: number): void {
    this.#reserve(times);
    this.#map.fill(offset, this.length, this.length + times);
    this.length += times;
  }

  done(): Int32Array {
    return this.#map.slice(0, this.length);
  }
}

function rewrite(state: State, re: RegExp, replace: (m: RegExpExecArray) => Piece[]): State {
  const parts: string[] = [];
  const map = new MapBuilder(state.map.length + 64);
  let last = 0;
  let matched = false;
  const keep = (from: number, to: number) => {
    parts.push(state.text.slice(from, to));
    map.copy(state.map, from, to);
  };
  for (const m of state.text.matchAll(re)) {
    matched = true;
    const at = m.index;
    keep(last, at);
    for (const piece of replace(m as RegExpExecArray)) {
      if (typeof piece === 'string') {
        parts.push(piece);
        map.repeat(state.map[at] as number, piece.length);
      } else keep(piece[0], piece[1]);
    }
    last = at + m[0].length;
  }
  // Most passes find nothing in a given text: it stays as it was.
  if (!matched) return state;
  keep(last, state.text.length);
  map.copy(state.map, state.text.length, state.text.length + 1);
  return { text: parts.join(''), map: map.done() };
}

/** Keeps capture group `n` of a match made with the `d` flag. */
function group(m: RegExpExecArray, n: number): [number, number] {
  const span = m.indices?.[n];
  return span ? [span[0], span[1]] : [m.index, m.index];
}

const TERMINAL = /[.!?:;…“"]$/;
/** A bullet at a line start: dropped from the text, the item keeps its line. */
const BULLET_LINE = /^[ \t]*(?:[▪•●■◦‣→]|-(?= ))[ \t]*/gm;
const BULLET_START = /^[ \t]*(?:[▪•●■◦‣→]|-(?= ))[ \t]*$/;
const HEADING_NUMBER = /^\d+\.\s/;

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 2 && letters === letters.toUpperCase();
}

/**
 * Should the paragraph break between these two lines be a page break inside a sentence?
 * Yes when the first line does not end a sentence and the next one continues it: it starts in
 * lower case (or with a bracket or quote), the first ends where no sentence can („… und“, „… der“,
 * a comma), or both are body-text lines of a running paragraph.
 */
export function continuesSentence(prev: string, next: string): boolean {
  if (prev.includes('\t') || next.includes('\t')) return false;
  if (TERMINAL.test(prev) || prev.length === 0 || next.length === 0 || isAllCaps(prev)) return false;
  if (/^[-–—]\s/.test(next)) return false; // a list item or a dash set apart
  const words = prev.split(/\s+/).length;
  if (/^[\p{Ll}(„]/u.test(next)) return words >= 3;
  if (endsOpen(prev) && !isAllCaps(next) && !HEADING_NUMBER.test(next)) return words >= 3;
  return (
    prev.length >= 60 &&
    words >= 8 &&
    /[\p{L}\d,]$/u.test(prev) &&
    // The next line is running text too, or the last words of the sentence („… Dr. Hubertus⏎⏎Brandner.“).
    (next.length >= 30 || (/[.!?]$/.test(next) && next.split(' ').length <= 3)) &&
    !isAllCaps(next) &&
    !HEADING_NUMBER.test(next)
  );
}

/** The cells of a Markdown pipe row, trimmed and joined by tabs. */
function pipeCells(m: RegExpExecArray): Piece[] {
  const [start] = group(m, 1);
  const out: Piece[] = [];
  let at = start;
  for (const cell of (m[1] ?? '').split('|')) {
    const lead = cell.length - cell.trimStart().length;
    const kept = cell.trim().length;
    if (out.length > 0) out.push('\t');
    out.push([at + lead, at + lead + kept]);
    at += cell.length + 1;
  }
  return out;
}

/**
 * Repairs a PDF text dump; see the module comment. Idempotent on its own output, but for list items
 * whose bullets it dropped: read again, they can look like the wrapped lines of one paragraph.
 */
export function normalise(raw: string): NormalisedText {
  const init = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) init[i] = i;
  let s: State = { text: raw, map: init };

  // NFC: a letter followed by combining marks becomes the composed character.
  s = rewrite(s, /\p{L}\p{M}+/gu, (m) => [m[0].normalize('NFC')]);
  // Line ends, soft hyphens, zero-width characters, non-breaking spaces.
  s = rewrite(s, /\r\n?|\u00ad|\u200b|\u200c|\u200d|\ufeff|\u00a0/g, (m) =>
    m[0] === '\u00a0' ? [' '] : m[0].startsWith('\r') ? ['\n'] : [],
  );
  // A hard-wrapped paragraph becomes one line (unwrap.ts), before bullets and columns are gone.
  const wraps = findWraps(s.text);
  if (wraps.size > 0) {
    s = rewrite(s, /\n[ \t]*/g, (m) => {
      const wrap = wraps.get(m.index);
      return wrap === undefined ? [[m.index, m.index + m[0].length]] : [wrap];
    });
  }
  // Markdown headings lose their hashes; a pipe table becomes tab-separated rows, its rule line goes.
  s = rewrite(s, /^#{1,6}[ \t]+/gm, () => []);
  s = rewrite(s, /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\n/gm, () => []);
  s = rewrite(s, /^[ \t]*\|(.*)\|[ \t]*$/dgm, (m) => pipeCells(m));
  // Markdown links [text](target) → text; **bold** and __bold__ → text.
  s = rewrite(s, /\[([^\]\n]+)\]\([^)\s]*\)/dg, (m) => [group(m, 1)]);
  s = rewrite(s, /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/dg, (m) => [group(m, m[1] !== undefined ? 1 : 2)]);
  // Bullets and arrows at line start; a hyphenated word broken at a line end.
  s = rewrite(s, BULLET_LINE, () => []);
  // „Förder-⏎und …“ is a suspended compound: the hyphen stays, the break becomes a space.
  const hyphenated = s.text;
  s = rewrite(s, /(\p{Ll})-\n[ \t]*(?=\p{Ll})/dgu, (m) =>
    SUSPENDED.test(hyphenated.slice(m.index + m[0].length, m.index + m[0].length + 20))
      ? [[m.index, m.index + 2], ' ']
      : [group(m, 1)],
  );
  // Quotes: »…« (or «…», as a text opening with « writes them), "…" and “…” become German „…“.
  const swiss = /«/.exec(s.text)?.index ?? Number.POSITIVE_INFINITY;
  const swissStyle = swiss < (/»/.exec(s.text)?.index ?? Number.POSITIVE_INFINITY);
  const guillemets = swissStyle ? /«[ \t]*([^»\n]*?)[ \t]*»/dg : /»[ \t]*([^«\n]*?)[ \t]*«/dg;
  s = rewrite(s, guillemets, (m) => ['„', group(m, 1), '“']);
  s = rewrite(s, /"([^"\n]+)"/dg, (m) => ['„', group(m, 1), '“']);
  s = rewrite(s, /“([^”„\n]+)”/dg, (m) => ['„', group(m, 1), '“']);
  // Whitespace: blank-looking lines become empty, runs of spaces one space, no trailing blanks.
  s = rewrite(s, /[ \t]+$/gm, () => []);
  s = rewrite(s, / {2,}/g, () => [' ']);
  s = rewrite(s, /^ +/gm, () => []);
  // A pull quote set between the two halves of a sentence (a layout artefact) is dropped.
  s = rewrite(s, /(?<=[^.!?:;\n])\n{2,}„[^\n“]*“\n{2,}(?=\p{Ll})/gu, () => ['\n\n']);
  // Page breaks: a run of blank lines inside a sentence becomes a space, others one blank line.
  const text = s.text;
  s = rewrite(s, /\n{2,}/g, (m) => {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const after = m.index + m[0].length;
    const nextEnd = text.indexOf('\n', after);
    const prev = text.slice(lineStart, m.index);
    const next = text.slice(after, nextEnd === -1 ? text.length : nextEnd);
    // A list item's bullet is gone by now: the source still shows it.
    const origin = s.map[after] as number;
    const item = BULLET_START.test(raw.slice(raw.lastIndexOf('\n', origin - 1) + 1, origin));
    return [!item && continuesSentence(prev, next) ? ' ' : '\n\n'];
  });
  s = rewrite(s, /^\n+|\n+$/g, () => []);
  return { text: s.text, map: s.map };
}

/** Original offset of a position in the normalised text. */
export function toOriginal(normalised: NormalisedText, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, normalised.text.length));
  return normalised.map[clamped] as number;
}
