/** A document as a view: the entities it mentions and the relations it supports, paged. */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../errors.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../graph/model.ts';
import type { ReadContext } from '../../read/context.ts';
import { entitiesOfDocuments, relationsOfDocuments } from '../../read/document-contents.ts';
import { documentById } from '../../read/documents.ts';
import { nextCursor } from '../../read/paging.ts';
import {
  cursorParam,
  entitySchema,
  errorResponses,
  errorSchema,
  limitParam,
  relationSchema,
} from '../schemas.ts';

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1 } },
} as const;

const documentRef = {
  type: 'object',
  required: ['id', 'title'],
  properties: { id: { type: 'string' }, title: { type: 'string' } },
} as const;

const pageOf = (items: object) =>
  ({
    type: 'object',
    required: ['document', 'totalCount', 'items'],
    properties: {
      document: documentRef,
      totalCount: { type: 'integer' },
      nextCursor: { type: 'string', nullable: true },
      items: { type: 'array', items },
    },
  }) as const;

interface EntitiesQuery {
  type?: string;
  limit?: number;
  after?: string;
}

interface RelationsQuery {
  relationType?: string[];
  weak?: boolean;
  limit?: number;
  after?: string;
}

async function knownDocument(ctx: ReadContext, id: string) {
  const document = await documentById(ctx, id);
  if (!document) throw notFound('Document', id);
  return { id: document.id, title: document.title };
}

export function documentContentRoutes(app: FastifyInstance, ctx: ReadContext): void {
  app.get<{ Params: { id: string }; Querystring: EntitiesQuery }>(
    '/api/documents/:id/entities',
    {
      schema: {
        tags: ['documents'],
        summary: 'The entities a document mentions, most mentions first',
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: [...ENTITY_TYPES] },
            limit: { ...limitParam('Page size, default 20'), default: 20 },
            after: cursorParam,
          },
        },
        response: {
          200: pageOf({
            type: 'object',
            required: ['entity', 'mentionCount'],
            properties: {
              entity: entitySchema,
              mentionCount: { type: 'integer', description: 'Mentions in this document' },
            },
          }),
          404: { description: 'No document with that id', ...errorSchema },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const document = await knownDocument(ctx, id);
      const { type, limit, after } = request.query;
      const [page] = await entitiesOfDocuments(ctx, [
        { documentId: id, type: type ?? null, first: limit ?? null, after: after ?? null },
      ]);
      return { document, totalCount: page!.totalCount, nextCursor: nextCursor(page!), items: page!.items };
    },
  );

  app.get<{ Params: { id: string }; Querystring: RelationsQuery }>(
    '/api/documents/:id/relations',
    {
      schema: {
        tags: ['documents'],
        summary: 'The relations a document supports, by type; weak same-sentence links only on request',
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            relationType: {
              type: 'array',
              items: { type: 'string', enum: [...RELATION_TYPES] },
              description: 'Only these relation types (repeat for several)',
            },
            weak: { type: 'boolean', default: false, description: 'Also list weak CO_OCCURS_WITH links' },
            limit: { ...limitParam('Page size, default 20'), default: 20 },
            after: cursorParam,
          },
        },
        response: {
          200: pageOf({
            ...relationSchema,
            required: ['key', 'type', 'from', 'to'],
            properties: {
              ...relationSchema.properties,
              from: entitySchema,
              to: entitySchema,
            },
          }),
          404: { description: 'No document with that id', ...errorSchema },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const document = await knownDocument(ctx, id);
      const { relationType, weak, limit, after } = request.query;
      const [page] = await relationsOfDocuments(ctx, [
        {
          documentId: id,
          types: relationType ?? null,
          weak: weak ?? false,
          first: limit ?? null,
          after: after ?? null,
        },
      ]);
      return { document, totalCount: page!.totalCount, nextCursor: nextCursor(page!), items: page!.items };
    },
  );
}
