import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { searchText } from '../ingest/fold.ts';
import { firstDay, impliedPrecision } from './calendar.ts';
import { shortCaption } from './caption.ts';
import { datingParams, mergeDating } from './dating.ts';
import {
  ENTITY_LABELS,
  type EntityRecord,
  type EntityType,
  type GraphBatch,
  isRelationType,
  type RelationRecord,
  type RelationType,
  relationKey,
} from './model.ts';
import * as Q from './statements.ts';
import { BUMP_GRAPH_VERSION, graphChanged } from './version.ts';

export interface WriteOptions {
  /** Rows per UNWIND statement; 1 gives the one-statement-per-row baseline the benchmark compares. */
  batchSize?: number;
  /** Rewrite even when the document's content hash is unchanged. */
  force?: boolean;
  /** Aborting rolls the open transaction back (see Executor.writeTx). */
  signal?: AbortSignal;
}

export interface WriteResult {
  documentId: string;
  status: 'created' | 'updated' | 'unchanged';
  entitiesNew: number;
  entitiesExisting: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  mentions: number;
  evidence: number;
  /** Cypher statements sent for this document (a group's statements are shared out evenly). */
  roundTrips: number;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function tally<K extends string>(groups: Map<K, unknown[]>): Partial<Record<K, number>> {
  return Object.fromEntries([...groups].map(([k, v]) => [k, v.length])) as Partial<Record<K, number>>;
}

/** Content hash of what the document contributes: unchanged text + unchanged catalog ⇒ nothing to write. */
export function batchHash(batch: GraphBatch): string {
  // The file name alone: a document read again from the graph's copy knows no folder. What it was
  // read against is no content: it is kept up to date without rewriting the document.
  const { text: _text, file, unresolved: _u, linked: _l, readAgainst: _r, ...rest } = batch.document;
  const document = { ...rest, file: path.basename(file) };
  return createHash('sha256')
    .update(JSON.stringify([document, batch.sections, batch.entities, batch.mentions, batch.relations]))
    .digest('hex');
}

/**
 * What a load needs to read the document again without its file: the text the extraction saw, its
 * pages and the metadata handed over; and what it could not tie and was read against. Never served.
 */
function storedSource(document: GraphBatch['document']) {
  return {
    text: document.text,
    pages: document.pages && document.pages.length > 0 ? JSON.stringify(document.pages) : null,
    givenTitle: document.given?.title ?? null,
    givenPublisher: document.given?.publisher ?? null,
    givenDate: document.given?.date ?? null,
    unresolved: document.unresolved ?? [],
    linked: document.linked ?? [],
    readAgainst: document.readAgainst ?? [],
  };
}

/** One relationship per key: evidence of duplicates in a batch is pooled. */
function dedupeRelations(relations: readonly RelationRecord[]): RelationRecord[] {
  const byKey = new Map<string, RelationRecord>();
  for (const rel of relations) {
    const key = relationKey(rel.from, rel.type, rel.to);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...rel, evidence: [...rel.evidence] });
    else {
      seen.evidence.push(...rel.evidence);
      seen.confidence = Math.max(seen.confidence, rel.confidence);
      seen.role = seen.role ?? rel.role ?? null;
      mergeDating(seen, rel);
    }
  }
  return [...byKey.values()];
}

function entityRow(entity: EntityRecord) {
  const label = Object.hasOwn(ENTITY_LABELS, entity.type) ? ENTITY_LABELS[entity.type] : undefined;
  if (!label) throw new AppError('LOAD_FAILED', `Entity '${entity.id}' has unknown type '${entity.type}'.`);
  return {
    id: entity.id,
    label,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    titles: entity.titles ?? [],
    origin: entity.origin,
    searchText: searchText(entity.name, entity.aliases),
    ...statedDateParams(entity),
    caption: shortCaption(entity.name, entity.aliases),
  };
}

function relationRow(relation: RelationRecord) {
  if (!isRelationType(relation.type)) {
    throw new AppError(
      'LOAD_FAILED',
      `Relation ${relation.from} → ${relation.to} has unknown type '${relation.type}'.`,
    );
  }
  return {
    from: relation.from,
    to: relation.to,
    type: relation.type,
    key: relationKey(relation.from, relation.type, relation.to),
    confidence: relation.confidence,
    method: relation.method,
    role: relation.role ?? null,
  };
}

/** Founding and dissolution dates as the entity statement takes them. */
function statedDateParams(entity: EntityRecord) {
  return {
    founded: entity.founded ? firstDay(entity.founded.date) : null,
    foundedPrecision: entity.founded?.precision ?? null,
    foundedQuote: entity.founded?.evidence.quote ?? null,
    foundedDocument: entity.founded?.evidence.documentId ?? null,
    dissolved: entity.dissolved ? firstDay(entity.dissolved.date) : null,
    dissolvedPrecision: entity.dissolved?.precision ?? null,
    dissolvedQuote: entity.dissolved?.evidence.quote ?? null,
    dissolvedDocument: entity.dissolved?.evidence.documentId ?? null,
  };
}

function evidenceId(key: string, documentId: string, start: number, end: number): string {
  return createHash('sha1')
    .update(`${key}\u0000${documentId}\u0000${start}\u0000${end}`)
    .digest('hex')
    .slice(0, 20);
}

/**
 * Relation types with at least this many rows in a transaction get a statement of their own
 * (typed expansion: fast on hub entities); the rest share one dynamic-type statement (one query
 * plan instead of one per type, which is what a freshly started Neo4j spends its time on).
 */
const TYPED_STATEMENT_ROWS = 50;

/** Statements of one write, with the rows each UNWIND gets (chunked to `batchSize`). */
interface GroupRows {
  documents: Record<string, unknown>[];
  sections: GraphBatch['sections'];
  entities: ReturnType<typeof entityRow>[];
  mentions: GraphBatch['mentions'];
  relations: (ReturnType<typeof relationRow> & ReturnType<typeof datingParams> & { documentIds: string[] })[];
  evidence: Record<string, unknown>[];
}

/** What a batch needs before the database is asked, computed once (a retried transaction reuses it). */
interface PreparedBatch {
  batch: GraphBatch;
  hash: string;
  /** One per relationship key, evidence pooled. */
  relations: RelationRecord[];
}

function prepare(batch: GraphBatch): PreparedBatch {
  return { batch, hash: batchHash(batch), relations: dedupeRelations(batch.relations) };
}

function rowsOf(prepared: readonly PreparedBatch[]): GroupRows {
  const rows: GroupRows = {
    documents: [],
    sections: [],
    entities: [],
    mentions: [],
    relations: [],
    evidence: [],
  };
  const evidenceIds = new Set<string>();
  const relationsByKey = new Map<
    string,
    { row: ReturnType<typeof relationRow> & { documentIds: string[] }; dating: RelationRecord }
  >();
  for (const { batch, hash, relations } of prepared) {
    const documentId = batch.document.id;
    rows.documents.push({
      ...batch.document,
      // The file name only: where the server keeps its documents is nobody's business.
      file: path.basename(batch.document.file),
      datePrecision: batch.document.date
        ? (batch.document.datePrecision ?? impliedPrecision(batch.document.date))
        : null,
      length: batch.document.text.length,
      sourceKey: batch.document.sourceKey ?? null,
      ...storedSource(batch.document),
      hash,
    });
    rows.sections.push(...batch.sections);
    rows.entities.push(...batch.entities.map(entityRow));
    rows.mentions.push(...batch.mentions);
    for (const relation of relations) {
      const row = relationRow(relation);
      const pooled = relationsByKey.get(row.key);
      if (pooled === undefined) {
        relationsByKey.set(row.key, { row: { ...row, documentIds: [documentId] }, dating: { ...relation } });
      } else {
        pooled.row.documentIds.push(documentId);
        pooled.row.confidence = Math.max(pooled.row.confidence, row.confidence);
        pooled.row.role = pooled.row.role ?? row.role;
        mergeDating(pooled.dating, relation);
      }
      for (const ev of relation.evidence) {
        const id = evidenceId(row.key, ev.documentId, ev.start, ev.end);
        // The same passage can support a relationship twice (two patterns); keep it once.
        if (evidenceIds.has(id)) continue;
        evidenceIds.add(id);
        rows.evidence.push({
          ...ev,
          id,
          relKey: row.key,
          fromId: row.from,
          toId: row.to,
          method: row.method,
          confidence: row.confidence,
          role: row.role,
        });
      }
    }
  }
  rows.relations = [...relationsByKey.values()].map(({ row, dating }) => ({
    ...row,
    ...datingParams(dating),
  }));
  return rows;
}

/** What one document contributes to a write's report, before the database is asked. */
function reportBase({ batch, relations }: PreparedBatch) {
  return {
    documentId: batch.document.id,
    entitiesByType: tally(groupBy(batch.entities, (e) => e.type)),
    relationsByType: tally(groupBy(relations, (r) => r.type)),
    mentions: batch.mentions.length,
    evidence: relations.reduce((n, r) => n + r.evidence.length, 0),
  };
}

/**
 * Writes one document's batch in one transaction; see writeBatches.
 */
export async function writeBatch(
  executor: Executor,
  batch: GraphBatch,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const [result] = await writeBatches(executor, [batch], options);
  return result as WriteResult;
}

/**
 * Writes a group of documents in ONE transaction, so a failure leaves every one of them as it
 * was. Each changed document's previous contribution (sections, mentions, evidence,
 * relationships only it supported, entities only it named) is replaced; other documents'
 * evidence stays; documents whose content hash is unchanged are skipped. The documents' rows
 * are pooled per statement, so a group costs the same dozen round trips and one commit however
 * many documents it holds; every statement is an UNWIND over up to `batchSize` rows.
 */
export async function writeBatches(
  executor: Executor,
  batches: readonly GraphBatch[],
  options: WriteOptions = {},
): Promise<WriteResult[]> {
  const size = Math.max(1, options.batchSize ?? 1000);
  const prepared = batches.map(prepare);
  const ids = batches.map((b) => b.document.id);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('LOAD_FAILED', 'The same document appears twice in one write.');
  }

  const signal = options.signal ? { signal: options.signal } : {};
  const results = await executor.writeTx(async (tx) => {
    let roundTrips = 0;
    const run = async <T extends Record<string, unknown>>(
      cypher: string,
      params: Record<string, unknown>,
    ) => {
      roundTrips += 1;
      return tx.run<T>(cypher, params);
    };
    const unwind = async (cypher: string, rows: readonly unknown[]) => {
      for (const part of chunks(rows, size)) await run(cypher, { rows: part });
    };

    const previous = new Map<string, { hash: string | null; known: boolean }>();
    for (const part of chunks(ids, size)) {
      const rows = await run<{ id: string; hash: string | null; known: boolean }>(Q.DOCUMENT_HASHES, {
        documentIds: part,
      });
      for (const row of rows) previous.set(row.id, row);
    }
    const changed = prepared.filter(
      (p) => options.force || previous.get(p.batch.document.id)?.hash !== p.hash,
    );
    const changedIds = new Set(changed.map((p) => p.batch.document.id));
    const replaced = [...changedIds].filter((id) => previous.get(id)?.known);
    // The same content read against more: only what it was read against is new.
    const reread = prepared
      .filter((p) => !changedIds.has(p.batch.document.id))
      .map(({ batch: { document: d } }) => ({
        id: d.id,
        unresolved: d.unresolved ?? [],
        linked: d.linked ?? [],
        readAgainst: d.readAgainst ?? [],
      }));
    await unwind(Q.SET_DOCUMENT_READINGS, reread);

    const touched = new Set<string>();
    for (const part of chunks(replaced, size)) {
      const [detached] = await run<{ touched: string[] }>(Q.DETACH_DOCUMENTS_FROM_RELATIONS, {
        documentIds: part,
      });
      for (const id of detached?.touched ?? []) touched.add(id);
      await run(Q.DELETE_DOCUMENTS_EVIDENCE, { documentIds: part });
      const [removed] = await run<{ mentioned: string[] }>(Q.DELETE_DOCUMENTS_SECTIONS, {
        documentIds: part,
      });
      for (const id of removed?.mentioned ?? []) touched.add(id);
    }

    const rows = rowsOf(changed);
    const known = new Set<string>();
    const entityIds = [...new Set(rows.entities.map((e) => e.id))];
    for (const part of chunks(entityIds, size)) {
      const [row] = await run<{ existing: string[] }>(Q.EXISTING_ENTITY_IDS, { ids: part });
      for (const id of row?.existing ?? []) known.add(id);
    }
    await unwind(Q.MERGE_DOCUMENTS, rows.documents);
    await unwind(Q.CREATE_SECTIONS, rows.sections);
    await unwind(Q.MERGE_ENTITIES, rows.entities);
    await unwind(Q.CREATE_MENTIONS, rows.mentions);
    await unwind(Q.CREATE_EVIDENCE, rows.evidence);
    const rare: GroupRows['relations'] = [];
    for (const [type, relations] of groupBy(rows.relations, (r) => r.type)) {
      if (relations.length >= TYPED_STATEMENT_ROWS) await unwind(Q.mergeRelations(type), relations);
      else rare.push(...relations);
    }
    await unwind(Q.mergeRelations('dynamic'), rare);

    for (const id of entityIds) touched.delete(id);
    for (const part of chunks([...touched], size)) await run(Q.DELETE_ORPHANS, { ids: part });
    // In this transaction: readers see the new version exactly when they can see the new data.
    if (changed.length > 0) await run(BUMP_GRAPH_VERSION, {});

    // Reported per document in load order: an entity first written by an earlier document of
    // the group counts as known to the later ones, as if they had been written one by one.
    const share = roundTrips / batches.length;
    return prepared.map((p): WriteResult => {
      const { batch } = p;
      const id = batch.document.id;
      const base = { ...reportBase(p), roundTrips: share };
      if (!changedIds.has(id)) {
        return { ...base, status: 'unchanged', entitiesNew: 0, entitiesExisting: batch.entities.length };
      }
      let existing = 0;
      for (const entity of batch.entities) {
        if (known.has(entity.id)) existing += 1;
        else known.add(entity.id);
      }
      return {
        ...base,
        status: previous.get(id)?.known ? 'updated' : 'created',
        entitiesNew: batch.entities.length - existing,
        entitiesExisting: existing,
      };
    });
  }, signal);
  if (results.some((r) => r.status !== 'unchanged')) graphChanged();
  return results;
}

/** Removes everything the loader wrote, in slices so a large graph does not need one huge transaction. */
export async function resetGraph(executor: Executor, signal?: AbortSignal): Promise<number> {
  let total = 0;
  for (;;) {
    signal?.throwIfAborted();
    const [row] = await executor.write<{ deleted: number }>(Q.RESET_GRAPH_SLICE);
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted === 0) break;
  }
  await executor.write(BUMP_GRAPH_VERSION);
  graphChanged();
  return total;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
  documents: number;
}

export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read<GraphCounts & Record<string, number>>(Q.COUNT_GRAPH);
  return row ?? { nodes: 0, relationships: 0, entities: 0, documents: 0 };
}
