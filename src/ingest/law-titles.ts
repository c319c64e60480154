/**
 * The title of a law or an ordinance goes on after its head with what it regulates: „Gesetz über die
 * öffentliche Sicherheit und Ordnung“, „Gesetz zur Förderung der elektronischen Verwaltung“,
 * „Verordnung über die Verarbeitung personenbezogener Daten“. The object is a noun phrase: nouns
 * with their articles and lower-case adjectives, joined by genitives and „und“/„sowie“.
 */
import type { Doc } from './doc.ts';
import { typeFromHead } from './heads.ts';
import type { Token } from './matcher.ts';

const OPENERS = new Set(['über', 'zur', 'zum']);
const ARTICLE = /^(?:der|die|das|des|dem|den)$/;
const JOINER = /^(?:und|sowie|oder)$/;
const ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
const NOUN = /^\p{Lu}[\p{L}-]*$/u;

function joined(doc: Doc, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^[ ]$/.test(doc.text.slice(a.end, b.start));
}

/** Index of the noun that closes `[article] adjective* Noun` from `k`, or -1. */
function nounPhraseEnd(doc: Doc, k: number, article: boolean): number {
  const tokens = doc.tokens;
  let j = k;
  if (article && ARTICLE.test(tokens[j]?.text ?? '')) j++;
  while (ADJECTIVE.test(tokens[j]?.text ?? '') && !ARTICLE.test(tokens[j]?.text ?? '')) j++;
  const noun = tokens[j];
  if (!noun || !NOUN.test(noun.text)) return -1;
  for (let x = k + 1; x <= j; x++) if (!joined(doc, tokens[x - 1], tokens[x])) return -1;
  return j;
}

/** Index of the last word of a law's title after its head at `i`, or `i` when no object follows. */
export function lawTitleEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  const opener = tokens[i + 1];
  if (!opener || !OPENERS.has(opener.text) || !joined(doc, tokens[i], opener)) return i;
  let last = nounPhraseEnd(doc, i + 2, opener.text === 'über');
  if (last < 0) return i;
  for (;;) {
    const next = tokens[last + 1];
    if (!joined(doc, tokens[last], next)) break;
    // „… und Ordnung“, „… der elektronischen Verwaltung“, „… personenbezogener Daten“.
    const from = JOINER.test(next?.text ?? '') ? last + 2 : last + 1;
    if (from === last + 2 && !joined(doc, next, tokens[from])) break;
    const end = nounPhraseEnd(doc, from, true);
    // „… und die Verordnung zur …“: a second law begins.
    if (end < 0 || typeFromHead(tokens[end]?.text ?? '') === 'LAW') break;
    last = end;
  }
  return last;
}
