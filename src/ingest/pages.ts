/**
 * Page citations of the kind the coalition-agreement analysis uses: "(S.116)", "(§.116)",
 * "(s.120)", "(S. 58)", "(S.37-38)". A citation at the end of a run of sentences covers the
 * sentences of its paragraph since the previous citation.
 */
import type { Sentence } from './sentences.ts';

export interface PageCitation {
  start: number;
  end: number;
  page: number;
  /** Last page of a range such as "(S.37-38)"; equals `page` otherwise. */
  pageTo: number;
}

const CITATION = /\((?:S|s|§|Seite)\.?\s?(\d{1,4})(?:\s?[-–]\s?(\d{1,4}))?\)/g;

export function findPageCitations(text: string): PageCitation[] {
  return [...text.matchAll(CITATION)].map((m) => {
    const page = Number(m[1]);
    return { start: m.index, end: m.index + m[0].length, page, pageTo: m[2] ? Number(m[2]) : page };
  });
}

/** Sets `page` on every sentence: its own citation, else the next one in its paragraph. */
export function assignPages(sentences: Sentence[], citations: readonly PageCitation[]): void {
  let c = 0;
  for (const s of sentences) {
    while (c < citations.length && (citations[c] as PageCitation).end <= s.start) c++;
    const own = citations[c];
    s.page = own && own.start < s.end ? own.page : null;
  }
  let carry: number | null = null;
  let paragraph = -1;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i] as Sentence;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      carry = null;
    }
    if (s.page !== null) carry = s.page;
    else s.page = carry;
  }
}

/** Whether the sentence cites its page itself (rather than inheriting it from a later sentence). */
export function citesPage(sentence: Sentence, citations: readonly PageCitation[]): boolean {
  return citations.some((c) => c.start >= sentence.start && c.end <= sentence.end);
}
