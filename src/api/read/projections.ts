/**
 * Cypher projections shared by the read statements, and the conversion of their rows to views.
 * The projection texts are constants: no input ever reaches them.
 */
import { shortCaption } from '../../graph/caption.ts';
import type { DatePrecision, EntityType } from '../../graph/model.ts';
import type { EntityView, RelationView, StatedDateView } from './types.ts';

/** Map projection of an entity node bound to variable `v` (a constant name, never input). */
export function entityProjection(v: string): string {
  return `${v} {.id, .name, .type, .description, .origin, aliases: coalesce(${v}.aliases, []), titles: coalesce(${v}.titles, []),
    founded: toString(${v}.founded), foundedPrecision: ${v}.foundedPrecision, foundedQuote: ${v}.foundedQuote,
    foundedDocument: ${v}.foundedDocument, dissolved: toString(${v}.dissolved),
    dissolvedPrecision: ${v}.dissolvedPrecision, dissolvedQuote: ${v}.dissolvedQuote,
    dissolvedDocument: ${v}.dissolvedDocument}`;
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
  return `${v} {.id, .title, .publisher, .date, .datePrecision, file: ${documentFileName(v)}, .length}`;
}

/** Fields of a relationship `r` as a map (without its ends). */
export function relationFields(r: string): string {
  return `key: ${r}.key, type: type(${r}), confidence: ${r}.confidence, method: ${r}.method, role: ${r}.role,
          documentIds: coalesce(${r}.documents, []), evidenceCount: coalesce(${r}.evidenceCount, 0),
          validFrom: toString(${r}.validFrom), validFromPrecision: ${r}.validFromPrecision,
          validFromQuote: ${r}.validFromQuote, validFromDocument: ${r}.validFromDocument,
          validTo: toString(${r}.validTo), validToPrecision: ${r}.validToPrecision,
          validToQuote: ${r}.validToQuote, validToDocument: ${r}.validToDocument,
          heldOn: toString(${r}.heldOn), endedBy: toString(${r}.endedBy)`;
}

export interface EntityRow {
  id: string;
  name: string | null;
  type: string;
  description: string | null;
  origin: string | null;
  aliases: string[];
  titles: string[];
  founded?: string | null;
  foundedPrecision?: string | null;
  foundedQuote?: string | null;
  foundedDocument?: string | null;
  dissolved?: string | null;
  dissolvedPrecision?: string | null;
  dissolvedQuote?: string | null;
  dissolvedDocument?: string | null;
}

function statedDate(
  date: string | null | undefined,
  precision: string | null | undefined,
  quote: string | null | undefined,
  documentId: string | null | undefined,
): StatedDateView | null {
  if (!date) return null;
  return {
    date,
    precision: (precision ?? 'DAY') as DatePrecision,
    quote: quote ?? null,
    documentId: documentId ?? null,
  };
}

export function toEntity(row: EntityRow): EntityView {
  const name = row.name ?? row.id;
  return {
    id: row.id,
    name,
    caption: shortCaption(name, row.aliases ?? []),
    type: row.type as EntityType,
    aliases: row.aliases ?? [],
    description: row.description ?? null,
    titles: row.titles ?? [],
    origin: row.origin ?? null,
    founded: statedDate(row.founded, row.foundedPrecision, row.foundedQuote, row.foundedDocument),
    dissolved: statedDate(row.dissolved, row.dissolvedPrecision, row.dissolvedQuote, row.dissolvedDocument),
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
  validFrom?: string | null;
  validFromPrecision?: string | null;
  validFromQuote?: string | null;
  validFromDocument?: string | null;
  validTo?: string | null;
  validToPrecision?: string | null;
  validToQuote?: string | null;
  validToDocument?: string | null;
  heldOn?: string | null;
  endedBy?: string | null;
}

/** The stated dates of a stored relationship and the passages that state them. */
function validity(row: RelationRow) {
  const from = statedDate(row.validFrom, row.validFromPrecision, row.validFromQuote, row.validFromDocument);
  const to = statedDate(row.validTo, row.validToPrecision, row.validToQuote, row.validToDocument);
  const datedBy = [
    ...(from?.quote ? [{ bound: 'FROM' as const, quote: from.quote, documentId: from.documentId }] : []),
    ...(to?.quote ? [{ bound: 'TO' as const, quote: to.quote, documentId: to.documentId }] : []),
  ];
  return {
    validFrom: from?.date ?? null,
    validFromPrecision: from?.precision ?? null,
    validTo: to?.date ?? null,
    validToPrecision: to?.precision ?? null,
    precision: from?.precision ?? to?.precision ?? null,
    heldOn: row.heldOn ?? null,
    endedBy: row.endedBy ?? null,
    datedBy,
  };
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
    ...validity(row),
    from: direction === 'OUT' ? near : other,
    to: direction === 'OUT' ? other : near,
    other,
  };
}
