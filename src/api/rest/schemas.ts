/**
 * JSON schemas of the REST API: they validate requests (invalid input → 400 through the shared
 * error handler), shape responses (fast-json-stringify) and document both in /openapi.json.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph/model.ts';

const str = { type: 'string' } as const;
const nullableStr = { type: 'string', nullable: true } as const;
const int = { type: 'integer' } as const;
const nullableInt = { type: 'integer', nullable: true } as const;
const nullableNum = { type: 'number', nullable: true } as const;
const strings = { type: 'array', items: str } as const;

const precision = { type: 'string', enum: ['DAY', 'MONTH', 'YEAR'], nullable: true } as const;
const day = { type: 'string', nullable: true, description: 'ISO date YYYY-MM-DD' } as const;

/** A date a document states, with its precision and the passage stating it. */
const statedDateSchema = {
  type: 'object',
  nullable: true,
  properties: { date: str, precision, quote: nullableStr, documentId: nullableStr },
} as const;

export const asOfParam = {
  type: 'string',
  description: 'Only relations that hold on this day, YYYY-MM-DD (undated relations always hold)',
} as const;

export const entitySchema = {
  type: 'object',
  required: ['id', 'name', 'type', 'aliases'],
  properties: {
    id: str,
    name: str,
    caption: { ...str, description: 'Short caption for drawings: an acronym (HMDI) where the name is long' },
    type: { type: 'string', enum: [...ENTITY_TYPES] },
    aliases: strings,
    description: nullableStr,
    titles: strings,
    origin: nullableStr,
    founded: statedDateSchema,
    dissolved: statedDateSchema,
  },
} as const;

export const entityRefSchema = {
  type: 'object',
  required: ['id', 'name', 'type'],
  properties: { id: str, name: str, type: { type: 'string', enum: [...ENTITY_TYPES] } },
} as const;

export const documentSchema = {
  type: 'object',
  required: ['id', 'title'],
  properties: {
    id: str,
    title: str,
    publisher: nullableStr,
    date: { ...nullableStr, description: 'ISO date at its precision: YYYY-MM-DD, YYYY-MM or YYYY' },
    datePrecision: precision,
    file: nullableStr,
    length: nullableInt,
  },
} as const;

export const evidenceSchema = {
  type: 'object',
  required: ['quote', 'documentId'],
  properties: {
    quote: str,
    page: { ...nullableInt, description: 'Physical page (from 1) of the document the passage stands on' },
    citedPage: { ...nullableInt, description: 'Page of another work the passage cites („(S.116)“ → 116)' },
    section: nullableStr,
    documentId: str,
    method: nullableStr,
    confidence: nullableNum,
    start: nullableInt,
    end: nullableInt,
  },
} as const;

export const relationSchema = {
  type: 'object',
  required: ['key', 'type', 'direction', 'other', 'evidence'],
  properties: {
    key: str,
    type: { type: 'string', enum: [...RELATION_TYPES] },
    direction: { type: 'string', enum: ['OUT', 'IN'], description: 'OUT: this entity is the subject' },
    other: entityRefSchema,
    confidence: nullableNum,
    method: nullableStr,
    role: {
      ...nullableStr,
      description: 'Office the subject holds through the relation, e.g. "Staatssekretär"',
    },
    evidenceCount: int,
    documentIds: strings,
    validFrom: { ...day, description: 'Since when it holds (first day of validFromPrecision)' },
    validFromPrecision: precision,
    validTo: { ...day, description: 'Until when it held (first day of validToPrecision)' },
    validToPrecision: precision,
    precision,
    heldOn: { ...day, description: 'A present-tense statement of this date says it held then' },
    endedBy: { ...day, description: 'A past-tense statement of this date says it had ended by then' },
    datedBy: {
      type: 'array',
      items: {
        type: 'object',
        properties: { bound: { type: 'string', enum: ['FROM', 'TO'] }, quote: str, documentId: nullableStr },
      },
    },
    evidence: { type: 'array', items: evidenceSchema },
  },
} as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { ...str, description: 'Stable error code (BAD_USER_INPUT, NOT_FOUND, …)' },
        message: str,
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
} as const;

export const errorResponses = {
  400: { description: 'Invalid input', ...errorSchema },
  503: { description: 'Database unavailable or query timed out', ...errorSchema },
} as const;

export const limitParam = (description: string) =>
  ({ type: 'integer', minimum: 1, description: `${description} (clamped to MAX_PAGE_SIZE)` }) as const;

export const cursorParam = {
  type: 'string',
  description: 'Cursor from `nextCursor` of the previous page',
} as const;
