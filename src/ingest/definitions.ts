/**
 * Entities the text defines itself: "Langname (ABK)", "ABK (Langname)", "die sogenannte …",
 * quoted names after a head noun ("die Initiative „GovLabHessen“", "EfA-Leistungen „A“, „B“"),
 * and people introduced with their role ("Patrick Burghardt ist Staatssekretär für …").
 * The type comes from the head noun (heads.ts); a name without a known head is not an entity.
 */
import type { EntityType } from '../graph/model.ts';
import { NAME_CONNECTORS } from '../lang/de/words.ts';
import { foldCase } from './fold.ts';
import { nominative, typeFromHead, typeOfName } from './heads.ts';
import type { MatchIndex } from './matcher.ts';
import { classifierType } from './name-variants.ts';
import type { Sentence } from './sentences.ts';

export interface Definition {
  name: string;
  aliases: string[];
  type: EntityType;
  /** Span of the defining passage in the normalised text. */
  start: number;
  end: number;
  description: string | null;
  titles?: string[];
  how: 'acronym' | 'quoted' | 'sogenannt' | 'role';
}

const ACRONYM = /\(([\p{Lu}][\p{L}\d&@.-]{1,11}(?: \d+(?:\.\d+)?)?)\)/gu;
const LONG_FORM = /(?:^|[\s(])([\p{Lu}][\p{Lu}\d&-]{1,9}) \(([\p{Lu}][^()\n]{3,90})\)/gu;

function isAcronym(s: string): boolean {
  const compact = s.replace(/[^\p{L}\d]/gu, '');
  return compact.replace(/[^\p{Lu}]/gu, '').length >= 2 && compact.length <= 12;
}

/** Letters of the acronym appear in order in the name, the first one at its start. */
export function acronymFits(acronym: string, name: string): boolean {
  const a = foldCase(acronym).replace(/[^a-z]/g, '');
  const n = foldCase(name).replace(/[^a-z]/g, '');
  if (a.length === 0 || n[0] !== a[0]) return false;
  let j = 0;
  for (const ch of n) if (ch === a[j]) j++;
  return j >= a.length;
}

/** Capitalised words before `end` that can form a name, walking back to an article or lower-case word. */
function nameBefore(
  text: string,
  lineStart: number,
  end: number,
  acronym: string,
): { name: string; start: number } | null {
  const before = text.slice(lineStart, end).replace(/\s+$/, '');
  if (before.endsWith('“')) {
    const open = before.lastIndexOf('„');
    if (open === -1) return null;
    return { name: before.slice(open + 1, -1).trim(), start: lineStart + open };
  }
  const words = [...before.matchAll(/\S+/g)];
  let k = words.length - 1;
  const taken: RegExpMatchArray[] = [];
  while (k >= 0 && taken.length < 9) {
    const w = (words[k] as RegExpMatchArray)[0];
    // A comma may sit inside a long name ("Landesamt für Naturschutz, Umwelt und Geologie"):
    // keep walking while the acronym does not fit the words taken so far.
    const fitsSoFar = () => acronymFits(acronym, taken.map((t) => t[0]).join(' '));
    if (/[;:.!?“)]$/.test(w) && taken.length > 0) break;
    if (w.endsWith(',') && taken.length > 0 && (fitsSoFar() || !/^\p{Lu}/u.test(w))) break;
    if (/^[\p{Lu}\d]/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w)) taken.unshift(words[k] as RegExpMatchArray);
    else if (NAME_CONNECTORS.has(w) && taken.length > 0) taken.unshift(words[k] as RegExpMatchArray);
    else break;
    k--;
  }
  while (taken.length > 0) {
    const first = (taken[0] as RegExpMatchArray)[0];
    const name = taken.map((m) => m[0]).join(' ');
    if (!NAME_CONNECTORS.has(first) && acronymFits(acronym, name)) {
      return {
        name: name.replace(/[,;:]$/, ''),
        start: lineStart + ((taken[0] as RegExpMatchArray).index ?? 0),
      };
    }
    taken.shift();
  }
  return null;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function acronymDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1] as string;
    if (!isAcronym(acronym)) continue;
    const found = nameBefore(text, lineStartOf(text, m.index), m.index, acronym);
    if (!found) continue;
    const type = typeOfName(found.name);
    if (!type) continue;
    const name = nominative(found.name);
    out.push({
      name,
      aliases: [acronym],
      type,
      start: found.start,
      end: m.index + m[0].length,
      description: null,
      how: 'acronym',
    });
  }
  for (const m of text.matchAll(LONG_FORM)) {
    const acronym = m[1] as string;
    const long = (m[2] as string).trim();
    if (!isAcronym(acronym) || long.split(/\s+/).length < 2 || !acronymFits(acronym, long)) continue;
    const type = typeOfName(long);
    if (!type) continue;
    const start = m.index + m[0].indexOf(acronym);
    out.push({
      name: nominative(long),
      aliases: [acronym],
      type,
      start,
      end: m.index + m[0].length,
      description: null,
      how: 'acronym',
    });
  }
  return out;
}

/** „double“ and ‚single‘ German quotation marks (the normaliser turns »…« and "…" into „…“). */
const QUOTE = /„([^“\n]{2,80})“|‚([^‘\n]{2,80})‘/g;
const LIST_GLUE = /^(?:,\s*|\s+(?:sowie|und|oder)\s+|,\s*(?:sowie|und|oder)\s+)$/;

/** A quote that reads as a name; in lower case („formix“) only when a type noun before it says it is one. */
function plausibleName(s: string, typedByNoun: boolean): boolean {
  const shape =
    /^[\p{Lu}\d]|^\p{Ll}+\p{Lu}/u.test(s) ||
    (typedByNoun && /^\p{Ll}/u.test(s) && s.split(/\s+/).length <= 3);
  return shape && s.split(/\s+/).length <= 8 && !/[.!?]$/.test(s);
}

function quotedDefinitions(text: string, index: MatchIndex): Definition[] {
  const out: Definition[] = [];
  let listType: EntityType | null = null;
  let listEnd = -1;
  for (const m of text.matchAll(QUOTE)) {
    const content = (m[1] ?? (m[2] as string)).trim();
    const glue = text.slice(listEnd, m.index);
    let type: EntityType | null = listEnd >= 0 && LIST_GLUE.test(glue) ? listType : null;
    const listed = type !== null;
    const headWord = /(?:^|\s)([\p{L}][\p{L}\d-]*)\s*$/u.exec(
      text.slice(Math.max(0, m.index - 60), m.index),
    )?.[1];
    const sogenannt = headWord !== undefined && /^sogenannte[nrsm]?$/i.test(headWord);
    // „die Software „formix““, „des Dienstleisters „ekom21““: the noun before the quote types it.
    if (!type && headWord && !sogenannt && !index.lookup(headWord) && /^\p{Lu}/u.test(headWord))
      type = typeFromHead(headWord) ?? classifierType(headWord);
    const typedByNoun = type !== null;
    // No head noun before the quote („Der „Zukunftspakt …““): the name's own head decides.
    if (!type) type = typeOfName(content);
    listType = type;
    listEnd = m.index + m[0].length;
    if (!type || !plausibleName(content, typedByNoun || listed)) continue;
    out.push({
      name: content,
      aliases: [],
      type,
      start: m.index,
      end: m.index + m[0].length,
      description: null,
      how: sogenannt ? 'sogenannt' : 'quoted',
    });
  }
  return out;
}

const SOGENANNT = /\bsogenannte[nrsm]?\s+((?:[\p{Lu}][\p{L}\d-]*)(?:\s+[\p{Lu}][\p{L}\d-]*){0,4})/gu;

function sogenanntDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(SOGENANNT)) {
    const name = m[1] as string;
    const type = typeOfName(name);
    if (!type) continue;
    const start = m.index + m[0].length - name.length;
    out.push({
      name,
      aliases: [],
      type,
      start,
      end: start + name.length,
      description: null,
      how: 'sogenannt',
    });
  }
  return out;
}

const ROLE =
  '(?:Staatssekretär|Staatsminister|Ministerpräsident|Minister|Präsident|Landrat|Landrätin|Oberbürgermeister|Bürgermeister|Leiter|Direktor|Vorsitzende|Vorsitzender|Geschäftsführer|Beauftragte|Beauftragter|Chief Information Officer)(?:in)?';
const PERSON_INTRO = new RegExp(
  `^((?:(?:Prof|Dr)\\.\\s)*)(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s(?:ist|war|wird|bleibt)\\s(?:seit\\s\\S+\\s)?(?:der\\s|die\\s|neue[rn]?\\s|zudem\\s)*(${ROLE}[^,.;]*)`,
  'u',
);
const NOT_FIRST_NAMES = new Set([
  'der',
  'die',
  'das',
  'dies',
  'diese',
  'dieser',
  'ein',
  'eine',
  'unser',
  'sein',
  'ihr',
  'wer',
  'jeder',
  'herr',
  'frau',
]);

function personDefinitions(sentences: readonly Sentence[], index: MatchIndex): Definition[] {
  const out: Definition[] = [];
  for (const s of sentences) {
    const m = PERSON_INTRO.exec(s.text);
    if (!m) continue;
    const first = m[2] as string;
    const last = m[3] as string;
    if (NOT_FIRST_NAMES.has(first.toLowerCase()) || index.lookup(first) || index.lookup(last)) continue;
    if (index.lookup(`${first} ${last}`)) continue;
    const titles = (m[1] ?? '').split(/\s+/).filter((t) => t.length > 0);
    const start = s.start + (m[1] ?? '').length;
    out.push({
      name: `${first} ${last}`,
      aliases: [],
      type: 'PERSON',
      start,
      end: start + first.length + 1 + last.length,
      description: (m[4] as string).trim(),
      ...(titles.length > 0 ? { titles } : {}),
      how: 'role',
    });
  }
  return out;
}

/** All definitions of the text, in document order. */
export function findDefinitions(
  text: string,
  sentences: readonly Sentence[],
  index: MatchIndex,
): Definition[] {
  return [
    ...acronymDefinitions(text),
    ...quotedDefinitions(text, index),
    ...sogenanntDefinitions(text),
    ...personDefinitions(sentences, index),
  ].sort((a, b) => a.start - b.start);
}
