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

export const entitySchema = {
  type: 'object',
  required: ['id', 'name', 'type', 'aliases'],
  properties: {
    id: str,
    name: str,
    type: { type: 'string', enum: [...ENTITY_TYPES] },
    aliases: strings,
    description: nullableStr,
    titles: strings,
    origin: nullableStr,
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
    date: { ...nullableStr, description: 'ISO date YYYY-MM-DD, or YYYY' },
    file: nullableStr,
    length: nullableInt,
  },
} as const;

export const evidenceSchema = {
  type: 'object',
  required: ['quote', 'documentId'],
  properties: {
    quote: str,
    page: nullableInt,
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
