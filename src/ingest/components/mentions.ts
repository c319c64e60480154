/**
 * mentions: of all candidate spans (cabinet table, catalog, graph, document names, people) the
 * leftmost-longest non-overlapping ones become mentions, each quoted from the source.
 */

import { quoteOf, sentenceEvidence, sourceSpan } from '../evidence.ts';
import { selectMatches } from '../matcher.ts';
import { sentenceAt } from '../sentences.ts';
import type { Component } from './component.ts';

export const mentions: Component = {
  name: 'mentions',
  requires: ['text', 'sentences', 'candidates', 'registry'],
  assigns: ['mentions', 'bySentence'],
  run(doc) {
    const c = doc.candidates;
    const chosen = selectMatches(c.explicit, c.catalog, c.known, c.document, c.people);
    // Parties named inside a coalition's name („Koalition aus CDU und SPD“) are mentioned too.
    const typeOf = (id: string) => doc.registry.record(id)?.type;
    const coalitions = chosen.filter((m) => typeOf(m.entityId) === 'GOVERNMENT');
    const nested = c.catalog.filter(
      (p) => typeOf(p.entityId) === 'PARTY' && coalitions.some((m) => m.start <= p.start && p.end <= m.end),
    );
    chosen.push(...nested);
    chosen.sort((a, b) => a.start - b.start);
    doc.bySentence = doc.sentences.map(() => []);
    for (const m of chosen) {
      const si = sentenceAt(doc.sentences, m.start);
      const type = doc.registry.record(m.entityId)?.type;
      const sentence = doc.sentences[si];
      if (!sentence || !type) continue;
      const surface = sourceSpan(doc, m.start, m.end);
      doc.mentions.push({
        ...sentenceEvidence(doc, sentence),
        entityId: m.entityId,
        surface: quoteOf(doc, surface.start, surface.end),
        surfaceStart: surface.start,
        surfaceEnd: surface.end,
      });
      const modifier = doc.text[m.end] === '-' && /\p{L}/u.test(doc.text[m.end + 1] ?? '');
      doc.bySentence[si]?.push({ entityId: m.entityId, type, start: m.start, end: m.end, modifier });
    }
  },
};
