/**
 * Hard-wrapped text dumps: which line breaks inside a paragraph are only the layout's wrap.
 * A PDF text dump breaks its paragraphs into lines of about the page's width; those lines form
 * one sentence. Table rows, list items, headings, speaker lines and the lines of a ragged block
 * (an address, a title page) keep their own lines. The decision is made per line break from the
 * layout around it: the block's lines (and the document's) have a wrap width, the line before
 * fills it and does not end a sentence, and the next line continues it.
 */
import { FUNCTION_WORDS, NAME_CONNECTORS, TEMPORAL_PREPOSITIONS } from '../lang/de/words.ts';
import { foldCase } from './fold.ts';
import { endsSentence } from './sentences.ts';

/** Lines of one width fill at least this share of it (proportional type sets them unevenly). */
const FULL_SHARE = 0.75;
/** A line the next word would have filled to this share of the width was broken by the layout. */
const BROKEN_SHARE = 0.8;
/** Without a word that says the sentence goes on, the next word must not have fitted at all. */
const OVERFLOW_SHARE = 0.9;
/** Narrower blocks are not running text (an address, a title, a narrow table). */
const MIN_WIDTH = 40;

/** Line-end words after which a German sentence always goes on (folded). */
const CONTINUING_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...NAME_CONNECTORS,
  ...TEMPORAL_PREPOSITIONS,
  'oder',
  'sowie',
  'sondern',
  'aber',
  'dass',
  'wie',
  'als',
  'ob',
  'weil',
  'wenn',
  'nicht',
  'sich',
]);

/** Words after a hyphenated word part that make it a suspended compound („Förder- und …“). */
export const SUSPENDED = /^(?:und|oder|bis|sowie|bzw\.|beziehungsweise)(?!\p{L})/u;

const BULLET = /^[•▪●■◦‣→*·]\s/u;
const DASH_ITEM = /^[-–—] +(?![ \p{Ll}])/u;
const ENUMERATION = /^(?:\d{1,2}\)|[a-z]\)|\(\d{1,2}\)|\([a-z]\))\s/u;
const NUMBERED = /^(\d{1,2})\.\s/;
const MARKDOWN_HEADING = /^#{1,6}\s/;
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
/** A sentence end at the line end, closing quotes and brackets after it included. */
const STOP = /[.!?:]["“”»«'’)\]]*$/u;

interface Line {
  /** Offset of the "\n" that ends the line. */
  end: number;
  /** The line without its indentation and trailing blanks. */
  body: string;
  /** Visible width: indentation and body. */
  width: number;
}

function isAllCaps(body: string): boolean {
  const letters = body.replace(/[^\p{L}]/gu, '');
  return letters.length > 2 && letters === letters.toUpperCase();
}

/** Widest gap between two words. */
function widestGap(body: string): number {
  let widest = 0;
  for (const m of body.matchAll(/ {2,}/g)) widest = Math.max(widest, m[0].length);
  return widest;
}

/** A table row: a tab, cells between bars, or columns set apart by runs of spaces (justified full lines aside). */
function isColumnar(line: Line, width: number): boolean {
  if (line.body.includes('\t') || /^\|.*\|$/.test(line.body) || line.body.split(' | ').length > 2)
    return true;
  const gap = widestGap(line.body);
  if (gap < 2) return false;
  const justified = line.width >= width - 1 && gap <= 4 && line.body.split(/\s+/).length >= 5;
  return !justified;
}

/** Does line `k` of the block start a list item (or a Markdown heading) rather than go on? */
function startsItem(block: readonly Line[], k: number): boolean {
  const body = (block[k] as Line).body;
  if (BULLET.test(body) || DASH_ITEM.test(body) || ENUMERATION.test(body) || MARKDOWN_HEADING.test(body))
    return true;
  const numbered = NUMBERED.exec(body);
  if (!numbered) return false;
  // „am⏎18. Januar“ goes on; „…,⏎2. Auskünfte“ and the item after „1. …“ start one.
  if (/[,;]$/.test((block[k - 1] as Line).body)) return true;
  const before = `${Number(numbered[1]) - 1}. `;
  for (let j = 0; j < k - 1; j++) if ((block[j] as Line).body.startsWith(before)) return true;
  return false;
}

/** Does the line end a sentence (or a heading, or a speaker's name)? */
function endsLine(body: string): boolean {
  if (/^\(.*\)$/.test(body)) return true; // an interjection „(Beifall bei der SPD)“
  const stop = STOP.exec(body);
  if (!stop) return false;
  const mark = body.length - stop[0].length;
  return body[mark] !== '.' || endsSentence(body, mark);
}

/** Does a sentence end in the line (not after an abbreviation, an ordinal or an initial)? */
function endsSentenceIn(line: Line): boolean {
  for (const m of line.body.matchAll(/[.!?]["“”»«'’)\]]*(?=\s|$)/gu)) {
    if (m[0][0] !== '.' || endsSentence(line.body, m.index)) return true;
  }
  return false;
}

/** A speaker line „Präsidentin Kerstin Geis:“, „Abg. Name (Partei):“: short, capitalised, a colon. */
function isSpeaker(line: Line, width: number): boolean {
  return /^\p{Lu}/u.test(line.body) && line.body.endsWith(':') && line.width < 0.6 * width;
}

function firstWord(body: string): string {
  return body.split(/\s/, 1)[0] ?? '';
}

/** Does the line end where no sentence can: after a comma or a word such as „der“, „für“, „und“? */
export function endsOpen(line: string): boolean {
  return /[,;]$/.test(line) || CONTINUING_WORDS.has(foldCase(lastWord(line)));
}

/** The width the line would have had with the next line's first word. */
function overflow(prev: Line, next: Line): number {
  return prev.width + 1 + firstWord(next.body).length;
}

function lastWord(body: string): string {
  return body.slice(body.lastIndexOf(' ') + 1);
}

/** Lines of the text, grouped into blocks separated by blank lines. */
function blocksOf(text: string): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trimEnd();
    const body = trimmed.trimStart();
    if (body.length === 0) {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push({ end: start + raw.length, body, width: trimmed.length });
    start += raw.length + 1;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

const plainWidth = (line: Line) => (/\t| {5,}/.test(line.body) ? 0 : line.width);

/**
 * The document's wrap width: the width the lines that go on to another line fill, when most of
 * them fill it (a hard-wrapped dump), else null (lines as long as their paragraphs).
 */
function documentWidth(blocks: readonly Line[][]): number | null {
  const widths = blocks
    .flatMap((b) => b.slice(0, -1).map(plainWidth))
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  if (widths.length < 5) return null;
  const width = widths[Math.floor(0.95 * (widths.length - 1))] as number;
  const filled = widths.filter((w) => w >= FULL_SHARE * width && w <= width).length;
  return width >= MIN_WIDTH && filled >= 0.6 * widths.length ? width : null;
}

/**
 * The line breaks of `text` that are a wrap, by offset of their "\n": the text to put there,
 * a space, or nothing after a word part whose hyphen stays („Online-⏎Dienste“). A word
 * hyphenated in lower case („Verwal-⏎tung“) is not listed: normalise joins it as a word.
 */
export function findWraps(text: string): Map<number, string> {
  const wraps = new Map<number, string>();
  const blocks = blocksOf(text);
  const docWidth = documentWidth(blocks);
  for (const block of blocks) {
    if (block.length < 2) continue;
    const own = block.reduce((widest, line) => Math.max(widest, plainWidth(line)), 0);
    const width = docWidth !== null && own <= 1.1 * docWidth ? Math.max(own, docWidth) : own;
    if (width < MIN_WIDTH) continue;
    const full = (line: Line) => line.width >= FULL_SHARE * width;
    const table = block.map((l) => isColumnar(l, width));
    // Breaks inside running text (not after a sentence, a speaker or a table row, not before a list
    // item); a block where most of them come after a line that stops short is ragged.
    const breaks = block.slice(1).flatMap((next, k) => {
      const prev = block[k] as Line;
      if (table[k] || table[k + 1] || endsLine(prev.body) || startsItem(block, k + 1)) return [];
      return [{ prev, next }];
    });
    const broken = breaks.filter((b) => overflow(b.prev, b.next) >= BROKEN_SHARE * width).length;
    if (broken * 2 < breaks.length) continue;
    // Running prose (a sentence ends in it, unlike a title block) in lines of one width: seen in
    // this block, or the document is wrapped at this width.
    const wrapped =
      (docWidth !== null || block.slice(0, -1).filter(full).length >= 2) && block.some(endsSentenceIn);
    for (const { prev, next } of breaks) {
      const replacement = wrapOf(prev, next, width, wrapped);
      if (replacement !== null) wraps.set(prev.end, replacement);
    }
  }
  return wraps;
}

/** What the break between two lines of a running block becomes, or null when it stays. */
function wrapOf(prev: Line, next: Line, width: number, wrapped: boolean): string | null {
  const over = overflow(prev, next);
  if (over < BROKEN_SHARE * width || endsLine(prev.body)) return null;
  // „…, Ministerin für Digitale Strategie und⏎Entwicklung:“ is one speaker line broken in two.
  if (isSpeaker(next, width) && !endsOpen(prev.body)) return null;
  if (isAllCaps(prev.body) !== isAllCaps(next.body) || MARKDOWN_HEADING.test(prev.body)) return null;
  if (/\p{L}-$/u.test(prev.body)) {
    if (SUSPENDED.test(next.body)) return ' ';
    // „Verwal-⏎tung“ is left to normalise; „Online-⏎Dienste“ keeps its hyphen.
    return /^\p{Ll}/u.test(next.body) && /\p{Ll}-$/u.test(prev.body) ? null : '';
  }
  // A sentence goes on after a lower-case word, an abbreviation or an ordinal („Dr.“, „am 7.“; a
  // full stop that ends a sentence stopped above) or when the next line starts in lower case or
  // with a number.
  const goesOn =
    /^\p{Ll}/u.test(next.body) ||
    (/^\d/.test(next.body) && !SECTION_NUMBER.test(next.body)) ||
    endsOpen(prev.body) ||
    /(?:^|\s)\p{Ll}+$/u.test(prev.body) ||
    prev.body.endsWith('.');
  if (goesOn) return ' ';
  // Otherwise the next word must not have fitted on the line before, in lines of one width, and
  // the line before is no numbered heading („2.1 Plattformen …“ over „Die …“).
  return wrapped && over >= OVERFLOW_SHARE * width && !SECTION_NUMBER.test(prev.body) ? ' ' : null;
}
