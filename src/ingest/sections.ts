/** Headings of the normalised text → sections with order and offsets. */
import type { SectionRecord } from '../graph/model.ts';

const DATE_LINE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** A short line that stands alone as a paragraph and reads like a title. */
export function isHeading(paragraph: string): boolean {
  const lines = paragraph.split('\n');
  if (lines.length > 1) return lines.length <= 3 && lines.every((l) => isAllCaps(l) && l.length <= 90);
  const line = lines[0] ?? '';
  if (line.length < 2 || line.length > 90 || line.includes('\t')) return false;
  if (DATE_LINE.test(line) || /^\S+\.\S+$/.test(line)) return false;
  if (!/^(?:\d+\.\s+)?[\p{Lu}]/u.test(line) && !/^\p{Ll}\p{Lu}/u.test(line)) return false;
  if (/[,;:!?]$/.test(line) || (/\.$/.test(line) && !isAllCaps(line))) return false;
  return line.split(/\s+/).length <= 10;
}

/**
 * Sections start at headings; text before the first heading forms a section headed by the
 * document title. Sections tile the text: every offset belongs to exactly one.
 */
export function findSections(text: string, documentId: string, title: string): SectionRecord[] {
  const starts: { heading: string; start: number }[] = [];
  for (const p of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    if (isHeading(p[0])) starts.push({ heading: p[0].replace(/\n/g, ' '), start: p.index });
  }
  if (starts.length === 0 || (starts[0]?.start ?? 0) > 0) starts.unshift({ heading: title, start: 0 });
  return starts.map((s, order) => ({
    id: `${documentId}#${order}`,
    documentId,
    heading: s.heading,
    order,
    start: s.start,
    end: starts[order + 1]?.start ?? text.length,
  }));
}

/** The section containing `offset`. */
export function sectionAt(sections: readonly SectionRecord[], offset: number): SectionRecord {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sections[mid] as SectionRecord).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sections[lo] as SectionRecord;
}
