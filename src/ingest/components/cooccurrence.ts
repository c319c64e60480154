/**
 * co-occurrence (last): a weak CO_OCCURS_WITH link between entities of one sentence that nothing
 * else related; nothing more is claimed.
 */
import type { FoundRelation, SentenceMention } from '../doc.ts';
import type { Component } from './component.ts';

/** Weak links between entities named in the same sentence that no pattern related. */
export function coOccurrences(
  mentions: readonly (readonly SentenceMention[])[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const related = new Set(found.map((f) => `${f.sentence}|${[f.from, f.to].sort().join('|')}`));
  const out: FoundRelation[] = [];
  mentions.forEach((ms, si) => {
    const ids = [...new Set(ms.filter((m) => !m.modifier).map((m) => m.entityId))].sort();
    if (ids.length < 2 || ids.length > 5) return;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        if (related.has(`${si}|${a}|${b}`)) continue;
        out.push({
          from: a,
          type: 'CO_OCCURS_WITH',
          to: b,
          sentence: si,
          confidence: 0.2,
          method: 'co-occurrence',
        });
      }
    }
  });
  return out;
}

export const cooccurrence: Component = {
  name: 'cooccurrence',
  requires: ['bySentence', 'relations'],
  assigns: ['relations'],
  run(doc) {
    doc.relations.push(...coOccurrences(doc.bySentence, doc.relations));
  },
};
