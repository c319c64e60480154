/**
 * Page furniture: running headers, footers and page numbers. A line is furniture when it stands
 * among the first or last lines of a page and either repeats on other pages (digits aside: on at
 * least half of them, or on every second page as the header of left or right pages) or is a page
 * number of its own („Seite 2“, „- 2 -“, „12“). The page label is the number such a line
 * prints, when it changes from page to page (a year that every header repeats is no page number).
 */

/** Non-empty lines looked at from each end of a page. */
const EDGE_LINES = 3;

/** A line that says nothing but its page number. */
const BARE_NUMBER = [
  /^(?:Seite|S\.)\s*(\d{1,4})(?:\s*(?:von|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*(\d{1,4})\s*[-–—]$/,
  /^(\d{1,4})$/,
];
/** A running line ending or starting with its page number: „… Drucksache 21/1872 Seite 2“, „Bericht | 12“. */
const RUNNING_NUMBER = [
  /(?:\bSeite|\bS\.)\s*(\d{1,4})(?:\s*(?:von|\/)\s*\d{1,4})?$/i,
  /[|·•–—]\s*(\d{1,4})$/,
  /^(\d{1,4})\s*[|·•–—]/,
];

export function bareNumber(line: string): string | null {
  const t = line.trim();
  for (const re of BARE_NUMBER) {
    const m = re.exec(t);
    if (m) return m[1] as string;
  }
  return null;
}

export function runningNumber(line: string): string | null {
  const t = line.trim();
  for (const re of RUNNING_NUMBER) {
    const m = re.exec(t);
    if (m) return m[1] as string;
  }
  return null;
}

/** A line with its digits blanked out: the same running header on every page has one key. */
function lineKey(line: string): string {
  return line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** Indices of the first and last non-empty lines of a page. */
function edgeLines(lines: readonly string[]): number[] {
  const filled = lines.flatMap((l, i) => (l.trim().length > 0 ? [i] : []));
  if (filled.length <= 2 * EDGE_LINES) return filled;
  return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)];
}

export interface PageFurniture {
  /** Indices of the page's lines that are furniture. */
  lines: Set<number>;
  /** The printed page number, or null. */
  label: string | null;
}

/**
 * Whether the numbers of a repeated line behave like running-header numbers: at each position
 * either the same on every page (a year, a print number) or counting with the page.
 */
function numbersFollowPages(occurrences: readonly { page: number; numbers: number[] }[]): boolean {
  const width = occurrences[0]?.numbers.length ?? 0;
  if (occurrences.some((o) => o.numbers.length !== width)) return false;
  for (let k = 0; k < width; k++) {
    const values = occurrences.map((o) => o.numbers[k] as number);
    const offsets = occurrences.map((o) => (o.numbers[k] as number) - o.page);
    if (new Set(values).size > 1 && new Set(offsets).size > 1) return false;
  }
  return true;
}

/**
 * A header of left or right pages: on every second page, from its first page on, and on each page
 * of its side but perhaps a title page („Kapitel 2“ on even pages, the report's title on odd ones).
 */
function alternates(occurrences: readonly { page: number }[], pageCount: number): boolean {
  const gapsOfTwo = occurrences.every(
    (o, i) => i === 0 || o.page - (occurrences[i - 1] as { page: number }).page === 2,
  );
  return gapsOfTwo && occurrences.length >= Math.floor(pageCount / 2);
}

/** Furniture of every page of a document, given each page as its lines. */
export function findFurniture(pages: readonly (readonly string[])[]): PageFurniture[] {
  const edges = pages.map(edgeLines);
  const seen = new Map<string, { page: number; numbers: number[] }[]>();
  pages.forEach((lines, p) => {
    const keys = new Map(edges[p]?.map((i) => [lineKey(lines[i] as string), lines[i] as string]));
    for (const [key, line] of keys) {
      const numbers = (line.match(/\d+/g) ?? []).map(Number);
      seen.set(key, [...(seen.get(key) ?? []), { page: p, numbers }]);
    }
  });
  const repeats = (key: string) => {
    const occurrences = seen.get(key) ?? [];
    if (pages.length < 2 || occurrences.length < 2 || !numbersFollowPages(occurrences)) return false;
    return occurrences.length >= Math.ceil(pages.length / 2) || alternates(occurrences, pages.length);
  };
  const varies = (key: string) => {
    const numbers = (seen.get(key) ?? []).map((o) => o.numbers.at(-1));
    return new Set(numbers).size > 1;
  };

  return pages.map((lines, p) => {
    const furniture: PageFurniture = { lines: new Set(), label: null };
    for (const i of edges[p] ?? []) {
      const line = lines[i] as string;
      const key = lineKey(line);
      const bare = bareNumber(line);
      if (bare === null && !repeats(key)) continue;
      furniture.lines.add(i);
      const running = runningNumber(line);
      furniture.label ??= bare ?? (running !== null && (varies(key) || !repeats(key)) ? running : null);
    }
    return furniture;
  });
}

/** The page's lines without furniture and without blank lines at either end. */
export function pageBody(lines: readonly string[], drop: ReadonlySet<number>): string {
  const kept = lines.filter((_, i) => !drop.has(i));
  while (kept.length > 0 && (kept[0] as string).trim().length === 0) kept.shift();
  while (kept.length > 0 && (kept.at(-1) as string).trim().length === 0) kept.pop();
  return kept.join('\n');
}
