/**
 * Names that end in a legal form („govdigital eG“, „Zeitsprung gGmbH“, „Count & Care GmbH“): up to
 * four name words before the form, and — when a body's head noun opens the name and a preposition
 * joins it („Agentur für Innovation in der Cybersicherheit GmbH“) — everything from that head on.
 */
import { ABBREVIATIONS, FUNCTION_WORDS } from '../lang/de/words.ts';
import { foldKey } from './fold.ts';
import { ADJECTIVE_FORM, endsInHead, typeFromHead } from './heads.ts';
import { LEGAL_FORM_SOURCE } from './legal-forms.ts';

export interface LegalName {
  name: string;
  start: number;
  end: number;
  /** Opened by a head noun („Agentur für …“): a phrase in running text's case, not a brand. */
  headed: boolean;
}

/**
 * Up to four name words (capitalised, or a lower-case brand glued to the form) before a legal form;
 * a word may hold digits, superscripts and inner dots („x² Systeme GmbH“, „data.hub GmbH“).
 */
const LEGAL_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.-]*\\s(?:&\\s)?){0,3}(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]|\\.(?=[\\p{L}\\p{N}]))*))\\s(${LEGAL_FORM_SOURCE})(?![\\p{L}])`,
  'gu',
);
/** Words that are no part of a name at its start: articles, sentence-initial prepositions. */
const NOT_NAME_START = /^(?:Der|Die|Das|Dem|Den|Des|Bei|Mit|Von|Für|Seit|Zur|Zum|Im|Am|Firma|Unternehmen)$/u;
/** The words a long name may hold between its head and the legal form: capitalised words and these. */
const INSIDE_NAME = /^(?:für|in|im|der|des|und|zur|zum|am)$/;
/** A lower-case word with an adjective's ending: „gleichnamige“, „städtischen“, „kommunale“. */
const INFLECTED_ADJECTIVE = /^\p{Ll}+e[mnrs]?$/u;
/** At least one preposition: a bare genitive („Zentrum der X GmbH“) names two bodies, not one. */
const PREPOSITION = /^(?:für|in|im|zur|zum|am)$/;

/** „Agentur für Innovation in der“ before „Cybersicherheit GmbH“: the start of the whole name, or null. */
function headBefore(text: string, start: number): number | null {
  const words = [...text.slice(Math.max(0, start - 100), start).matchAll(/\S+/gu)];
  const base = Math.max(0, start - 100);
  let first = words.length;
  while (first > 0) {
    const w = (words[first - 1] as RegExpMatchArray)[0];
    if (!INSIDE_NAME.test(w) && !/^\p{Lu}[\p{L}-]*$/u.test(w)) break;
    first--;
  }
  const run = words.slice(first).map((m) => m[0]);
  const head = run.findIndex((w) => {
    const type = typeFromHead(w);
    return (type === 'AGENCY' || type === 'ORGANISATION') && endsInHead(w);
  });
  if (head < 0 || !run.slice(head + 1).some((w) => PREPOSITION.test(w))) return null;
  // Capitalised adjectives before the head belong to it („Hessische Gesellschaft für …“).
  let from = head;
  while (
    from > 0 &&
    ADJECTIVE_FORM.test(run[from - 1] as string) &&
    !NOT_NAME_START.test(run[from - 1] as string)
  )
    from--;
  return base + ((words[first + from] as RegExpMatchArray).index ?? 0);
}

export function legalNames(text: string): LegalName[] {
  const out: LegalName[] = [];
  for (const m of text.matchAll(LEGAL_NAME)) {
    let words = (m[1] as string).split(/\s+/);
    // A sentence ends inside the match („… von der Au. Die aconium GmbH“): the name starts after it.
    const stop = words.findLastIndex(
      (w) => /\p{L}\.$/u.test(w) && !ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()),
    );
    if (stop >= 0) words = words.slice(stop + 1);
    if (words.length === 0) continue;
    while (words.length > 1 && NOT_NAME_START.test(words[0] as string)) words.shift();
    // „an die AöR“: an article or a preposition is no brand; the form alone names nothing.
    if (words.every((w) => FUNCTION_WORDS.has(foldKey(w)))) continue;
    // „die gleichnamige GmbH“, „die städtische GmbH“: an inflected adjective says which, it names none.
    if (words.length === 1 && INFLECTED_ADJECTIVE.test(words[0] as string)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const short = end - `${words.join(' ')} ${m[2]}`.length;
    const start = stop < 0 && short === m.index ? (headBefore(text, short) ?? short) : short;
    out.push({ name: text.slice(start, end).replace(/\s+/g, ' '), start, end, headed: start < short });
  }
  return out;
}
