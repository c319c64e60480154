/**
 * Cypher projections shared by the read statements, and the conversion of their rows to views.
 * The projection texts are constants: no input ever reaches them.
 */
import type { EntityType } from '../../graph/model.ts';
import type { EntityView, RelationView } from './types.ts';

/** Map projection of an entity node bound to variable `v` (a constant name, never input). */
export function entityProjection(v: string): string {
  return `${v} {.id, .name, .type, .description, .origin, aliases: coalesce(${v}.aliases, []), titles: coalesce(${v}.titles, [])}`;
}

/**
 * The source file of a document node `v` as a bare file name: older loads stored the path the
 * loader was given (possibly absolute), and no answer may show where the server keeps its files.
 */
export function documentFileName(v: string): string {
  return `CASE WHEN ${v}.file IS NULL THEN null ELSE last(split(replace(${v}.file, '\\\\', '/'), '/')) END`;
}

/** Map projection of a document node bound to variable `v`. */
export function documentProjection(v: string): string {
  return `${v} {.id, .title, .publisher, .date, file: ${documentFileName(v)}, .length}`;
}

/** Fields of a relationship `r` as a map (without its ends). */
export function relationFields(r: string): string {
  return `key: ${r}.key, type: type(${r}), confidence: ${r}.confidence, method: ${r}.method, role: ${r}.role,
          documentIds: coalesce(${r}.documents, []), evidenceCount: coalesce(${r}.evidenceCount, 0)`;
}

export interface EntityRow {
  id: string;
  name: string | null;
  type: string;
  description: string | null;
  origin: string | null;
  aliases: string[];
  titles: string[];
}

export function toEntity(row: EntityRow): EntityView {
  return {
    id: row.id,
    name: row.name ?? row.id,
    type: row.type as EntityType,
    aliases: row.aliases ?? [],
    description: row.description ?? null,
    titles: row.titles ?? [],
    origin: row.origin ?? null,
  };
}

export interface RelationRow {
  key: string;
  type: string;
  confidence: number | null;
  method: string | null;
  role?: string | null;
  documentIds: string[];
  evidenceCount: number;
}

/** A stored relationship seen from `near`: OUT if it starts there. */
export function toRelation(
  row: RelationRow,
  near: EntityView,
  other: EntityView,
  direction: 'OUT' | 'IN',
): RelationView {
  return {
    key: row.key,
    type: row.type,
    direction,
    confidence: row.confidence ?? null,
    method: row.method ?? null,
    role: row.role ?? null,
    documentIds: row.documentIds ?? [],
    evidenceCount: row.evidenceCount ?? 0,
    from: direction === 'OUT' ? near : other,
    to: direction === 'OUT' ? other : near,
    other,
  };
}
