/**
 * German date expressions → spans a later step can attach to the fact stated in the same clause.
 * Day dates come from chrono-node's German parser; it knows neither month-year („im Januar 2024“),
 * bare years, seasons nor references back („im selben Monat“), so those are rules here. Whether a
 * date opens, closes or spans a period is read off the words in front of it („seit“, „bis“, „von … bis“).
 */
import * as chrono from 'chrono-node';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';
export type DateKind = 'from' | 'to' | 'point' | 'range';

/** A calendar date known to a precision; a month or year is written as its first day (Wikidata's way). */
export interface PartialDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  precision: DatePrecision;
}

export interface DateSpan extends PartialDate {
  /** Offsets of the whole expression (cue words included) in the text given. */
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  /** The end of a range („von August 2014 bis 2023“ → 2023, YEAR); only for kind 'range'. */
  until?: PartialDate;
}

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};
/** Whether a word names a month („Juni“, „Aug“): the tagger reads such words as names. */
export function isMonthName(word: string): boolean {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] !== undefined;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A season or part of a year says no more than its year. */
const YEAR_PARTS = 'Frühjahr|Frühling|Sommer|Herbst|Winter|Anfang|Mitte|Ende|Beginn|Jahresbeginn|Jahresende';

/** A year that is a date, not an amount, a page, a print number or part of a longer number. */
const YEAR = String.raw`(?<![\d.,/–-])(?:19|20)\d{2}(?![\d]|[.,]\d|\s*(?:Euro|€|%|Prozent|Mio|Millionen|Stück))`;

interface Atom extends PartialDate {
  start: number;
  end: number;
}

function iso(year: number, month = 1, day = 1): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function overlaps(atoms: readonly Atom[], start: number, end: number): boolean {
  return atoms.some((a) => start < a.end && a.start < end);
}

/** Day dates with a stated year („18. Januar 2024“, „18.01.2024“, „2024-01-18“). */
function dayAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const result of chrono.de.strict.parse(text)) {
    const s = result.start;
    if (!(s.isCertain('day') && s.isCertain('month') && s.isCertain('year'))) continue;
    const lead = result.text.search(/\d/);
    const start = result.index + Math.max(lead, 0);
    const date = iso(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    if (result.end?.isCertain('year')) {
      // chrono reads „3. März 2020 bis zum 5. Mai 2021“ as one result: keep both ends as atoms.
      const e = result.end;
      const second = text
        .slice(start, result.index + result.text.length)
        .search(/(?:bis|–|-)\s*(?:zum\s+)?\d/);
      if (second > 0) {
        const endStart = start + second + (text.slice(start + second).search(/\d/) || 0);
        atoms.push({ start, end: start + second, date, precision: 'DAY' });
        atoms.push({
          start: endStart,
          end: result.index + result.text.length,
          date: iso(e.get('year') ?? 0, e.get('month') ?? 1, e.get('day') ?? 1),
          precision: 'DAY',
        });
        continue;
      }
    }
    atoms.push({ start, end: result.index + result.text.length, date, precision: 'DAY' });
  }
  return atoms.map((a) => ({ ...a, end: a.start + text.slice(a.start, a.end).trimEnd().length }));
}

function ruleAtoms(text: string, taken: Atom[]): Atom[] {
  const rules: Array<[RegExp, (m: RegExpExecArray) => PartialDate | null]> = [
    [
      new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(${YEAR})`, 'giu'),
      (m) => {
        const month = MONTHS[(m[1] as string).toLowerCase()];
        return month ? { date: iso(Number(m[2]), month), precision: 'MONTH' } : null;
      },
    ],
    [
      new RegExp(String.raw`\b(?:(?:${YEAR_PARTS})\s+(?:des\s+Jahres\s+)?)(${YEAR})`, 'gu'),
      (m) => ({ date: iso(Number(m[1])), precision: 'YEAR' }),
    ],
    [
      new RegExp(String.raw`\b(?:(?:im\s+)?(?:Jahr|Jahres)\s+)?(${YEAR})`, 'gu'),
      (m) => ({ date: iso(Number(m[1])), precision: 'YEAR' }),
    ],
  ];
  const atoms: Atom[] = [];
  for (const [pattern, read] of rules) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(taken, start, end) || overlaps(atoms, start, end)) continue;
      const value = read(m as RegExpExecArray);
      if (value) atoms.push({ ...value, start, end });
    }
  }
  return atoms;
}

/** „im selben Monat“, „am selben Tag“, „bis dahin“, „seitdem“, „damals“: the last date before. */
function backReferences(text: string, atoms: readonly Atom[]): Atom[] {
  const pattern =
    /\b(?:(?:im|am)\s+(?:selben|gleichen|demselben|selbigen)\s+(Monat|Jahr|Tag)|bis\s+dahin|seitdem|seither|damals|zu\s+diesem\s+Zeitpunkt)\b/giu;
  const out: Atom[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    const before = [...atoms, ...out].filter((a) => a.end <= start).sort((a, b) => b.end - a.end)[0];
    if (!before) continue;
    const unit = m[1]?.toLowerCase();
    const precision: DatePrecision =
      unit === 'jahr' ? 'YEAR' : unit === 'monat' ? 'MONTH' : unit === 'tag' ? 'DAY' : before.precision;
    if (rank(precision) > rank(before.precision)) continue;
    out.push({ start, end: start + m[0].length, date: truncate(before.date, precision), precision });
  }
  return out;
}

export function rank(precision: DatePrecision): number {
  return precision === 'DAY' ? 3 : precision === 'MONTH' ? 2 : 1;
}

function truncate(date: string, precision: DatePrecision): string {
  if (precision === 'YEAR') return `${date.slice(0, 4)}-01-01`;
  if (precision === 'MONTH') return `${date.slice(0, 7)}-01`;
  return date;
}

/** Cue words right before a date (at most a few words between, no clause punctuation). */
const FROM_CUE = /\b(?:seit|ab|beginnend|mit\s+Wirkung\s+(?:vom|zum))(?:\s+(?:dem|der|den))?\s+$/iu;
const TO_CUE =
  /\b(?:bis|endete|endet|beendet|befristet\s+bis)(?:\s+(?:zum|zur|zu|ihrem|seinem|seiner|ihrer|dem|der|am|im|Ende|Tod|Ausscheiden|Ruhestand|Jahresende)){0,4}\s+$/iu;
const RANGE_OPEN = /\b(?:von|vom|zwischen)(?:\s+(?:dem|der))?\s+$/iu;
const RANGE_LINK =
  /^\s*(?:–|-|bis(?:\s+(?:zum|zur|zu|ihrem|seinem|seiner|ihrer|dem|der|am|im|Ende|Tod|Ausscheiden|Ruhestand)){0,4}|und)\s+$/iu;
const SELF_CUE = /^(?:seitdem|seither)$/iu;
const TO_SELF = /^bis\s+dahin$/iu;

function cueBefore(text: string, atom: Atom): { kind: 'from' | 'to' | 'open'; start: number } | null {
  const window = text.slice(Math.max(0, atom.start - 60), atom.start);
  const clause = window.slice(Math.max(window.search(/[.;:!?,(][^.;:!?,(]*$/) + 1, 0));
  const offset = atom.start - clause.length;
  for (const [kind, cue] of [
    ['open', RANGE_OPEN],
    ['from', FROM_CUE],
    ['to', TO_CUE],
  ] as const) {
    const m = cue.exec(clause);
    if (m) return { kind, start: offset + m.index };
  }
  return null;
}

function span(text: string, start: number, end: number, atom: PartialDate, kind: DateKind): DateSpan {
  return { start, end, text: text.slice(start, end), kind, date: atom.date, precision: atom.precision };
}

/** Every date expression in the text, in order, with whether it opens, closes or spans a period. */
export function findDates(text: string): DateSpan[] {
  const days = dayAtoms(text);
  const plain = [...days, ...ruleAtoms(text, days)];
  const atoms = [...plain, ...backReferences(text, plain)].sort((a, b) => a.start - b.start);
  const spans: DateSpan[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as Atom;
    const own = text.slice(atom.start, atom.end);
    if (SELF_CUE.test(own)) {
      spans.push(span(text, atom.start, atom.end, atom, 'from'));
      continue;
    }
    if (TO_SELF.test(own)) {
      spans.push(span(text, atom.start, atom.end, atom, 'to'));
      continue;
    }
    const cue = cueBefore(text, atom);
    const next = atoms[i + 1];
    const link = next ? text.slice(atom.end, next.start) : '';
    if (next && RANGE_LINK.test(link) && (cue?.kind === 'open' || /^\s*(?:–|-|bis)/u.test(link))) {
      const start = cue?.kind === 'open' ? cue.start : atom.start;
      spans.push({
        ...span(text, start, next.end, atom, 'range'),
        until: { date: next.date, precision: next.precision },
      });
      i++;
      continue;
    }
    // „der Pakt von 2018“ names a year, it opens nothing: „von“ without „bis“ is a point.
    const kind: DateKind = cue?.kind === 'from' ? 'from' : cue?.kind === 'to' ? 'to' : 'point';
    spans.push(span(text, cue && kind !== 'point' ? cue.start : atom.start, atom.end, atom, kind));
  }
  return spans;
}
