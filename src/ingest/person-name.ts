/**
 * A person's full name as the tagger marks it: titles and forms of address apart („Prof. Dr.“,
 * „Frau“), a proper adjective after it left out, never a letterhead in capitals.
 */
import { ADDRESS_WORDS } from '../lang/de/roles.ts';
import { NAME_PARTICLES, NAME_TITLES, PROPER_ADJECTIVE } from '../lang/de/words.ts';
import { foldKey } from './fold.ts';
import { isOddWord } from './name-words.ts';

/** A letterhead in capitals („HESSISCHES MINISTERIUM“); a word of a name's odd shape („AB.CD“) is none. */
export function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase() && !isOddWord(s);
}

/** "Prof. Dr. Jörg-Uwe Hahn" → name and titles; null when it does not read as a full personal name. */
export function personName(surface: string): { name: string; titles: string[] } | null {
  let rest = surface.trim().replace(/[’']s$|s$(?=.*\s)/u, (m) => (m.length > 1 ? '' : m));
  const titles: string[] = [];
  for (let again = true; again; ) {
    again = false;
    for (const t of NAME_TITLES) {
      if (rest.startsWith(`${t} `)) {
        titles.push(t);
        rest = rest.slice(t.length + 1);
        again = true;
      }
    }
  }
  // „Kollege Honka“, „Frau Stolz“: a form of address is no part of the name.
  while (ADDRESS_WORDS.has(foldKey(rest.split(/\s+/)[0] ?? '').replace(/\.$/, '')))
    rest = rest.replace(/^\S+\s+/, '');
  // „Miriam Falk Hessische (Beauftragte …)“: a proper adjective after the name opens the next phrase.
  const words = rest.split(/\s+/);
  while (words.length > 2 && PROPER_ADJECTIVE.test(words.at(-1) as string)) words.pop();
  rest = words.join(' ');
  if (words.length < 2 || words.length > 5 || isAllCaps(rest)) return null;
  const ok = words.every(
    (w, i) => /^\p{Lu}[\p{Ll}’'-]/u.test(w) || (i > 0 && NAME_PARTICLES.has(w.toLowerCase())),
  );
  return ok ? { name: rest, titles } : null;
}
