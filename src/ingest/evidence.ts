/**
 * Evidence in the source's own words: a passage found in the normalised text is quoted from the
 * source text through the normalisation map (its quotation marks, its spelling), whitespace
 * collapsed; offsets point into the source text.
 */
import type { Evidence } from '../graph/model.ts';
import type { Doc } from './doc.ts';
import { toOriginal } from './normalise.ts';
import { sectionAt } from './sections.ts';
import type { Sentence } from './sentences.ts';

/** Source offsets of a span of the normalised text. */
export function sourceSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  const s = toOriginal(doc.norm, start);
  // The end maps through the last character, so a character the normalisation dropped after it stays out.
  const e = end > start ? toOriginal(doc.norm, end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/**
 * The quote of a source passage: its text as written, with Markdown emphasis and link targets
 * (layout, not words) left out and whitespace collapsed.
 */
export function quoteText(passage: string): string {
  return passage
    .replace(/\[([^\]\n]+)\]\([^)\s]*\)/g, '$1')
    .replace(
      /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g,
      (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteOf(doc: Doc, start: number, end: number): string {
  return quoteText(doc.raw.slice(start, end));
}

export function sentenceEvidence(doc: Doc, sentence: Sentence): Evidence {
  const span = sourceSpan(doc, sentence.start, sentence.end);
  return {
    documentId: doc.meta.id,
    sectionId: sectionAt(doc.sections, sentence.start).id,
    quote: quoteOf(doc, span.start, span.end),
    start: span.start,
    end: span.end,
    page: sentence.page,
  };
}
