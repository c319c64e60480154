/**
 * A dependency view of one sentence: the NLP tokens that fall inside it, with heads and children
 * indexed, so rules can ask "the subject of this verb" or "the span this clause covers".
 * Arcs that leave the sentence (the tagger split it differently) are cut: such a token becomes a root.
 */
import type { Annotation } from '../nlp/annotation.ts';
import { foldCase } from './fold.ts';
import { repairParse } from './parse-repairs.ts';
import type { ParsedSentence, ParsedToken } from './parse-tree.ts';

export * from './parse-tree.ts';

/** Tokens of every sentence, from whichever NLP sentences overlap it. */
export function parseSentences(
  annotation: Annotation,
  sentences: readonly { start: number; end: number }[],
): ParsedSentence[] {
  const all = annotation.sentences.flatMap((s) =>
    s.tokens.map((t) => ({ token: t, self: t, head: t.head < 0 ? undefined : s.tokens[t.head] })),
  );
  let cursor = 0;
  return sentences.map((s) => {
    while (cursor < all.length && (all[cursor]?.token.start ?? 0) < s.start) cursor++;
    const inside: typeof all = [];
    for (let k = cursor; k < all.length && (all[k]?.token.start ?? 0) < s.end; k++)
      inside.push(all[k] as (typeof all)[number]);
    const index = new Map(inside.map((x, i) => [x.self, i]));
    // Fields named one by one: spreading the parsed JSON objects is many times slower.
    const tokens: ParsedToken[] = inside.map(({ token: t, head }, i) => ({
      word: t.word,
      start: t.start,
      end: t.end,
      pos: t.pos,
      ner: t.ner,
      head: head === undefined ? -1 : (index.get(head) ?? -1),
      dep: t.dep,
      lemma: t.lemma,
      feats: t.feats,
      i,
      key: foldCase(t.word),
      lemmaKey: foldCase(t.lemma),
      lemmaKeys: (t.lemmas ?? [t.lemma]).map(foldCase),
      children: [],
      extra: [],
    }));
    for (const t of tokens) if (t.head >= 0) tokens[t.head]?.children.push(t.i);
    const sentence = { tokens };
    repairParse(sentence);
    return sentence;
  });
}
