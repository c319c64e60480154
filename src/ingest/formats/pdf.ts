/**
 * PDF through pdf.js (unpdf): the text items of each page become lines by their position, a
 * simple two-column layout is read column by column, running headers, footers and page numbers
 * are left out (furniture.ts), and each page keeps its physical number and its printed label
 * (the PDF's own page labels, else the number its footer prints). Hyphenated line ends stay as
 * printed; the normalise stage joins them for matching.
 */
import { getDocumentProxy, getMeta } from 'unpdf';
import { type ExtractedMeta, type ExtractedText, joinPages } from './extracted.ts';
import { findFurniture, pageBody } from './furniture.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of items on one baseline, without a column gutter inside it. */
interface Segment {
  items: Item[];
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

/** Horizontal gap (in font sizes) that separates two columns rather than two words. */
const GUTTER = 1.5;
/** Vertical gap (in font sizes) between lines that starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

function toItems(content: { items: readonly object[] }): Item[] {
  const items: Item[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || !('transform' in raw)) continue;
    const { str, transform, width } = raw as { str: string; transform: number[]; width: number };
    if (str.trim().length === 0) continue;
    const size = Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || 10;
    items.push({ str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, size });
  }
  return items;
}

/** Items on one baseline (within half a font size), split where a column gutter lies between them. */
function toSegments(items: Item[]): Segment[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0] as Item).y - item.y) < (line[0] as Item).size / 2) line.push(item);
    else lines.push([item]);
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let current: Item[] = [];
    for (const item of line) {
      const prev = current.at(-1);
      if (prev && item.x - (prev.x + prev.width) > GUTTER * item.size) {
        segments.push(segment(current));
        current = [];
      }
      current.push(item);
    }
    if (current.length > 0) segments.push(segment(current));
  }
  return segments;
}

function segment(items: Item[]): Segment {
  const last = items.at(-1) as Item;
  const first = items[0] as Item;
  return { items, x: first.x, xEnd: last.x + last.width, y: first.y, size: first.size };
}

/** Reading order: on a two-column page, each run of column lines is read left column first. */
function readingOrder(segments: Segment[], pageWidth: number): Segment[] {
  const mid = pageWidth / 2;
  const side = (s: Segment) => (s.xEnd <= mid ? 'left' : s.x >= mid ? 'right' : 'full');
  const lefts = segments.filter((s) => side(s) === 'left').length;
  const rights = segments.filter((s) => side(s) === 'right').length;
  if (lefts < 3 || rights < 3) return segments;
  const ordered: Segment[] = [];
  let block: Segment[] = [];
  const flush = () => {
    ordered.push(...block.filter((s) => side(s) === 'left'), ...block.filter((s) => side(s) === 'right'));
    block = [];
  };
  for (const s of segments) {
    if (side(s) === 'full') {
      flush();
      ordered.push(s);
    } else block.push(s);
  }
  flush();
  return ordered;
}

function segmentText(s: Segment): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of s.items) {
    const gap = item.x - end;
    if (text.length > 0 && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+$/, '');
}

/** The page's lines in reading order, with an empty line where a paragraph ends. */
function pageLines(segments: Segment[]): string[] {
  const lines: string[] = [];
  let prev: Segment | null = null;
  for (const s of segments) {
    const gap = prev ? prev.y - s.y : 0;
    if (prev && (gap > PARAGRAPH_GAP * prev.size || gap < 0)) lines.push('');
    lines.push(segmentText(s));
    prev = s;
  }
  return lines;
}

/** A line that starts a list item: it keeps its own line. */
const LIST_ITEM = /^(?:[•▪●■◦‣→–-]\s|\d{1,2}[.)]\s|[a-z][.)]\s)/u;

/**
 * Lines of one paragraph joined by a space: a line wrap is layout, not text (the extraction
 * matches names across it). A word hyphenated at the line end and a list item keep their line
 * break, so normalise can join the hyphenation while the quote shows it as printed.
 */
export function unwrapLines(text: string): string {
  return text.replace(/([^\n])\n(?=([^\n]))/g, (whole, before: string, _next: string, at: number) => {
    const rest = text.slice(at + whole.length);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const line = text.slice(lineStart, at + 1);
    if (/\p{L}-$/u.test(line) || LIST_ITEM.test(rest)) return whole;
    return `${before} `;
  });
}

function pdfDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

async function documentMeta(pdf: Parameters<typeof getMeta>[0]): Promise<ExtractedMeta> {
  const { info } = await getMeta(pdf);
  const meta: ExtractedMeta = {};
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  if (title) meta.title = title;
  const date = pdfDate(info.CreationDate);
  if (date) meta.date = date;
  return meta;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: string[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const width = page.getViewport({ scale: 1 }).width;
      pages.push(pageLines(readingOrder(toSegments(toItems(await page.getTextContent())), width)));
      page.cleanup();
    }
    const labels = await pdf.getPageLabels();
    const furniture = findFurniture(pages);
    const extracted = joinPages(
      pages.map((lines, p) => ({
        text: unwrapLines(pageBody(lines, furniture[p]?.lines ?? new Set())),
        label: labels?.[p] || furniture[p]?.label || null,
      })),
    );
    return { ...extracted, meta: await documentMeta(pdf) };
  } finally {
    await pdf.destroy();
  }
}
