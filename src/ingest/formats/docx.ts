/**
 * Word documents (.docx) through mammoth: its HTML keeps headings (Überschrift 1–6 → h1–h6),
 * paragraphs, lists and tables, which become the text and its headings. Word files have no
 * fixed pages, so no page numbers.
 */
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { ExtractedText } from './extracted.ts';
import { htmlToText } from './html-blocks.ts';

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`) as unknown as {
    document: Document;
  };
  const { text, headings } = htmlToText(document.body);
  const first = headings.find((h) => h.level === 1);
  return { text, pages: [], headings, meta: first ? { title: text.slice(first.start, first.end) } : {} };
}
