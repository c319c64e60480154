/**
 * A document's title, date and publisher read from its own text, for documents without a
 * `.meta.yaml` sidecar. The head of a German document is a stack of short lines: a masthead
 * („HESSISCHER LANDTAG“, „Landkreis … – Der Kreisausschuss“) that names the publisher, a genre
 * label („Pressemitteilung“), a dateline („Wiesbaden, 10. September 2024“) or „Stand: …“, and the
 * headline; the body starts with the first long sentence.
 */
import path from 'node:path';
import { type DatePrecision, findDates, type PartialDate } from '../lang/de/dates.ts';

export interface TextMetadata {
  title: string | null;
  date: PartialDate | null;
  publisher: string | null;
}

/** Lines a head has at most before its body, and the length from which a line is body text. */
const HEAD_LINES = 15;
const BODY_LINE = 160;

/** Nouns that make a line an institution's name (masthead, sender), not a headline. */
const INSTITUTION =
  /(?:\b(?:Landtag|Bundestag|Ministerium|Staatskanzlei|Landesregierung|Senat|Landkreis|Kreisausschuss|Magistrat|Regierungspräsidium|Präsidium|Landesamt|Bundesamt|Behörde|Verband|Kammer|Zentrale|Universität|Hochschule|GmbH|e\.\s?V\.|eG|AG)|\p{L}*(?:stadt|kreis|gemeinde|amt))\b/iu;
const GENRE =
  /^(?:Pressemitteilung|Presseinformation|Pressemeldung|Medieninformation|Hintergrund|Behördenporträt|Interview|Dokumentation|Bericht|Kurzbericht|Mitteilung|Information|Newsletter)\s*$/iu;
const DATELINE =
  /^[\p{Lu}][\p{L} .()/-]{1,40},\s*(?:den\s+|im\s+)?\d{1,2}\.|^[\p{Lu}][\p{L} .()/-]{1,40},\s*(?:im\s+)?\p{Lu}\p{Ll}+\s+\d{4}\s*$/u;
/** „Stand: März 2024“, „Stand 01.03.2024“; not „auf dem Stand der Technik“. */
const STAND = /\bStand(?::\s*|\s+(?=\d|\p{Lu}\p{Ll}+\s+\d{4}))/u;
const REPORT_YEAR =
  /\b(?:Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|Jahresrückblick|Jahresbilanz)\s+((?:19|20)\d{2})\b/iu;
/** A periodical's issue („Heft 4/2021“, „Ausgabe Dezember 2024“) or a legislative term: no headline. */
const ISSUE = /\b(?:Heft|Ausgabe|Jahrgang|Nr\.)\s+\S+|^\d+\.\s+Wahlperiode$|\bDrucksache\s+\d+\/\d+/iu;
const PAGE_LINE = /^(?:[-–]\s*\d+\s*[-–]|Seite\s+\d+(?:\s+von\s+\d+)?|\d+)$/iu;
const SMALL_WORDS = new Set(
  'und oder für des der die das dem den im in am an auf aus bei mit von vom zu zur zum über unter nach vor gegen durch ohne um als sowie'.split(
    ' ',
  ),
);

function isCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('de');
}

/** „KOALITIONSVERTRAG HESSEN“ → „Koalitionsvertrag Hessen“; German capitalises nouns, so most words. */
export function fromCaps(line: string): string {
  return line
    .toLocaleLowerCase('de')
    .split(/(\s+)/)
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(
        /^(\P{L}*)(\p{L})/u,
        (_, pre: string, first: string) => pre + first.toLocaleUpperCase('de'),
      );
    })
    .join('')
    .replace(/\bE\.\s?v\./u, 'e. V.');
}

/** The head: the short lines before the first line of running text. */
function headLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length === 0 || PAGE_LINE.test(line)) continue;
    const words = line.split(' ').length;
    if (line.length > BODY_LINE || (/[.!?]$/u.test(line) && words >= 12)) break;
    lines.push(line);
    if (lines.length >= HEAD_LINES) break;
  }
  return lines;
}

function isMasthead(line: string): boolean {
  if (line.length > 90 || /[.!?:]$/u.test(line)) return false;
  const name = line.split(/\s+[–—-]\s+|\s+·\s+/u)[0] ?? line;
  if (!INSTITUTION.test(name)) return false;
  // A masthead is a name: capitals, or a short noun phrase without a verb-like lower-case run.
  return (
    isCaps(name) ||
    /^(?:\p{Lu}[\p{L}.&-]*|für|und|des|der|von|bei)(?:\s+(?:\p{Lu}[\p{L}.&-]*|für|und|des|der|von|bei|–|-))*$/u.test(
      line,
    )
  );
}

function publisherOf(line: string): string {
  const name = (line.split(/\s+[–—-]\s+\d|\s+·\s+/u)[0] ?? line).trim();
  return isCaps(name) ? fromCaps(name) : name;
}

function headDate(lines: readonly string[]): PartialDate | null {
  const candidates: Array<{ value: PartialDate; weight: number }> = [];
  lines.forEach((line, order) => {
    const dates = findDates(line).filter((d) => d.kind === 'point' || STAND.test(line));
    const issueYear = ISSUE.test(line) ? /\b((?:19|20)\d{2})\b/u.exec(line) : null;
    if (dates.length === 0 && issueYear) {
      candidates.push({ value: { date: `${issueYear[1]}-01-01`, precision: 'YEAR' }, weight: 5 });
      return;
    }
    const first = dates[0];
    if (!first) return;
    // A stated publication date beats a date in a headline; day dates beat cover months.
    const stated =
      DATELINE.test(line) ||
      STAND.test(line) ||
      /\b(?:vom|am|den)\s+$/u.test(line.slice(0, line.indexOf(first.text)));
    const weight = (stated ? 10 : 0) + (first.precision === 'YEAR' ? -5 : 0) - order / 100;
    if (first.precision !== 'YEAR' || stated)
      candidates.push({ value: { date: first.date, precision: first.precision }, weight });
  });
  candidates.sort((a, b) => b.weight - a.weight);
  return candidates[0]?.value ?? null;
}

/** „Stand: März 2024“ at the end of a document, or in its last lines. */
function standDate(text: string): PartialDate | null {
  for (const m of text.matchAll(new RegExp(`${STAND.source}([^\\n]{4,40})`, 'gu'))) {
    const first = findDates(m[1] ?? '')[0];
    if (first) return { date: first.date, precision: first.precision };
  }
  return null;
}

/** A report on a year appears the year after; the file's name may carry a year too. */
function yearDate(lines: readonly string[], file: string | null): PartialDate | null {
  for (const line of lines) {
    const m = REPORT_YEAR.exec(line);
    if (m) return { date: `${Number(m[1]) + 1}-01-01`, precision: 'YEAR' };
  }
  const year = file ? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(path.parse(file).name) : null;
  return year ? { date: `${year[1]}-01-01`, precision: 'YEAR' } : null;
}

function titleOf(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isMasthead(line) || GENRE.test(line) || DATELINE.test(line) || STAND.test(line) || ISSUE.test(line))
      continue;
    if (findDates(line).some((d) => d.text.length >= line.length - 2)) continue;
    if (isCaps(line)) {
      // A headline set in capitals may run over several short lines.
      const parts = [line];
      while (i + 1 < lines.length && isCaps(lines[i + 1] as string) && !isMasthead(lines[i + 1] as string))
        parts.push(lines[++i] as string);
      return fromCaps(parts.join(' '));
    }
    // „Kleine Anfrage“ ⏎ „des Abg. … betreffend …“: a headline continues on lines starting in lower case.
    const parts = [line];
    while (i + 1 < lines.length && /^\p{Ll}/u.test(lines[i + 1] as string) && parts.join(' ').length < 200)
      parts.push(lines[++i] as string);
    return parts
      .join(' ')
      .replace(/^[→•*#>\s]+/u, '')
      .replace(/\s+(?:und|oder|sowie)$/u, '');
  }
  return null;
}

/** Title, date and publisher as the text states them; null where it does not. */
export function readMetadata(text: string, file: string | null = null): TextMetadata {
  const lines = headLines(text);
  const mastheads = lines.filter(isMasthead);
  // An article about an institution opens with its name: with no other headline, that is the title.
  const title = titleOf(lines) ?? mastheads.shift() ?? null;
  const masthead = mastheads[0];
  return {
    title,
    date:
      headDateline(lines) ??
      tailDateline(text) ??
      headDate(lines) ??
      standDate(text) ??
      yearDate(lines, file),
    publisher: masthead ? publisherOf(masthead) : null,
  };
}

function datelineDate(line: string): PartialDate | null {
  if (!DATELINE.test(line)) return null;
  const first = findDates(line)[0];
  return first ? { date: first.date, precision: first.precision } : null;
}

/** „Wiesbaden, 10. September 2024“ in the head: the date of a press release or letter. */
function headDateline(lines: readonly string[]): PartialDate | null {
  for (const line of lines) {
    const date = datelineDate(line);
    if (date) return date;
  }
  return null;
}

/** A dateline above the signature at the end: the date of an answer or a letter. */
function tailDateline(text: string): PartialDate | null {
  const tail = text.trimEnd().split('\n').slice(-6);
  for (const line of tail.reverse()) {
    const date = datelineDate(line.trim());
    if (date) return date;
  }
  return null;
}

/** How a sidecar's date („2023“, „2024-01“, „2024-01-30“) is to be read. */
export function sidecarDate(value: string): PartialDate {
  const precision: DatePrecision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
  return {
    date: precision === 'DAY' ? value : `${value}${precision === 'YEAR' ? '-01-01' : '-01'}`,
    precision,
  };
}
