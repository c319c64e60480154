/**
 * anaphora: „Diese Plattform …“ — a demonstrative and a head noun refer back to the last entity of
 * that type in the same paragraph; the reference becomes a mention the relation rules can use.
 */
import type { SentenceMention } from '../doc.ts';
import { typeFromHead } from '../heads.ts';
import type { Sentence } from '../sentences.ts';
import type { Component } from './component.ts';

const DEMONSTRATIVE = /^Diese[rsmn]?\s/u;

export const anaphora: Component = {
  name: 'anaphora',
  run(doc) {
    doc.sentences.forEach((s, si) => {
      if (!DEMONSTRATIVE.test(s.text)) return;
      const ms = doc.bySentence[si] as SentenceMention[];
      for (const w of s.text.matchAll(/[\p{Lu}][\p{L}\d-]*/gu)) {
        const start = s.start + w.index;
        const end = start + w[0].length;
        if (w.index === 0 || ms.some((m) => m.start <= start && m.end >= end)) continue;
        const type = typeFromHead(w[0]);
        if (!type) return;
        for (let k = si - 1; k >= 0 && (doc.sentences[k] as Sentence).paragraph === s.paragraph; k--) {
          const target = [...(doc.bySentence[k] ?? [])].reverse().find((m) => m.type === type && !m.modifier);
          if (target) {
            ms.push({ entityId: target.entityId, type, start, end, anaphor: true });
            ms.sort((a, b) => a.start - b.start);
            return;
          }
        }
        return;
      }
    });
  },
};
