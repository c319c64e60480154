/**
 * The short caption of an entity for drawings (Neo4j Browser, the explorer): long official names
 * („Hessisches Ministerium für Digitalisierung und Innovation“) get cut mid-word, so a drawing
 * shows the entity's acronym (HMDI) or a short alias, else the name's first words, and the full
 * name on hover.
 */
import { NAME_CONNECTORS } from '../lang/de/words.ts';

/** One token of 2–8 letters or digits with at least two capitals: HMDI, HMdF, HZD, OZG. */
const ACRONYM = /^(?=(?:\p{Lu}.*){2})[\p{L}\d-]{2,8}$/u;
/** Names up to this length are shown whole. */
export const CAPTION_MAX = 28;
/** A shorter alias replaces a long name only from this length on („Land“ says too little). */
const ALIAS_MIN = 6;
const ELLIPSIS = '…';

export function shortCaption(name: string, aliases: readonly string[]): string {
  const acronyms = aliases.filter((a) => ACRONYM.test(a)).sort((a, b) => a.length - b.length);
  if (acronyms.length > 0 && name.length > CAPTION_MAX / 2) return acronyms[0]!;
  if (name.length <= CAPTION_MAX) return name;
  const short = aliases
    .filter((a) => a.length >= ALIAS_MIN && a.length <= CAPTION_MAX)
    .sort((a, b) => a.length - b.length);
  return short[0] ?? leadingWords(name);
}

/**
 * The name's first words that fit, ending on a word that carries meaning („Hessisches Ministerium
 * für …“ loses its „für“), then an ellipsis; a single overlong word is cut.
 */
function leadingWords(name: string): string {
  const words = name.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(' ').length > CAPTION_MAX - 1) break;
    kept.push(word);
  }
  while (kept.length > 0 && NAME_CONNECTORS.has(kept.at(-1)!.toLowerCase())) kept.pop();
  if (kept.length === 0) return `${name.slice(0, CAPTION_MAX - 1)}${ELLIPSIS}`;
  return `${kept.join(' ').replace(/[,;:–-]+$/, '')}${ELLIPSIS}`;
}
