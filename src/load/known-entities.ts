/**
 * The graph as gazetteer: every entity earlier loads wrote, so a new document links „Digitalministerin
 * Sinemus“ to the Kristina Sinemus the graph already holds instead of creating her anew.
 */
import type { Executor } from '../db/executor.ts';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../graph/model.ts';

const KNOWN_ENTITIES = `
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.description AS description, coalesce(e.titles, []) AS titles, coalesce(e.origin, 'graph') AS origin`;

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
}

export async function readKnownEntities(executor: Executor): Promise<EntityRecord[]> {
  const rows = await executor.read<KnownRow>(KNOWN_ENTITIES);
  const out: EntityRecord[] = [];
  for (const { titles, type, ...r } of rows) {
    if (!isEntityType(type) || typeof r.name !== 'string') continue;
    out.push({ ...r, type, ...(titles.length > 0 ? { titles } : {}) });
  }
  return out;
}

/** Adds a document's entities to what later documents of the same load know. */
export function learn(known: EntityRecord[], seen: Set<string>, entities: readonly EntityRecord[]): void {
  for (const e of entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    known.push(e);
  }
}
