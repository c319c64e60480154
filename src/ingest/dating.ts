/**
 * Dates for the facts of one document: a relation takes the dates stated in its own clause
 * („seit Januar 2024“, „von 2014 bis 2022“, „am 18. Januar 2024 vereidigt“), never a
 * neighbouring clause's; the tense of that clause bounds it by the document's date; cabinet
 * members serve from the date the text gives for the cabinet; entities get founded/dissolved
 * from „gegründet“ / „aufgelöst“ sentences.
 */
import { atPrecision } from '../graph/calendar.ts';
import type {
  EntityRecord,
  Evidence,
  GraphBatch,
  MentionRecord,
  RelationRecord,
  StatedDate,
} from '../graph/model.ts';
import { type DateSpan, findDates } from '../lang/de/dates.ts';
import { endCue, FOUNDING, isPastOnly, isPresent, OFFICE_START, splitClauses } from '../lang/de/tense.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where a relation is stated; a pipeline that knows the clause passes it, else the evidence is split. */
export type ClauseOf = (relation: RelationRecord, evidence: Evidence) => Span | null;

function evidenceAt(text: string, documentId: string, base: Evidence, span: Span): Evidence {
  return { ...base, documentId, quote: text.slice(span.start, span.end), start: span.start, end: span.end };
}

/**
 * The fewest consecutive clauses of the evidence that name both ends of the relation: with the
 * ministry named in two clauses, the clause that also names this minister.
 */
function clauseByMentions(batch: GraphBatch, relation: RelationRecord, ev: Evidence): Span {
  const clauses = splitClauses(batch.document.text, ev);
  const at = (m: MentionRecord) => {
    const pos = m.surfaceStart ?? m.start;
    return clauses.findIndex((c) => c.start <= pos && pos < c.end);
  };
  const inside = batch.mentions.filter(
    (m) => (m.surfaceStart ?? m.start) >= ev.start && (m.surfaceEnd ?? m.end) <= ev.end,
  );
  const froms = inside
    .filter((m) => m.entityId === relation.from)
    .map(at)
    .filter((i) => i >= 0);
  const tos = inside
    .filter((m) => m.entityId === relation.to)
    .map(at)
    .filter((i) => i >= 0);
  let best: [number, number] | null = null;
  for (const f of froms.length > 0 ? froms : tos)
    for (const t of tos.length > 0 ? tos : froms) {
      const lo = Math.min(f, t);
      const hi = Math.max(f, t);
      if (!best || hi - lo < best[1] - best[0]) best = [lo, hi];
    }
  if (!best) return ev;
  return { start: (clauses[best[0]] as Span).start, end: (clauses[best[1]] as Span).end };
}

/** Text read before a span so that „damals“ or „im selben Monat“ find the date they refer to. */
const LOOKBACK = 400;

/**
 * Running headers and footers („Jahresbericht 2023 | 13“) repeat on every page and can land inside
 * a sentence split by a page break; their years date nothing.
 */
let furnitureOf: { text: string; lines: Set<string> } | null = null;
function pageFurniture(text: string): Set<string> {
  if (furnitureOf?.text !== text) {
    const seen = new Map<string, number>();
    for (const line of text.split('\n')) {
      const key = line.replace(/\d+\s*$/u, '').trim();
      if (key.length > 0 && key.length < 80) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    furnitureOf = { text, lines: new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k)) };
  }
  return furnitureOf.lines;
}

function onFurniture(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  return pageFurniture(text).has(line.replace(/\d+\s*$/u, '').trim());
}

/** The date expressions inside `span` (offsets into `text`). */
function datesIn(text: string, span: Span): DateSpan[] {
  const from = Math.max(0, span.start - LOOKBACK);
  return findDates(text.slice(from, span.end))
    .map((d) => ({ ...d, start: d.start + from, end: d.end + from }))
    .filter((d) => d.start >= span.start && !onFurniture(text, d.start));
}

function setFrom(r: RelationRecord, date: string, precision: DateSpan['precision'], ev: Evidence): void {
  r.validFrom = atPrecision(date, precision);
  r.validFromPrecision = precision;
  r.validFromEvidence = ev;
}

function setTo(r: RelationRecord, date: string, precision: DateSpan['precision'], ev: Evidence): void {
  r.validTo = atPrecision(date, precision);
  r.validToPrecision = precision;
  r.validToEvidence = ev;
}

/** Dates of one relation from one clause; returns whether the clause dated it. */
function dateFromClause(batch: GraphBatch, r: RelationRecord, clause: Span, base: Evidence): boolean {
  const text = batch.document.text;
  const dates = datesIn(text, clause);
  if (dates.length === 0) return false;
  const ev = evidenceAt(text, batch.document.id, base, clause);
  const clauseText = ev.quote;
  // Stated bounds first („seit“, „bis“, „von … bis“); a bare date only where they leave a gap.
  for (const d of dates) {
    if (d.kind === 'range') {
      r.validFrom ?? setFrom(r, d.date, d.precision, ev);
      if (d.until) r.validTo ?? setTo(r, d.until.date, d.until.precision, ev);
    } else if (d.kind === 'from') r.validFrom ?? setFrom(r, d.date, d.precision, ev);
    else if (d.kind === 'to') r.validTo ?? setTo(r, d.date, d.precision, ev);
  }
  const point = dates.find((d) => d.kind === 'point');
  if (point && !r.validFrom && !r.validTo) {
    // „endete am …“ closes the fact; otherwise a date is when it came about („im September 2018 geschlossen“).
    if (endCue(clauseText)) setTo(r, point.date, point.precision, ev);
    else setFrom(r, point.date, point.precision, ev);
  }
  return true;
}

/** A present-tense fact held on the document's date; a past-only one had ended by then. */
function tenseBounds(r: RelationRecord, clauseText: string, documentDate: string | null): void {
  if (!documentDate) return;
  if (isPastOnly(clauseText) && !r.validTo) r.endedBy = documentDate;
  else if (isPresent(clauseText)) r.heldOn = documentDate;
}

/**
 * Cabinet tables: the date in the sentences right before the table (swearing-in, election) is
 * when its members took office; the coalition it follows ends that day.
 */
function dateCabinet(batch: GraphBatch, relations: RelationRecord[]): void {
  const rows = relations.filter((r) => r.method === 'cabinet-table' && r.type !== 'MEMBER_OF');
  const first = Math.min(...rows.flatMap((r) => r.evidence.map((e) => e.start)));
  if (!Number.isFinite(first)) return;
  const text = batch.document.text;
  const lead = { start: Math.max(0, first - 600), end: first };
  const start = datesIn(text, lead)
    .filter((d) => d.precision === 'DAY' && d.kind !== 'to')
    .filter((d) => OFFICE_START.test(sentenceAround(text, d)))
    .at(-1);
  if (!start) return;
  const sentence = sentenceSpan(text, start);
  const base = rows[0]?.evidence[0] as Evidence;
  const ev = evidenceAt(text, batch.document.id, base, sentence);
  for (const r of rows) r.validFrom ?? setFrom(r, start.date, start.precision, ev);
  for (const f of relations.filter((r) => r.type === 'FOLLOWS' && isGovernment(batch, r.to))) {
    f.validFrom ?? setFrom(f, start.date, start.precision, ev);
    for (const r of relations.filter((x) => x.to === f.to && x.type !== 'FOLLOWS'))
      r.validTo ?? setTo(r, start.date, start.precision, ev);
    const predecessor = batch.entities.find((e) => e.id === f.to);
    if (predecessor && !predecessor.dissolved)
      predecessor.dissolved = {
        date: atPrecision(start.date, start.precision),
        precision: start.precision,
        evidence: ev,
      };
  }
}

function isGovernment(batch: GraphBatch, id: string): boolean {
  return batch.entities.some((e) => e.id === id && e.type === 'GOVERNMENT');
}

function sentenceSpan(text: string, at: Span): Span {
  const before = text.slice(0, at.start);
  const start = Math.max(before.search(/[.!?]\s+[^.!?]*$/u) + 1, before.lastIndexOf('\n') + 1, 0);
  const rest = text.slice(at.end).search(/[.!?](?:\s|$)|\n/u);
  const end = rest < 0 ? text.length : at.end + rest + 1;
  const s = { start, end: Math.min(end, text.length) };
  while (/\s/u.test(text[s.start] ?? '')) s.start++;
  return s;
}

function sentenceAround(text: string, at: Span): string {
  const s = sentenceSpan(text, at);
  return text.slice(s.start, s.end);
}

/** „gegründet“ / „aufgelöst“: the organisation named in that sentence gets the date. */
function foundingDates(batch: GraphBatch): void {
  const text = batch.document.text;
  const bySentence = new Map<number, MentionRecord[]>();
  for (const m of batch.mentions) bySentence.set(m.start, [...(bySentence.get(m.start) ?? []), m]);
  const entities = new Map(batch.entities.map((e) => [e.id, e]));
  for (const mentions of bySentence.values()) {
    const { start, end } = mentions[0] as MentionRecord;
    const sentence = text.slice(start, end);
    const verb = FOUNDING.exec(sentence);
    if (!verb) continue;
    const date = findDates(sentence).find((d) => d.kind === 'point' || d.kind === 'from');
    if (!date) continue;
    const dissolving = /auflös|aufgelöst/iu.test(verb[0]);
    const orgs = mentions
      .map((m) => ({ m, e: entities.get(m.entityId) }))
      .filter((x): x is { m: MentionRecord; e: EntityRecord } =>
        Boolean(x.e && !['PERSON', 'PLACE', 'PARTY'].includes(x.e.type)),
      )
      .sort((a, b) => (a.m.surfaceStart ?? 0) - (b.m.surfaceStart ?? 0));
    // „aus dem aufgelösten X“: the participle names the dissolved one right after it.
    const target = dissolving
      ? (orgs.find((o) => (o.m.surfaceStart ?? 0) - start > (verb.index ?? 0)) ?? orgs[0])
      : orgs[0];
    if (!target) continue;
    const { documentId, sectionId, page } = target.m;
    const stated: StatedDate = {
      date: atPrecision(date.date, date.precision),
      precision: date.precision,
      evidence: { documentId, sectionId, page, quote: sentence, start, end },
    };
    if (dissolving) target.e.dissolved ??= stated;
    else target.e.founded ??= stated;
  }
}

const OFFICE_TYPES = new Set(['HOLDS_OFFICE', 'HEADS', 'CHAIRS', 'LEADS', 'SERVES_IN']);

const TAKING_OFFICE = /\bim\s+Amt\b|\bAmtsantritt\b|\bAmt\s+an\b/u;

/**
 * „Womelsdorf ist seit dem 1. Juli 2022 im Amt“: a sentence about one person's taking office dates
 * that person's offices in the document that no clause of their own dates. The person is the one
 * named before the office words, by a mention or by the surname of a person the document names.
 */
function officeSentences(batch: GraphBatch, relations: RelationRecord[]): void {
  const text = batch.document.text;
  const surnames = batch.entities
    .filter((e) => e.type === 'PERSON')
    .map((e) => ({ id: e.id, pattern: new RegExp(`(?<![\\p{L}-])${surnameOf(e.name)}(?![\\p{L}-])`, 'u') }));
  const sentences = new Map(batch.mentions.map((m) => [m.start, m]));
  for (const sentence of sentences.values()) {
    // Up to the words about the office: a clause after it („…, die bis 2022 …“) is about someone else.
    const office = TAKING_OFFICE.exec(text.slice(sentence.start, sentence.end));
    if (!office) continue;
    const span = { start: sentence.start, end: sentence.start + office.index + office[0].length };
    const before = text.slice(span.start, span.end);
    if (endCue(before)) continue;
    const date = datesIn(text, span).find((d) => d.kind === 'from' || d.kind === 'point');
    const named = surnames.filter((p) => p.pattern.test(before));
    if (!date || named.length !== 1) continue;
    const ev = evidenceAt(text, batch.document.id, sentence, sentence);
    for (const r of relations)
      if (r.from === named[0]?.id && OFFICE_TYPES.has(r.type) && !r.validFrom)
        setFrom(r, date.date, date.precision, ev);
  }
}

/** The last word of a person's name, safe inside a pattern. */
function surnameOf(name: string): string {
  return (name.split(/\s+/).at(-1) ?? name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The batch with every relation and entity dated where its text says so. */
export function dateBatch(batch: GraphBatch, clauseOf?: ClauseOf): GraphBatch {
  const text = batch.document.text;
  const documentDate = batch.document.date ? batch.document.date : null;
  const relations = batch.relations.map((r) => ({ ...r }));
  for (const r of relations) {
    if (r.method === 'co-occurrence' || r.type === 'CO_OCCURS_WITH') continue;
    for (const ev of r.evidence) {
      const clause = clauseOf?.(r, ev) ?? clauseByMentions(batch, r, ev);
      dateFromClause(batch, r, clause, ev);
      tenseBounds(r, text.slice(clause.start, clause.end), documentDate);
    }
  }
  const dated: GraphBatch = { ...batch, relations, entities: batch.entities.map((e) => ({ ...e })) };
  dateCabinet(dated, relations);
  officeSentences(dated, relations);
  foundingDates(dated);
  return dated;
}
