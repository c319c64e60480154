/**
 * Whether an acronym stands for a name by its initials: „HZD“ for „Hessische Zentrale für
 * Datenverarbeitung“, „HMdF“ for „Hessisches Ministerium der Finanzen“, „LKA“ for
 * „Landeskriminalamt“. Every content word gives its initial, in order; the later parts of a compound
 * may give theirs („Polizeipräsidium“ → P or P, P); a function word („für“, „der“) gives a lower-case
 * letter or none. The acronym may stop before „und“ or after a comma: „HMD“ is „Hessisches
 * Ministerium für Digitalisierung [und Innovation]“, „HMdIS“ „… des Innern, für Sicherheit [und
 * Heimatschutz]“.
 */
import { TYPE_HEADS } from '../lang/de/heads.ts';
import { ACRONYM_FUNCTION_WORDS, COMPOUND_TAILS } from '../lang/de/words.ts';
import { foldCase } from './fold.ts';

/** One letter a name offers an acronym. */
interface Slot {
  letter: string;
  /** A function word's letter or a later compound part's: may be left out. */
  optional: boolean;
  /** A function word's letter: only a lower-case letter of the acronym takes it. */
  functionWord: boolean;
  /** The acronym may end before this slot (it opens „und …“ or follows a comma). */
  stop: boolean;
}

const TAILS = [...new Set([...Object.keys(TYPE_HEADS), ...COMPOUND_TAILS])].sort(
  (a, b) => b.length - a.length,
);

/** An acronym's shape: three to eight letters, at least two capitals, never two lower-case in a row. */
export function isAcronymShape(word: string): boolean {
  return (
    /^\p{Lu}[\p{L}]{2,7}$/u.test(word) &&
    (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 &&
    !/\p{Ll}{2}/u.test(word)
  );
}

/** „landeskriminalamt“ → [landes, kriminal, amt]: known last parts split off from the end. */
export function compoundParts(folded: string): string[] {
  const parts: string[] = [];
  let rest = folded;
  for (;;) {
    const tail = TAILS.find((t) => rest.endsWith(t) && rest.length - t.length >= 3);
    if (!tail) break;
    parts.unshift(tail);
    rest = rest.slice(0, -tail.length);
  }
  return [rest, ...parts];
}

/** Without umlauts: „Ö“ offers „O“. */
function base(letter: string): string {
  return letter.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function slotsOf(name: string): Slot[] {
  const slots: Slot[] = [];
  let stop = false;
  for (const raw of name.split(/\s+/)) {
    const word = raw.replace(/^[„“"(]+|[“"),;:.]+$/gu, '');
    if (word.length === 0) continue;
    const folded = foldCase(word);
    if (ACRONYM_FUNCTION_WORDS.has(folded)) {
      slots.push({
        letter: base(word[0] as string),
        optional: true,
        functionWord: true,
        stop: stop || folded === 'und',
      });
    } else {
      for (const [p, piece] of word
        .split('-')
        .filter((x) => x.length > 0)
        .entries()) {
        // An abbreviation inside a name („IT-Planungsrat“) gives all its letters.
        const letters = /^\p{Lu}{2,}$/u.test(piece)
          ? [...piece].map((l) => ({ letter: base(l), optional: false }))
          : compoundParts(foldCase(piece)).map((part, k) => ({
              letter: part[0] as string,
              optional: k > 0 || p > 0,
            }));
        for (const [k, l] of letters.entries())
          slots.push({ ...l, functionWord: false, stop: k === 0 && p === 0 && stop });
      }
    }
    stop = raw.endsWith(',');
  }
  return slots;
}

function fits(acronym: string, slots: readonly Slot[], a: number, s: number): boolean {
  if (a === acronym.length) {
    return slots.slice(s).every((x) => x.optional) || slots[s]?.stop === true;
  }
  const slot = slots[s];
  if (!slot) return false;
  if (slot.optional && fits(acronym, slots, a, s + 1)) return true;
  const ch = acronym[a] as string;
  const lower = ch === ch.toLowerCase();
  if (base(ch) !== slot.letter) return false;
  if (slot.functionWord ? !lower : lower && !slot.optional) return false;
  return fits(acronym, slots, a + 1, s + 1);
}

/** Whether `acronym` is made of the initials of `name` (see the file comment). */
export function initialsFit(acronym: string, name: string): boolean {
  if (!isAcronymShape(acronym)) return false;
  return fits(acronym, slotsOf(name), 0, 0);
}

/** Whether `acronym` is made of the initials of the name or of a tail of it („Sichere Informationstechnologie“ for „SIT“). */
export function initialsFitTail(acronym: string, name: string): boolean {
  const words = name.split(/\s+/);
  return words.some(
    (w, i) => !ACRONYM_FUNCTION_WORDS.has(foldCase(w)) && initialsFit(acronym, words.slice(i).join(' ')),
  );
}
