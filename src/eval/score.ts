/**
 * Scores one extracted document (a GraphBatch) against its gold annotation: entities, relations,
 * and the checks of checks.ts. Pure: the caller supplies the batch and the raw file text.
 */
import type { EntityRecord, GraphBatch, RelationRecord } from '../graph/model.ts';
import { type Alignment, alignEntities, nameKey } from './align.ts';
import {
  checkDates,
  checkDocumentDate,
  checkPages,
  checkQuotes,
  checkTraps,
  type DateCheck,
  type QuoteCheck,
  type TrapCheck,
} from './checks.ts';
import { type Counts, emptyCounts, emptyShare, type Share } from './counts.ts';
import type { GoldDocument, GoldRelation } from './gold.ts';

/** Relations that claim nothing specific (co-occurrence) or something of another kind (pledges). */
export const UNSCORED_RELATION_TYPES: ReadonlySet<string> = new Set(['CO_OCCURS_WITH', 'PLEDGED_IN']);
/** Stored one way, meant both ways (schema/ontology.md). */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<string> = new Set(['COOPERATES_WITH']);

export interface Finding {
  kind: 'FN' | 'FP';
  what: 'entity' | 'relation';
  text: string;
}

export interface DocumentScore {
  document: string;
  entities: Counts;
  /** Recall of the entities the seeds do not know (`new: true`). */
  newEntities: Share;
  /** Recall of new PERSON entities: newly named people. */
  newPeople: Share;
  relations: Counts;
  /** Gold relations whose two ends are related by any scored extracted relation, either way. */
  anyTypeRelations: Share;
  /**
   * Why gold relations were missed: an end not found as an entity, both ends found but never in one
   * sentence (no co-occurrence), or found together with no claim between them. Counts only, so it
   * may be printed for the frozen corpus too.
   */
  missCauses: MissCauses;
  /** Why claims were false, counts only as above. */
  wrongClaims: WrongClaims;
  /** Recall per gold entity type, and why extracted entities were wrong: counts only, as above. */
  entitiesByType: Record<string, Share>;
  wrongEntities: WrongEntities;
  /** Recall per gold relation type, to see which constructions are missed. */
  relationsByType: Record<string, Share>;
  /** Gold relation types the model does not know yet (they can only be missed). */
  unknownTypes: string[];
  traps: TrapCheck;
  quotes: QuoteCheck;
  dates: DateCheck;
  documentDate: { gold: string | null; extracted: string | null; correct: boolean } | null;
  pages: Counts | null;
  findings: Finding[];
}

export interface MissCauses {
  endMissing: number;
  apart: number;
  together: number;
}

export interface WrongClaims {
  /** Between two gold entities the gold relates, with another type or the other way round. */
  wrongType: number;
  /** Between two gold entities the gold does not relate. */
  unrelated: number;
  /** With an end that is no gold entity (an entity missed, cut or typed otherwise). */
  endWrong: number;
}

export const emptyWrongClaims = (): WrongClaims => ({ wrongType: 0, unrelated: 0, endWrong: 0 });

export interface WrongEntities {
  /** Its labels meet a gold entity's, but the type differs. */
  wrongType: number;
  /** A second node for a gold entity found already. */
  duplicate: number;
  /** Meets no gold entity at all (a wrong span, or no entity). */
  unknown: number;
  /** Of those, how many share a word with a missed gold entity: a name cut or extended wrongly. */
  nearMiss: number;
}

export const emptyWrongEntities = (): WrongEntities => ({
  wrongType: 0,
  duplicate: 0,
  unknown: 0,
  nearMiss: 0,
});

/** Words of a name that say something (four letters and more), folded. */
const nameWords = (name: string) =>
  nameKey(name)
    .split(/[\s-]+/)
    .filter((w) => w.length >= 4);

export const emptyMissCauses = (): MissCauses => ({ endMissing: 0, apart: 0, together: 0 });

const relationKey = (from: string, type: string, to: string) =>
  SYMMETRIC_RELATION_TYPES.has(type) && to < from ? `${to}|${type}|${from}` : `${from}|${type}|${to}`;
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Key of an extracted relation in gold names, or null when an end is no gold entity. */
export function alignedRelationKey(r: Pick<RelationRecord, 'from' | 'type' | 'to'>, alignment: Alignment) {
  const from = alignment.goldOf.get(r.from);
  const to = alignment.goldOf.get(r.to);
  return from && to ? relationKey(from, r.type, to) : null;
}

function scoreEntities(gold: GoldDocument, batch: GraphBatch, alignment: Alignment) {
  const counts = emptyCounts();
  const findings: Finding[] = [];
  const byId = new Map(batch.entities.map((e) => [e.id, e]));
  const mentioned = [...new Set(batch.mentions.map((m) => m.entityId))]
    .map((id) => byId.get(id))
    .filter((e): e is EntityRecord => e !== undefined);
  const found = new Set<string>();
  const wrong = emptyWrongEntities();
  for (const e of mentioned) {
    const g = alignment.goldOf.get(e.id);
    if (g && !found.has(g)) {
      found.add(g);
      counts.tp++;
      continue;
    }
    counts.fp++;
    const mismatch = alignment.typeMismatch.get(e.id);
    if (g) wrong.duplicate++;
    else if (mismatch) wrong.wrongType++;
    else wrong.unknown++;
    const why = g
      ? ` (a second node for ${g})`
      : mismatch
        ? ` (gold: ${mismatch.gold.type} ${mismatch.gold.name})`
        : '';
    findings.push({ kind: 'FP', what: 'entity', text: `${e.type} ${e.name} [${e.id}]${why}` });
  }
  const newEntities = emptyShare();
  const newPeople = emptyShare();
  const byType: Record<string, Share> = {};
  for (const g of gold.entities) {
    const hit = found.has(g.name);
    const share = byType[g.type] ?? emptyShare();
    byType[g.type] = share;
    share.total++;
    if (hit) share.found++;
    if (!hit) {
      counts.fn++;
      findings.push({ kind: 'FN', what: 'entity', text: `${g.type} ${g.name}${g.new ? ' (new)' : ''}` });
    }
    if (g.new) {
      newEntities.total++;
      if (hit) newEntities.found++;
      if (g.type === 'PERSON') {
        newPeople.total++;
        if (hit) newPeople.found++;
      }
    }
  }
  const missedWords = new Set(
    gold.entities.filter((g) => !found.has(g.name)).flatMap((g) => [g.name, ...g.aliases].flatMap(nameWords)),
  );
  for (const e of mentioned)
    if (
      !alignment.goldOf.has(e.id) &&
      !alignment.typeMismatch.has(e.id) &&
      nameWords(e.name).some((w) => missedWords.has(w))
    )
      wrong.nearMiss++;
  return { counts, newEntities, newPeople, byType, wrong, findings };
}

function missCause(
  r: GoldRelation,
  found: ReadonlySet<string>,
  together: ReadonlySet<string>,
): keyof MissCauses {
  if (!found.has(r.from) || !found.has(r.to)) return 'endMissing';
  return together.has(pairKey(r.from, r.to)) ? 'together' : 'apart';
}

function scoreRelations(gold: readonly GoldRelation[], batch: GraphBatch, alignment: Alignment) {
  const counts = emptyCounts();
  const findings: Finding[] = [];
  const goldKeys = new Map(gold.map((r) => [relationKey(r.from, r.type, r.to), r]));
  const scored = batch.relations.filter((r) => !UNSCORED_RELATION_TYPES.has(r.type));
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const extractedKeys = new Set<string>();
  const extractedPairs = new Set<string>();
  const goldPairs = new Set(gold.map((r) => pairKey(r.from, r.to)));
  const wrongClaims = emptyWrongClaims();
  for (const r of scored) {
    const key = alignedRelationKey(r, alignment);
    const from = alignment.goldOf.get(r.from);
    const to = alignment.goldOf.get(r.to);
    if (from && to) extractedPairs.add(pairKey(from, to));
    if (key && extractedKeys.has(key)) continue;
    if (key) extractedKeys.add(key);
    if (key && goldKeys.has(key)) counts.tp++;
    else {
      counts.fp++;
      if (!from || !to) wrongClaims.endWrong++;
      else if (goldPairs.has(pairKey(from, to))) wrongClaims.wrongType++;
      else wrongClaims.unrelated++;
      const label = (id: string) => names.get(id) ?? id;
      findings.push({
        kind: 'FP',
        what: 'relation',
        text: `${label(r.from)} ${r.type} ${label(r.to)} (${r.method}, ${r.confidence})`,
      });
    }
  }
  const anyType = emptyShare();
  const byType: Record<string, Share> = {};
  const found = new Set(alignment.goldOf.values());
  const together = new Set(
    batch.relations.flatMap((r) => {
      const from = alignment.goldOf.get(r.from);
      const to = alignment.goldOf.get(r.to);
      return from && to ? [pairKey(from, to)] : [];
    }),
  );
  const missCauses = emptyMissCauses();
  for (const [key, r] of goldKeys) {
    anyType.total++;
    if (extractedPairs.has(pairKey(r.from, r.to))) anyType.found++;
    const share = byType[r.type] ?? emptyShare();
    byType[r.type] = share;
    share.total++;
    if (extractedKeys.has(key)) share.found++;
    if (extractedKeys.has(key)) continue;
    counts.fn++;
    const cause = missCause(r, found, together);
    missCauses[cause]++;
    findings.push({
      kind: 'FN',
      what: 'relation',
      text: `${r.from} ${r.type} ${r.to} [${cause}]: „${r.quote}“`,
    });
  }
  return { counts, anyType, byType, missCauses, wrongClaims, findings };
}

/** Scores one document. `knownTypes` are the relation types the model has (others are reported). */
export function scoreDocument(
  document: string,
  gold: GoldDocument,
  batch: GraphBatch,
  raw: string,
  knownTypes: readonly string[],
): DocumentScore {
  const alignment = alignEntities(gold.entities, batch.entities);
  const entities = scoreEntities(gold, batch, alignment);
  const relations = scoreRelations(gold.relations, batch, alignment);
  const matched = (r: GoldRelation) =>
    batch.relations.find(
      (x) =>
        !UNSCORED_RELATION_TYPES.has(x.type) &&
        alignedRelationKey(x, alignment) === relationKey(r.from, r.type, r.to),
    );
  return {
    document,
    entities: entities.counts,
    newEntities: entities.newEntities,
    newPeople: entities.newPeople,
    relations: relations.counts,
    anyTypeRelations: relations.anyType,
    missCauses: relations.missCauses,
    wrongClaims: relations.wrongClaims,
    entitiesByType: entities.byType,
    wrongEntities: entities.wrong,
    relationsByType: relations.byType,
    unknownTypes: [...new Set(gold.relations.map((r) => r.type))].filter((t) => !knownTypes.includes(t)),
    traps: checkTraps(gold.traps, batch),
    quotes: checkQuotes(batch, raw),
    dates: checkDates(gold.relations, matched),
    documentDate: checkDocumentDate(gold, batch.document.date),
    pages: checkPages(gold, batch, alignment),
    findings: [...entities.findings, ...relations.findings],
  };
}
