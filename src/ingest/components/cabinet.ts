/** cabinet: a cabinet table ("Office⇥Name (Party)") gives people, parties, ministries and their links. */
import { extractCabinet } from '../cabinet.ts';
import { sentenceAt } from '../sentences.ts';
import type { Component } from './component.ts';

export const cabinet: Component = {
  name: 'cabinet',
  requires: ['text', 'sentences', 'candidates', 'registry'],
  assigns: ['candidates', 'relations', 'registry'],
  run(doc, ctx) {
    const table = extractCabinet(doc.text, ctx.catalogIndex);
    const ids = new Map<string, string>();
    for (const e of table.entities) {
      const id =
        e.catalogId ??
        doc.registry.resolve({
          ...e,
          origin: 'cabinet-table',
          ...(e.titles ? { titles: e.titles } : {}),
        });
      ids.set(e.key, id);
      for (const span of e.spans) {
        doc.candidates.explicit.push({
          entityId: id,
          ...span,
          surface: doc.text.slice(span.start, span.end),
          label: e.name,
          kind: 'name',
        });
      }
    }
    for (const r of table.relations) {
      doc.relations.push({
        from: ids.get(r.from) as string,
        type: r.type,
        to: ids.get(r.to) as string,
        sentence: sentenceAt(doc.sentences, r.start),
        confidence: 0.95,
        method: 'cabinet-table',
      });
    }
  },
};
