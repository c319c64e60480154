import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { searchText } from '../ingest/fold.ts';
import {
  ENTITY_LABELS,
  type EntityRecord,
  type EntityType,
  type GraphBatch,
  RELATION_TYPES,
  type RelationRecord,
  type RelationType,
  relationKey,
} from './model.ts';
import * as Q from './statements.ts';

export interface WriteOptions {
  /** Rows per UNWIND statement; 1 gives the one-statement-per-row baseline the benchmark compares. */
  batchSize?: number;
  /** Rewrite even when the document's content hash is unchanged. */
  force?: boolean;
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
  /** Cypher statements this write sent to Neo4j. */
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
  const { text: _text, ...document } = batch.document;
  return createHash('sha256')
    .update(JSON.stringify([document, batch.sections, batch.entities, batch.mentions, batch.relations]))
    .digest('hex');
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
  };
}

function relationRow(relation: RelationRecord) {
  if (!(RELATION_TYPES as readonly string[]).includes(relation.type)) {
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
  };
}

function evidenceId(key: string, documentId: string, start: number, end: number): string {
  return createHash('sha1')
    .update(`${key}\u0000${documentId}\u0000${start}\u0000${end}`)
    .digest('hex')
    .slice(0, 20);
}

/**
 * Writes one document's batch in ONE transaction: its previous contribution (sections, mentions,
 * evidence, relationships only it supported, entities only it named) is replaced, other
 * documents' evidence stays. Every statement is an UNWIND over up to `batchSize` rows.
 */
export async function writeBatch(
  executor: Executor,
  batch: GraphBatch,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const size = Math.max(1, options.batchSize ?? 1000);
  const documentId = batch.document.id;
  const hash = batchHash(batch);
  const relations = dedupeRelations(batch.relations);
  const entitiesByType = groupBy(batch.entities, (e) => e.type);
  const relationsByType = groupBy(relations, (r) => r.type);
  const base = {
    documentId,
    entitiesByType: tally(entitiesByType),
    relationsByType: tally(relationsByType),
    mentions: batch.mentions.length,
    evidence: relations.reduce((n, r) => n + r.evidence.length, 0),
  };

  return executor.writeTx(async (tx) => {
    let roundTrips = 0;
    const run = async <T extends Record<string, unknown>>(
      cypher: string,
      params: Record<string, unknown>,
    ) => {
      roundTrips += 1;
      return tx.run<T>(cypher, params);
    };
    const unwind = async (cypher: string, rows: readonly unknown[], params: Record<string, unknown> = {}) => {
      for (const part of chunks(rows, size)) await run(cypher, { ...params, rows: part });
    };

    const [previous] = await run<{ hash: string | null }>(
      'MATCH (d:Document {id: $documentId}) RETURN d.batchHash AS hash',
      { documentId },
    );
    if (previous?.hash === hash && !options.force) {
      return {
        ...base,
        status: 'unchanged',
        entitiesNew: 0,
        entitiesExisting: batch.entities.length,
        roundTrips,
      };
    }

    const touched = new Set<string>();
    if (previous) {
      const [detached] = await run<{ touched: string[] }>(Q.DETACH_DOCUMENT_FROM_RELATIONS, { documentId });
      for (const id of detached?.touched ?? []) touched.add(id);
      await run(Q.DELETE_DOCUMENT_EVIDENCE, { documentId });
      const [removed] = await run<{ mentioned: string[] }>(Q.DELETE_DOCUMENT_SECTIONS, { documentId });
      for (const id of removed?.mentioned ?? []) touched.add(id);
    }

    await run(Q.MERGE_DOCUMENT, {
      document: { ...batch.document, text: undefined, length: batch.document.text.length },
      hash,
    });
    await unwind(Q.CREATE_SECTIONS, batch.sections, { documentId });

    const entityIds = batch.entities.map((e) => e.id);
    let existing = 0;
    for (const part of chunks(entityIds, size)) {
      const [row] = await run<{ existing: string[] }>(Q.EXISTING_ENTITY_IDS, { ids: part });
      existing += row?.existing.length ?? 0;
    }
    await unwind(Q.MERGE_ENTITIES, batch.entities.map(entityRow));

    await unwind(Q.CREATE_MENTIONS, batch.mentions);

    await unwind(Q.MERGE_RELATIONS, relations.map(relationRow), { documentId });
    const evidenceRows = relations.flatMap((r) => {
      const key = relationKey(r.from, r.type, r.to);
      return r.evidence.map((ev) => ({
        ...ev,
        id: evidenceId(key, ev.documentId, ev.start, ev.end),
        relKey: key,
        fromId: r.from,
        toId: r.to,
        method: r.method,
        confidence: r.confidence,
      }));
    });
    // The same passage can support a relationship twice (two patterns); keep it once.
    const uniqueEvidence = [...new Map(evidenceRows.map((row) => [row.id, row])).values()];
    await unwind(Q.CREATE_EVIDENCE, uniqueEvidence);
    await unwind(
      Q.REFRESH_EVIDENCE_COUNTS,
      relations.map((r) => ({ from: r.from, to: r.to, key: relationKey(r.from, r.type, r.to) })),
    );

    for (const id of entityIds) touched.delete(id);
    for (const part of chunks([...touched], size)) await run(Q.DELETE_ORPHANS, { ids: part });

    return {
      ...base,
      status: previous ? 'updated' : 'created',
      entitiesNew: batch.entities.length - existing,
      entitiesExisting: existing,
      roundTrips,
    };
  });
}

/** Removes everything the loader wrote, in slices so a large graph does not need one huge transaction. */
export async function resetGraph(executor: Executor): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>(Q.RESET_GRAPH_SLICE);
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted === 0) return total;
  }
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
