/**
 * The graph as gazetteer: every entity earlier loads wrote, so a new document links „Digitalministerin
 * Sinemus“ to the Kristina Sinemus the graph already holds instead of creating her anew.
 */
import type { Executor } from '../db/executor.ts';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../graph/model.ts';

const KNOWN_ENTITIES = `
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.description AS description, coalesce(e.titles, []) AS titles, coalesce(e.origin, 'graph') AS origin,
       COLLECT { MATCH (e)<-[:MENTIONS]-(:Section)-[:IN_DOCUMENT]->(d:Document) RETURN DISTINCT d.id } AS documents`;

/** An entity the graph holds, with the documents that mention it. */
export interface KnownEntity {
  record: EntityRecord;
  documents: string[];
}

function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}

interface KnownRow {
  [key: string]: unknown;
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  titles: string[];
  origin: string;
  documents: string[];
}

export async function readKnownEntities(executor: Executor): Promise<KnownEntity[]> {
  const rows = await executor.read<KnownRow>(KNOWN_ENTITIES);
  const out: KnownEntity[] = [];
  for (const { titles, type, documents, ...r } of rows) {
    if (!isEntityType(type) || typeof r.name !== 'string') continue;
    out.push({ record: { ...r, type, ...(titles.length > 0 ? { titles } : {}) }, documents });
  }
  return out;
}

/**
 * What a document may be matched against: entities another document supports. An entity only this
 * document's earlier version gave the graph is not evidence for its new version (it would keep an
 * old mistake alive).
 */
export function knownFor(documentId: string, known: readonly KnownEntity[]): EntityRecord[] {
  return known.filter((k) => k.documents.some((d) => d !== documentId)).map((k) => k.record);
}

/** Adds a document's entities to what later documents of the same load know. */
export function learn(known: KnownEntity[], documentId: string, entities: readonly EntityRecord[]): void {
  const byId = new Map(known.map((k) => [k.record.id, k]));
  for (const e of entities) {
    const k = byId.get(e.id);
    if (k) k.documents = [...k.documents, documentId];
    else known.push({ record: e, documents: [documentId] });
  }
}
