/**
 * batch (last): the document's GraphBatch — every mentioned or related entity, mentions, and one
 * relation per (from, type, to) with the evidence of each sentence that states it.
 */
import { type EntityRecord, type RelationRecord, relationKey } from '../../graph/model.ts';
import { clauseKey } from '../doc.ts';
import { sentenceEvidence, sourceSpan } from '../evidence.ts';
import { guessDate } from '../read.ts';
import type { Component } from './component.ts';

export const batch: Component = {
  name: 'batch',
  run(doc) {
    const typeOf = (id: string) => doc.registry.record(id)?.type;
    const relations = new Map<string, RelationRecord>();
    for (const f of doc.relations) {
      const s = doc.sentences[f.sentence];
      if (!s || !typeOf(f.from) || !typeOf(f.to) || f.from === f.to) continue;
      const key = relationKey(f.from, f.type, f.to);
      const ev = sentenceEvidence(doc, s);
      const stated = clauseKey(f, ev.start);
      if (f.clause && !doc.clauses.has(stated))
        doc.clauses.set(stated, sourceSpan(doc, f.clause.start, f.clause.end));
      const seen = relations.get(key);
      if (!seen) {
        const { sentence: _s, clause: _c, ...record } = f;
        relations.set(key, { ...record, evidence: [ev] });
        continue;
      }
      seen.confidence = Math.max(seen.confidence, f.confidence);
      if (!seen.role && f.role) seen.role = f.role;
      if (!seen.evidence.some((e) => e.start === ev.start)) seen.evidence.push(ev);
    }
    const used = new Set(doc.mentions.map((m) => m.entityId));
    for (const r of relations.values()) used.add(r.from).add(r.to);
    const entities = [...used]
      .map((id) => doc.registry.record(id))
      .filter((e): e is EntityRecord => e !== undefined)
      .sort((a, b) => a.id.localeCompare(b.id));
    doc.batch = {
      document: {
        id: doc.meta.id,
        title: doc.title,
        publisher: doc.meta.publisher ?? doc.stated.publisher ?? null,
        date: doc.meta.date ?? doc.stated.date?.date ?? guessDate(doc.text, doc.meta.file),
        ...(!doc.meta.date && doc.stated.date ? { datePrecision: doc.stated.date.precision } : {}),
        file: doc.meta.file,
        sha256: doc.meta.sha256,
        text: doc.raw,
      },
      sections: doc.sections,
      entities,
      mentions: doc.mentions,
      relations: [...relations.values()],
    };
  },
};
