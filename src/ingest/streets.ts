/**
 * Streets and address lines, which are no places of the graph: „Mainzer Straße“, „Im Lindengrund
 * 12, 34117 Kassel“. A glued compound („Bergstraße“) is also the name of regions, so it counts as a
 * street only where its shape or the words around it say so: a hyphenated name before the street
 * word („Konrad-Zuse-Platz“), a house number after it („Lindenallee 4–6“), or „in“ and the town
 * after it („in der Lindenallee in Kassel“), which a region never has.
 */
import { STREET_WORDS } from '../lang/de/words.ts';

/** The street word a glued or hyphenated compound ends in („Lindenallee“ → „allee“), or null. */
function streetEnding(word: string): string | null {
  const lower = word.toLowerCase();
  for (const street of STREET_WORDS)
    if (!street.endsWith('.') && lower.endsWith(street) && lower.length > street.length + 2) return street;
  return null;
}

/** Whether the name at [start, end) of the text is a street or an address line. */
export function isStreet(text: string, name: { text: string; start: number; end: number }): boolean {
  const words = name.text.split(' ');
  const last = words.at(-1) ?? '';
  const after = text.slice(name.end, name.end + 24);
  if (words.length > 1 && STREET_WORDS.has(last.toLowerCase())) return true;
  if (/^ \d{1,4}[a-z]?, \d{5} /u.test(after)) return true;
  if (!streetEnding(last)) return false;
  // „Konrad-Zuse-Platz“: a hyphen before the street word joins it to a person's or a place's name.
  if (/-\p{Lu}\p{Ll}+$/u.test(last) && STREET_WORDS.has((last.split('-').at(-1) ?? '').toLowerCase()))
    return true;
  // „Lindenallee 4–6“, „in der Lindenallee in Kassel“.
  return /^ \d{1,4}[a-z]?(?:\s?[–-]\s?\d{1,4})?\b/u.test(after) || /^ in \p{Lu}/u.test(after);
}
