/**
 * anaphora: words that refer back — „Diese Plattform …“, „der Hub“, „die Behörde“, „sie“, „ihm“,
 * „mein Haus“ — become mentions of the entity they stand for, so the relation rules can use them.
 */

import type { EntityType } from '../../graph/model.ts';
import {
  GENERIC_REFERENCES,
  MASCULINE_OBJECT_PRONOUNS,
  OWN_HOUSE,
  PRONOUN_GENDER,
  SPEAKER_LINE,
} from '../../lang/de/references.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { foldCase } from '../fold.ts';
import { genderOfName, typeFromHead } from '../heads.ts';
import type { Sentence } from '../sentences.ts';
import type { Component } from './component.ts';

const DEMONSTRATIVE = /^Diese[rsmn]?\s/u;

/** A reference back becomes a mention of what it stands for, kept in text order. */
function refer(ms: SentenceMention[], entityId: string, type: EntityType, start: number, end: number): void {
  ms.push({ entityId, type, start, end, anaphor: true });
  ms.sort((a, b) => a.start - b.start);
}

/** Whether sentence `si` follows one of its own paragraph. */
function continuesParagraph(doc: Doc, si: number): boolean {
  return si > 0 && doc.sentences[si]?.paragraph === doc.sentences[si - 1]?.paragraph;
}

/** A noun without its plural or genitive ending, folded: „Präsidiums“ → "praesidium". */
function stemOf(noun: string): string {
  return foldCase(noun).replace(/(?:e?s|n)$/, '');
}

/** „der Hub“, „das Präsidium“, „die Zentrale“: a definite article and a bare head noun. */
const DEFINITE =
  /(?<![\p{L}-])(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des|im|am|beim|vom|zum|zur)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/**
 * A definite bare head noun refers back to the nearest entity before it whose own name contains
 * that noun („der Hub“ → INNOVATION HUB 110, „das Präsidium“ → Hessisches Polizeipräsidium für
 * Technik), or that it introduced („die Förderinitiative „X““); a generic noun („die Behörde“) to
 * the entity of its type the paragraph is about. The noun must be a typed head, so „das Land“ or
 * „die Vereinbarung“ stay words.
 */
function definiteReferences(doc: Doc): void {
  doc.sentences.forEach((s, si) => {
    const ms = doc.bySentence[si] as SentenceMention[];
    for (const w of s.text.matchAll(DEFINITE)) {
      const noun = w[1] as string;
      const start = s.start + (w.index ?? 0) + w[0].length - noun.length;
      const end = start + noun.length;
      const type = typeFromHead(noun);
      if (!type || ms.some((m) => m.start < end && start < m.end)) continue;
      // „die Stadt Fulda“, „die Plattform „X““: the noun describes the name after it, it refers to nothing.
      if (ms.some((m) => m.start >= end && m.start <= end + 2)) continue;
      const stem = stemOf(noun);
      const target = earlierNamed(doc, si, start, (m) => {
        if (m.type !== type || m.anaphor) return false;
        const record = doc.registry.record(m.entityId);
        const names = record ? [record.name, ...record.aliases] : [];
        const named = names.some((n) => n.split(/\s+/).length > 1 && foldCase(n).includes(stem));
        return named || introducedAs(doc, m, stem);
      });
      const reference =
        target ?? (GENERIC_REFERENCES.has(foldCase(noun)) ? salient(doc, si, start, type) : undefined);
      if (!reference) continue;
      refer(ms, reference.entityId, reference.type, start, end);
    }
  });
}

/**
 * „die Behörde“: of the entities of that type named earlier in the paragraph, the one the document
 * names most often — what the text is about — and of those the nearest. (Looking beyond the
 * paragraph, or letting „die Anstalt“ stand for any kind of body, found more wrong referents than
 * right ones on the development corpus.)
 */
function salient(doc: Doc, sentence: number, offset: number, type: EntityType): SentenceMention | undefined {
  const paragraph = doc.sentences[sentence]?.paragraph;
  const counts = new Map<string, number>();
  for (const m of doc.bySentence.flat()) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let best: SentenceMention | undefined;
  for (let k = sentence; k >= 0 && doc.sentences[k]?.paragraph === paragraph; k--) {
    for (const m of doc.bySentence[k] ?? []) {
      if (m.type !== type || m.modifier || m.end > offset) continue;
      if (!best || (counts.get(m.entityId) ?? 0) > (counts.get(best.entityId) ?? 0)) best = m;
    }
  }
  return best;
}

/** „die Förderinitiative „OZG-Modellkommunen““: the noun that introduced a name stands for it later. */
function introducedAs(doc: Doc, m: SentenceMention, stem: string): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  const word = /(\p{L}+)[\s„“"»«'‚‘]*$/u.exec(before)?.[1];
  return word !== undefined && stemOf(word) === stem;
}

/**
 * „Seit 2019 fördert mein Haus …“ in a speech: the ministry named in the line of the speaker whose
 * turn it is. A speaker's line without a ministry, or text before any speaker, refers to none.
 */
function ownHouse(doc: Doc): void {
  let ministry: SentenceMention | undefined;
  doc.sentences.forEach((s, si) => {
    const ms = doc.bySentence[si] as SentenceMention[];
    if (SPEAKER_LINE.test(s.text) && ms.some((m) => m.type === 'PERSON')) {
      ministry = ms.find((m) => m.type === 'MINISTRY');
      return;
    }
    if (!ministry) return;
    for (const w of s.text.matchAll(OWN_HOUSE)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      if (ms.some((m) => m.start < end && start < m.end)) continue;
      refer(ms, ministry.entityId, 'MINISTRY', start, end);
    }
  });
}

/** The nearest mention before `offset` (this sentence first, then the ones before) that passes `test`. */
function earlierNamed(
  doc: Doc,
  sentence: number,
  offset: number,
  test: (m: SentenceMention) => boolean,
): SentenceMention | undefined {
  for (let k = sentence; k >= 0; k--) {
    const found = [...(doc.bySentence[k] ?? [])].reverse().find((m) => m.end <= offset && test(m));
    if (found) return found;
  }
  return undefined;
}

/**
 * „Die HZD wurde 1970 gegründet. Sie …“: a personal pronoun as subject continues the subject of
 * the sentence before, when the genders agree (a person fits „er“ and „sie“; a body by its head
 * noun). No antecedent further back is guessed.
 */
function subjectPronouns(doc: Doc): void {
  doc.parses.forEach((s, si) => {
    const previous = doc.parses[si - 1];
    if (!previous || !continuesParagraph(doc, si)) return;
    const before = doc.bySentence[si - 1] ?? [];
    const subject = previous.tokens
      .filter((t) => t.dep.startsWith('nsubj'))
      .map((t) => before.find((m) => m.start <= t.start && t.end <= m.end && !m.modifier))
      .find((m) => m !== undefined);
    if (!subject) return;
    const record = doc.registry.record(subject.entityId);
    const ms = doc.bySentence[si] as SentenceMention[];
    for (const t of s.tokens) {
      const gender = PRONOUN_GENDER[t.key];
      if (!gender || t.pos !== 'PRON' || !t.dep.startsWith('nsubj') || !record) continue;
      const fits = record.type === 'PERSON' ? gender !== 'n' : genderOfName(record.name) === gender;
      if (!fits || ms.some((m) => m.start <= t.start && t.end <= m.end)) continue;
      refer(ms, subject.entityId, subject.type, t.start, t.end);
    }
  });
}

/**
 * „Geführt wurde sie von Frank Werner. Ihm folgte …“: an object pronoun „ihm“/„ihn“ stands for the
 * person the sentence before names, when it names exactly one (a person's gender is not known, so
 * a second name there leaves the pronoun open).
 */
function objectPronouns(doc: Doc): void {
  doc.parses.forEach((s, si) => {
    if (si === 0 || !continuesParagraph(doc, si)) return;
    const people = new Set(
      (doc.bySentence[si - 1] ?? []).filter((m) => m.type === 'PERSON').map((m) => m.entityId),
    );
    if (people.size !== 1) return;
    const [person] = people as Set<string>;
    const ms = doc.bySentence[si] as SentenceMention[];
    for (const t of s.tokens) {
      if (t.pos !== 'PRON' || !MASCULINE_OBJECT_PRONOUNS.test(t.key) || !person) continue;
      if (ms.some((m) => m.start <= t.start && t.end <= m.end)) continue;
      refer(ms, person, 'PERSON', t.start, t.end);
    }
  });
}

export const anaphora: Component = {
  name: 'anaphora',
  run(doc) {
    definiteReferences(doc);
    subjectPronouns(doc);
    objectPronouns(doc);
    ownHouse(doc);
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
            refer(ms, target.entityId, type, start, end);
            return;
          }
        }
        return;
      }
    });
  },
};
