import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../errors.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../graph/model.ts';
import type { ReadContext } from '../../read/context.ts';
import { documentsByIds } from '../../read/documents.ts';
import { entityById, listEntities } from '../../read/entities.ts';
import { evidenceOfRelations } from '../../read/evidence.ts';
import { appearancesOfEntities } from '../../read/mentions.ts';
import { nextCursor } from '../../read/paging.ts';
import { relationsOfEntities } from '../../read/relations.ts';
import type { Direction } from '../../read/types.ts';
import {
  asOfParam,
  cursorParam,
  documentSchema,
  entitySchema,
  errorResponses,
  errorSchema,
  limitParam,
  relationSchema,
} from '../schemas.ts';

interface ListQuery {
  type?: string;
  limit?: number;
  after?: string;
}

interface DetailQuery {
  relationType?: string[];
  direction?: Direction;
  weak?: boolean;
  limit?: number;
  after?: string;
  evidence?: number;
  asOf?: string;
}

export function entityRoutes(app: FastifyInstance, ctx: ReadContext): void {
  app.get<{ Querystring: ListQuery }>(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'List entities, ordered by name',
        querystring: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: [...ENTITY_TYPES] },
            limit: { ...limitParam('Page size, default 20'), default: 20 },
            after: cursorParam,
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['totalCount', 'items'],
            properties: {
              totalCount: { type: 'integer' },
              nextCursor: { type: 'string', nullable: true },
              items: { type: 'array', items: entitySchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { type, limit, after } = request.query;
      const page = await listEntities(ctx, {
        type: type ?? null,
        first: limit ?? null,
        after: after ?? null,
      });
      return { totalCount: page.totalCount, nextCursor: nextCursor(page), items: page.items };
    },
  );

  app.get<{ Params: { id: string }; Querystring: DetailQuery }>(
    '/api/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity with its relations (and their evidence) and the documents that mention it',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        querystring: {
          type: 'object',
          properties: {
            relationType: {
              type: 'array',
              items: { type: 'string', enum: [...RELATION_TYPES] },
              description: 'Only these relation types (repeat for several)',
            },
            direction: { type: 'string', enum: ['OUT', 'IN', 'BOTH'], default: 'BOTH' },
            weak: {
              type: 'boolean',
              default: false,
              description:
                'Also list weak CO_OCCURS_WITH (same-sentence) links; naming the type in relationType does too',
            },
            limit: { ...limitParam('Relations per page, default 20'), default: 20 },
            after: cursorParam,
            asOf: asOfParam,
            evidence: {
              type: 'integer',
              minimum: 0,
              default: 5,
              description: 'Evidence passages per relation',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['entity', 'relations', 'mentionCount', 'documents'],
            properties: {
              entity: entitySchema,
              relations: {
                type: 'object',
                required: ['totalCount', 'items'],
                properties: {
                  totalCount: { type: 'integer' },
                  nextCursor: { type: 'string', nullable: true },
                  items: { type: 'array', items: relationSchema },
                },
              },
              mentionCount: { type: 'integer', description: 'Mentions in all documents' },
              documents: {
                type: 'array',
                description: 'Documents that mention the entity, most mentions first',
                items: {
                  type: 'object',
                  required: ['document', 'mentionCount'],
                  properties: { document: documentSchema, mentionCount: { type: 'integer' } },
                },
              },
            },
          },
          404: { description: 'No entity with that id', ...errorSchema },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { relationType, direction, weak, limit, after, evidence, asOf } = request.query;
      const entity = await entityById(ctx, id);
      if (!entity) throw notFound('Entity', id);
      const [[page], appearances] = await Promise.all([
        relationsOfEntities(ctx, [
          {
            entityId: id,
            types: relationType ?? null,
            direction: direction ?? 'BOTH',
            weak: weak ?? false,
            first: limit,
            after,
            asOf,
          },
        ]),
        appearancesOfEntities(ctx, [id]),
      ]);
      const relations = page!;
      const evidenceLists = await evidenceOfRelations(
        ctx,
        relations.items.map((r) => ({ relationKey: r.key, first: evidence ?? null })),
      );
      const entityAppearances = appearances.get(id) ?? [];
      const documents = await documentsByIds(
        ctx,
        entityAppearances.map((a) => a.documentId),
      );
      return {
        entity,
        relations: {
          totalCount: relations.totalCount,
          nextCursor: nextCursor(relations),
          items: relations.items.map((r, i) => ({ ...r, evidence: evidenceLists[i] ?? [] })),
        },
        mentionCount: entityAppearances.reduce((sum, a) => sum + a.mentionCount, 0),
        documents: entityAppearances.flatMap((a) => {
          const document = documents.get(a.documentId);
          return document ? [{ document, mentionCount: a.mentionCount }] : [];
        }),
      };
    },
  );
}
