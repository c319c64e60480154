/**
 * What every format reader returns: the source's own text (quotes are slices of it), its
 * physical pages with the labels printed on them, its headings and its metadata.
 */

/** A physical page of the source: [start, end) in `text`, numbered from 1. */
export interface ExtractedPage {
  page: number;
  /** The page number printed on the page („12“ in „Jahresbericht 2023 | 12“), where there is one. */
  label: string | null;
  start: number;
  end: number;
}

/** A heading the format marks as one (DOCX/HTML h1–h6): [start, end) in `text`, level 1–6. */
export interface ExtractedHeading {
  start: number;
  end: number;
  level: number;
}

export interface ExtractedMeta {
  title?: string;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  publisher?: string;
}

export interface ExtractedText {
  /** Running headers, footers, page numbers and web-page boilerplate are not part of it. */
  text: string;
  /** Empty when the source has no pages (plain text without page breaks, web pages). */
  pages: ExtractedPage[];
  headings: ExtractedHeading[];
  meta: ExtractedMeta;
}

/** Joins page bodies with a blank line between them and records where each page stands. */
export function joinPages(bodies: readonly { text: string; label: string | null }[]): ExtractedText {
  let text = '';
  const pages: ExtractedPage[] = [];
  bodies.forEach((body, i) => {
    // A word hyphenated across the page break stays one line apart, so normalise joins it.
    if (i > 0) text += /\p{Ll}-$/u.test(text) && /^\s*\p{Ll}/u.test(body.text) ? '\n' : '\n\n';
    pages.push({ page: i + 1, label: body.label, start: text.length, end: text.length + body.text.length });
    text += body.text;
  });
  return { text, pages, headings: [], meta: {} };
}

/** The page `offset` of `text` stands on, or null when the text has no pages. */
export function pageAt(pages: readonly ExtractedPage[], offset: number): ExtractedPage | null {
  let found: ExtractedPage | null = null;
  for (const p of pages) {
    if (p.start > offset) break;
    found = p;
  }
  return found;
}
