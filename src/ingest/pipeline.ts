/**
 * read → normalise → sentences/pages/sections → catalog + definitions + cabinet table →
 * resolve → mentions → relations → GraphBatch. Pure apart from reading the file.
 */
import type { EntityRecord, Evidence, GraphBatch, MentionRecord, RelationRecord } from '../graph/model.ts';
import { relationKey } from '../graph/model.ts';
import { extractCabinet } from './cabinet.ts';
import type { Catalog } from './catalog.ts';
import { coOccurrences } from './cooccurrence.ts';
import { findDefinitions } from './definitions.ts';
import { typeFromHead } from './heads.ts';
import { type Match, MatchIndex, selectMatches, type Term, tokenize } from './matcher.ts';
import { normalise } from './normalise.ts';
import { assignPages, citesPage, findPageCitations } from './pages.ts';
import { acceptPersonMatches, personContext } from './people.ts';
import { type DocumentMeta, guessDate, guessTitle, readDocument } from './read.ts';
import { extractRelations, type Found, type SentenceMention } from './relations.ts';
import { EntityRegistry } from './resolve.ts';
import { findSections, sectionAt } from './sections.ts';
import { type Sentence, sentenceAt, splitSentences } from './sentences.ts';

export type IngestMeta = Pick<DocumentMeta, 'id' | 'file' | 'sha256'> &
  Partial<Pick<DocumentMeta, 'title' | 'publisher' | 'date'>>;

const catalogIndexes = new WeakMap<Catalog, MatchIndex>();

/** The catalog's match index, built once per loaded catalog. */
export function catalogIndex(catalog: Catalog): MatchIndex {
  let index = catalogIndexes.get(catalog);
  if (!index) {
    index = new MatchIndex(
      catalog.entries.flatMap((e) => [
        { entityId: e.id, label: e.name, kind: 'name' as const },
        ...e.aliases.map((a) => ({ entityId: e.id, label: a, kind: 'alias' as const })),
      ]),
    );
    catalogIndexes.set(catalog, index);
  }
  return index;
}

export async function ingestDocument(filePath: string, catalog: Catalog): Promise<GraphBatch> {
  const source = await readDocument(filePath);
  return ingestText(source.raw, source.meta, catalog);
}

export function ingestText(raw: string, meta: IngestMeta, catalog: Catalog): GraphBatch {
  const { text } = normalise(raw);
  const title = meta.title ?? guessTitle(text, meta.id);
  const sentences = splitSentences(text);
  const citations = findPageCitations(text);
  assignPages(sentences, citations);
  const sections = findSections(text, meta.id, title);
  const index = catalogIndex(catalog);
  const registry = new EntityRegistry(catalog, index);

  // Entities the text defines: cabinet table, then definitions.
  const cabinet = extractCabinet(text, index);
  const cabinetIds = new Map<string, string>();
  const explicit: Match[] = [];
  for (const e of cabinet.entities) {
    const id =
      e.catalogId ??
      registry.resolve({ ...e, origin: 'cabinet-table', ...(e.titles ? { titles: e.titles } : {}) });
    cabinetIds.set(e.key, id);
    for (const span of e.spans) {
      explicit.push({
        entityId: id,
        ...span,
        surface: text.slice(span.start, span.end),
        label: e.name,
        kind: 'name',
      });
    }
  }
  for (const d of findDefinitions(text, sentences, index)) {
    registry.resolve({ ...d, origin: 'definition' });
  }

  // One scan per index over one token list; people through the precision rules.
  const derived = registry.derivedRecords();
  const docTerms: Term[] = [];
  const personTerms: Term[] = [];
  for (const e of derived) {
    const labels: Term[] = [e.name, ...e.aliases].map((label) => ({ entityId: e.id, label, kind: 'name' }));
    if (e.type === 'PERSON') {
      personTerms.push(...labels);
      const surname = e.name.split(' ').at(-1);
      if (surname && surname !== e.name)
        personTerms.push({ entityId: e.id, label: surname, kind: 'surname' });
    } else docTerms.push(...labels);
  }
  const tokens = tokenize(text);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const catalogCandidates = index.candidates(text, tokens);
  const people = acceptPersonMatches(
    new MatchIndex(personTerms).candidates(text, tokens),
    personContext(text, tokens, sentenceStarts),
  );
  const matches = selectMatches(
    explicit,
    catalogCandidates,
    new MatchIndex(docTerms).candidates(text, tokens),
    people,
  );

  const evidence = (s: Sentence): Evidence => ({
    documentId: meta.id,
    sectionId: sectionAt(sections, s.start).id,
    quote: s.text,
    start: s.start,
    end: s.end,
    page: s.page,
  });
  const typeOf = (id: string) => registry.record(id)?.type;

  const mentions: MentionRecord[] = [];
  const bySentence: SentenceMention[][] = sentences.map(() => []);
  for (const m of matches) {
    const si = sentenceAt(sentences, m.start);
    const type = typeOf(m.entityId);
    if (si < 0 || !type) continue;
    const s = sentences[si] as Sentence;
    mentions.push({
      ...evidence(s),
      entityId: m.entityId,
      surface: m.surface,
      surfaceStart: m.start,
      surfaceEnd: m.end,
    });
    const modifier = text[m.end] === '-' && /\p{L}/u.test(text[m.end + 1] ?? '');
    bySentence[si]?.push({ entityId: m.entityId, type, start: m.start, end: m.end, modifier });
  }
  addAnaphors(text, sentences, bySentence);

  const adjectives = new Map<string, string>();
  for (const e of catalog.entries) for (const a of e.adjectives) adjectives.set(a.toLowerCase(), e.id);
  const isAgreement = /koalitionsvertrag/i.test(title) || /koalitionsvertrag/i.test(text.slice(0, 1500));
  const coalition = isAgreement
    ? (matches.find(
        (m) =>
          typeOf(m.entityId) === 'GOVERNMENT' && /koalition/i.test(registry.record(m.entityId)?.name ?? ''),
      )?.entityId ?? null)
    : null;
  const relationInput = {
    text,
    sentences,
    mentions: bySentence,
    adjectives,
    pledgeTarget: coalition,
    citesOwnPage: (s: Sentence) => citesPage(s, citations),
  };
  const found: Found[] = extractRelations(relationInput);
  // Parties named inside a coalition's name: "Koalition aus CDU und SPD".
  for (const m of matches) {
    if (m.entityId !== coalition) continue;
    for (const c of catalogCandidates) {
      if (c.start >= m.start && c.end <= m.end && typeOf(c.entityId) === 'PARTY') {
        const s = sentences[sentenceAt(sentences, c.start)];
        if (s)
          mentions.push({
            ...evidence(s),
            entityId: c.entityId,
            surface: c.surface,
            surfaceStart: c.start,
            surfaceEnd: c.end,
          });
        found.push({
          from: c.entityId,
          type: 'PART_OF',
          to: m.entityId,
          sentence: sentenceAt(sentences, m.start),
          confidence: 0.9,
          method: 'pattern',
        });
      }
    }
  }
  found.push(...coOccurrences(relationInput, found));
  for (const r of cabinet.relations) {
    found.push({
      from: cabinetIds.get(r.from) as string,
      type: r.type,
      to: cabinetIds.get(r.to) as string,
      sentence: sentenceAt(sentences, r.start),
      confidence: 0.95,
      method: 'cabinet-table',
    });
  }

  const relations = new Map<string, RelationRecord>();
  for (const f of found) {
    const s = sentences[f.sentence];
    if (!s || !typeOf(f.from) || !typeOf(f.to)) continue;
    const key = relationKey(f.from, f.type, f.to);
    const ev = evidence(s);
    const seen = relations.get(key);
    if (!seen)
      relations.set(key, {
        from: f.from,
        to: f.to,
        type: f.type,
        confidence: f.confidence,
        method: f.method,
        evidence: [ev],
      });
    else {
      seen.confidence = Math.max(seen.confidence, f.confidence);
      if (!seen.evidence.some((e) => e.start === ev.start)) seen.evidence.push(ev);
    }
  }

  const used = new Set<string>([...mentions.map((m) => m.entityId)]);
  for (const r of relations.values()) used.add(r.from).add(r.to);
  const entities = [...used]
    .map((id) => registry.record(id))
    .filter((e): e is EntityRecord => e !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));

  return {
    document: {
      id: meta.id,
      title,
      publisher: meta.publisher ?? null,
      date: meta.date ?? guessDate(text, meta.file),
      file: meta.file,
      sha256: meta.sha256,
      text,
    },
    sections,
    entities,
    mentions,
    relations: [...relations.values()],
  };
}

/**
 * "Diese vom Wirtschaftsministerium entwickelte OZG-Leistung …": a demonstrative and a head
 * noun refer back to the last entity of that type in the same paragraph.
 */
function addAnaphors(text: string, sentences: readonly Sentence[], bySentence: SentenceMention[][]): void {
  sentences.forEach((s, si) => {
    if (!/^Diese[rsmn]?\s/u.test(s.text)) return;
    const ms = bySentence[si] as SentenceMention[];
    for (const w of s.text.matchAll(/[\p{Lu}][\p{L}\d-]*/gu)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      if (w.index === 0 || ms.some((m) => m.start <= start && m.end >= end)) continue;
      const type = typeFromHead(w[0]);
      if (!type) return;
      for (let k = si - 1; k >= 0 && (sentences[k] as Sentence).paragraph === s.paragraph; k--) {
        const target = [...(bySentence[k] as SentenceMention[])]
          .reverse()
          .find((m) => m.type === type && !m.modifier);
        if (target) {
          ms.push({ entityId: target.entityId, type, start, end });
          ms.sort((a, b) => a.start - b.start);
          return;
        }
      }
      return;
    }
    void text;
  });
}
