/**
 * people: every person the load knows — named in this document (tagger, definitions, cabinet
 * table) or in the graph from earlier documents — found by full name, and by surname where a
 * role word stands before it or the full name came first, also at the start of a sentence when a
 * verb follows (the precision rules below).
 * A surname two known people share links to neither. Then the offices they hold (offices.ts).
 */

import type { EntityRecord } from '../../graph/model.ts';
import { ADDRESS_WORDS, officeOf } from '../../lang/de/roles.ts';
import { ARTICLE_WORDS, FUNCTION_WORDS, REPORTING_VERBS } from '../../lang/de/words.ts';
import type { Doc, PipelineContext } from '../doc.ts';
import { foldKey } from '../fold.ts';
import { type Match, MatchIndex, type Term, type Token } from '../matcher.ts';
import { namedBodies, officeRelations, portfolioMentions } from '../offices.ts';
import type { Component } from './component.ts';

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

function surnameOf(name: string): string | null {
  const words = name.split(' ');
  // "Frank von der Au": the particles belong to the surname.
  const k = words.findIndex((w, i) => i > 0 && /^(?:von|van|de|zu|vom)$/.test(w));
  const surname = k > 0 ? words.slice(k).join(' ') : words.at(-1);
  return surname && surname !== name ? surname : null;
}

function personTerms(people: readonly EntityRecord[]): Term[] {
  const bySurname = new Map<string, Set<string>>();
  for (const p of people) {
    const surname = surnameOf(p.name);
    if (surname) bySurname.set(foldKey(surname), (bySurname.get(foldKey(surname)) ?? new Set()).add(p.id));
  }
  const terms: Term[] = [];
  for (const p of people) {
    for (const label of [p.name, ...p.aliases]) terms.push({ entityId: p.id, label, kind: 'name' });
    const surname = surnameOf(p.name);
    if (surname && bySurname.get(foldKey(surname))?.size === 1)
      terms.push({ entityId: p.id, label: surname, kind: 'surname' });
  }
  return terms;
}

function allPeople(doc: Doc, ctx: PipelineContext): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const e of [...ctx.known, ...doc.registry.derivedRecords()])
    if (e.type === 'PERSON') byId.set(e.id, e);
  return [...byId.values()];
}

export const people: Component = {
  name: 'people',
  requires: ['text', 'tokens', 'sentences', 'parses', 'candidates', 'registry'],
  assigns: ['candidates', 'relations', 'registry'],
  run(doc, ctx) {
    const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
    const tagged = doc.parses.flatMap((s) => s.tokens);
    const verbStarts = new Set(tagged.filter((t) => /^(?:VERB|AUX)$/.test(t.pos)).map((t) => t.start));
    const nameStarts = new Set(
      tagged.filter((t) => t.pos === 'PROPN' || t.ner === 'PERSON').map((t) => t.start),
    );
    const index = new MatchIndex(personTerms(allPeople(doc, ctx)));
    doc.candidates.people = acceptPersonMatches(
      index.candidates(doc.text, doc.tokens),
      personContext(doc.text, doc.tokens, sentenceStarts, verbStarts, nameStarts),
    );
    const named = namedBodies(doc, ctx);
    // „der Ministerin für Digitale Strategie …“ names the ministry even where no minister is named.
    doc.candidates.document.push(...portfolioMentions(doc, named));
    doc.relations.push(...officeRelations(doc, doc.candidates.people, named));
  },
};
