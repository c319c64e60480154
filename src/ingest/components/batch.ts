/**
 * batch (last): the document's GraphBatch — every mentioned or related entity, mentions, and one
 * relation per (from, type, to) with the evidence of each sentence that states it.
 */
import { type EntityRecord, type RelationRecord, relationKey } from '../../graph/model.ts';
import { FUNCTION_WORDS } from '../../lang/de/words.ts';
import { clauseKey, type Doc } from '../doc.ts';
import { sentenceEvidence, sourceSpan } from '../evidence.ts';
import { foldKey } from '../fold.ts';
import { guessDate } from '../read.ts';
import type { Component } from './component.ts';

/**
 * Folded keys of the name-like words no chosen mention covers: what the document names but could
 * not tie to an entity, and a later document may explain. German capitalises its nouns, and a noun
 * can be a name another document defines („der sogenannte Mobilfunkpakt“), so every capitalised
 * word counts: proper nouns, acronyms („HLGV“), the surname after a role word („Staatssekretärin
 * Morgenroth“), a short form („Dorflinde“); besides, the tagger's names whole and its proper nouns in
 * any case („govdigital“). A word with a genitive ending also without it („Morgenroths“). A load
 * compares them with what the graph learns (src/load/settle.ts).
 */
export function unresolvedKeys(doc: Doc): string[] {
  const inMention = new Uint8Array(doc.text.length);
  for (const m of doc.bySentence.flat()) inMention.fill(1, m.start, m.end);
  const covered = (start: number, end: number) => inMention.subarray(start, end).includes(1);
  const keys = new Set<string>();
  const add = (start: number, end: number) => {
    if (covered(start, end)) return;
    const word = doc.text.slice(start, end);
    const key = foldKey(word);
    if (key.length < 2 || /^\d+$/.test(key) || FUNCTION_WORDS.has(key)) return;
    keys.add(key);
    const genitive = /\p{Ll}(e?s)$/u.exec(word)?.[1];
    if (genitive && key.length > genitive.length + 2) keys.add(key.slice(0, -genitive.length));
  };
  for (const t of doc.tokens) if (/^\p{Lu}/u.test(t.text)) add(t.start, t.end);
  // Hyphenated compounds whole as well: „Hessen-App“.
  for (const m of doc.text.matchAll(/\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+/gu))
    add(m.index, m.index + m[0].length);
  for (const sentence of doc.annotation?.sentences ?? []) {
    for (const e of sentence.entities) add(e.start, e.end);
    for (const t of sentence.tokens) if (t.pos === 'PROPN' || t.ner !== 'O') add(t.start, t.end);
  }
  return [...keys].sort();
}

export const batch: Component = {
  name: 'batch',
  requires: [
    'meta',
    'raw',
    'text',
    'title',
    'stated',
    'tokens',
    'sentences',
    'sections',
    'annotation',
    'bySentence',
    'registry',
    'mentions',
    'relations',
  ],
  assigns: ['batch', 'clauses'],
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
        unresolved: unresolvedKeys(doc),
      },
      sections: doc.sections,
      entities,
      mentions: doc.mentions,
      relations: [...relations.values()],
    };
  },
};
