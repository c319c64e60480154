/**
 * Precision rules for people. A person matches on the full name; the surname alone only when
 *  - it is capitalised and not part of a hyphen compound ("Rhein-Neckar"),
 *  - and a role or title word stands right before it ("Ministerin Stolz", "Herr Burghardt"),
 *    or the full name already appeared in the document and the surname stands like a name:
 *    not after an article ("am Rhein", "der Schwarz"), after a preposition or „so“ only where the
 *    tagger reads it as a name ("mit Kerber", "so Kerber", not "mit Stolz"), not glued to another
 *    capitalised word, not at a sentence start unless a verb follows ("Rhein sagte", "Hahn ist seit
 *    2021 im Amt": a reporting verb, or any verb the tagger reads there).
 * A surname with particles is written small inside a sentence: "folgte von der Au auf …".
 * Surnames that the document also uses as ordinary lower-case words ("stolz", "schwarz") need
 * the role word. No per-person exceptions.
 */

import { ADDRESS_WORDS, officeOf } from '../lang/de/roles.ts';
import { ARTICLE_WORDS, FUNCTION_WORDS, REPORTING_VERBS } from '../lang/de/words.ts';
import type { Match, Token } from './matcher.ts';

export function isRoleWord(key: string): boolean {
  return ADDRESS_WORDS.has(key) || key === 'dr' || key === 'prof' || officeOf(key) !== null;
}

export interface PersonContext {
  text: string;
  tokens: readonly Token[];
  /** Token index by start offset. */
  tokenAt: ReadonlyMap<number, number>;
  /** Folded words the document writes in lower case (ordinary words). */
  lowerWords: ReadonlySet<string>;
  /** Sentence starts, to tell a sentence-initial surname. */
  sentenceStarts: ReadonlySet<number>;
  /** Starts of the words the tagger reads as verbs or auxiliaries (none without a parse). */
  verbStarts: ReadonlySet<number>;
  /** Starts of the words the tagger reads as names: proper nouns or people (none without a parse). */
  nameStarts: ReadonlySet<number>;
}

export function personContext(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number>,
  verbStarts: ReadonlySet<number> = new Set(),
  nameStarts: ReadonlySet<number> = new Set(),
): PersonContext {
  const tokenAt = new Map<number, number>();
  const lowerWords = new Set<string>();
  tokens.forEach((t, i) => {
    tokenAt.set(t.start, i);
    if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.key);
  });
  return { text, tokens, tokenAt, lowerWords, sentenceStarts, verbStarts, nameStarts };
}

/**
 * Filters person matches in document order. `fullNameSeen` tracks people whose full name has
 * appeared; surname matches are kept only under the rules above.
 */
export function acceptPersonMatches(matches: readonly Match[], ctx: PersonContext): Match[] {
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const m of matches) {
    if (m.kind !== 'surname') {
      seen.add(m.entityId);
      out.push(m);
      continue;
    }
    // „von der Au“: particles are small, the name itself is not.
    const particles = /\s/.test(m.label) && /\s\p{Lu}\S*$/u.test(m.surface);
    if (!/^\p{Lu}/u.test(m.surface) && !particles) continue;
    if (ctx.text[m.start - 1] === '-' || ctx.text[m.end] === '-') continue;
    const i = ctx.tokenAt.get(m.start);
    if (i === undefined) continue;
    // Skip titles between the role word and the name: "Ministerin Prof. Dr. Sinemus".
    let p = i - 1;
    while (p >= 0 && ['dr', 'prof'].includes((ctx.tokens[p] as Token).key)) p--;
    const prev = ctx.tokens[p];
    const sameSentence =
      prev !== undefined && !/[.!?\n]/.test(ctx.text.slice(prev.end, m.start).replace(/^\.\s?/, ''));
    if (prev && sameSentence && isRoleWord(prev.key) && /^\p{Lu}/u.test(prev.text)) {
      out.push(m);
      continue;
    }
    if (!seen.has(m.entityId)) continue;
    // The surname's last word („Au“ in „von der Au“) and the word after the whole surname.
    const last = ctx.tokens.slice(i, i + 5).findLast((t) => t.end <= m.end) ?? (ctx.tokens[i] as Token);
    const after = ctx.tokens.slice(i + 1, i + 6).find((t) => t.start >= m.end);
    // The document uses the surname as an ordinary word ("stolz", "junge"): only a role word will do.
    const key = last.key;
    if (['', 'e', 'er', 'es', 'en', 'em'].some((ending) => ctx.lowerWords.has(key + ending))) continue;
    const before = ctx.tokens[i - 1];
    const adjacent = (a: Token | undefined, b: Token | undefined) =>
      a !== undefined && b !== undefined && ctx.text.slice(a.end, b.start) === ' ';
    if (before && adjacent(before, ctx.tokens[i]) && FUNCTION_WORDS.has(before.key)) {
      if (ARTICLE_WORDS.has(before.key) || !ctx.nameStarts.has(m.start)) continue;
    }
    if (
      before &&
      adjacent(before, ctx.tokens[i]) &&
      /^\p{Lu}/u.test(before.text) &&
      !ctx.sentenceStarts.has(before.start)
    ) {
      continue;
    }
    if (after && adjacent(last, after) && /^\p{Lu}/u.test(after.text)) continue;
    const verb = after !== undefined && (REPORTING_VERBS.has(after.key) || ctx.verbStarts.has(after.start));
    if (ctx.sentenceStarts.has(m.start) && !verb) continue;
    out.push(m);
  }
  return out;
}
