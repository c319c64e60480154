/**
 * Plain-text dumps (.txt, .md). Pages come from form feeds, or, in a dump without them, from
 * page-number lines that count up („- 1 -“ … „- 2 -“, „Bericht | 12“ … „Bericht | 13“). Page
 * furniture (furniture.ts) is left out of the text; a text without pages is returned unchanged.
 */
import { type ExtractedText, joinPages } from './extracted.ts';
import { bareNumber, findFurniture, pageBody, runningNumber } from './furniture.ts';

interface Marker {
  line: number;
  number: number;
}

/** Page-number lines of a text without form feeds: the longest run counting up by one. */
function pageMarkers(lines: readonly string[]): Marker[] {
  const candidates: Marker[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (/^\d+$/.test(t)) return; // a bare number in running text is too often a table cell
    const n = bareNumber(t) ?? (t.length <= 120 ? runningNumber(t) : null);
    if (n !== null) candidates.push({ line: i, number: Number(n) });
  });
  let best: Marker[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const run = [candidates[k] as Marker];
    for (const c of candidates.slice(k + 1)) {
      if (c.number === (run.at(-1) as Marker).number + 1) run.push(c);
    }
    if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? best : [];
}

/** Splits at the markers: a marker on top of the text starts its page (header), else it ends one (footer). */
function splitAtMarkers(lines: readonly string[], markers: readonly Marker[]): string[][] {
  const first = markers[0] as Marker;
  const headerStyle = lines.slice(0, first.line).every((l) => l.trim().length === 0);
  const cuts = markers.map((m) => (headerStyle ? m.line : m.line + 1));
  const pages: string[][] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) pages.push(lines.slice(from, cut));
    from = cut;
  }
  const rest = lines.slice(from);
  if (rest.some((l) => l.trim().length > 0)) pages.push(rest);
  return pages;
}

function splitPages(raw: string): string[][] {
  if (raw.includes('\f')) {
    const pages = raw.split('\f').map((p) => p.split('\n'));
    while (pages.length > 1 && (pages.at(-1) as string[]).every((l) => l.trim().length === 0)) pages.pop();
    return pages;
  }
  const lines = raw.split('\n');
  const markers = pageMarkers(lines);
  return markers.length > 0 ? splitAtMarkers(lines, markers) : [lines];
}

/**
 * „Amt für Bodenmanagement Fulda | Jahresbericht 2023“ on top of every page: a running line that
 * counts no page is the document's title, as its cover would give it.
 */
function runningTitle(
  pages: readonly (readonly string[])[],
  furniture: ReturnType<typeof findFurniture>,
): string | undefined {
  for (const [p, lines] of pages.entries())
    for (const i of [...(furniture[p]?.lines ?? [])].sort((a, b) => a - b)) {
      const line = (lines[i] as string).trim();
      if (line.length > 0 && bareNumber(line) === null && runningNumber(line) === null) return line;
    }
  return undefined;
}

export function extractPlainText(raw: string): ExtractedText {
  const pages = splitPages(raw);
  if (pages.length === 1 && !raw.includes('\f')) return { text: raw, pages: [], headings: [], meta: {} };
  const furniture = findFurniture(pages);
  const joined = joinPages(
    pages.map((lines, p) => ({
      text: pageBody(lines, furniture[p]?.lines ?? new Set()),
      label: furniture[p]?.label ?? null,
    })),
  );
  const title = runningTitle(pages, furniture);
  return title ? { ...joined, meta: { title } } : joined;
}
