/**
 * The cross-document view over REST: in which documents an entity appears (how often), and
 * the pledged-and-described comparison (GraphQL `Query.pledgedAndDescribed`).
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../errors.ts';
import { pledgedAndDescribed } from '../../read/compare.ts';
import type { ReadContext } from '../../read/context.ts';
import { DESCRIPTION_STATUSES, type DescriptionStatus } from '../../read/description-status.ts';
import { documentsByIds } from '../../read/documents.ts';
import { entityById } from '../../read/entities.ts';
import { appearancesOfEntities } from '../../read/mentions.ts';
import {
  documentSchema,
  entityRefSchema,
  entitySchema,
  errorResponses,
  errorSchema,
  evidenceSchema,
  limitParam,
} from '../schemas.ts';

const documentId = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._-]+$' } as const;
const statusSchema = { type: 'string', enum: [...DESCRIPTION_STATUSES] } as const;

const mentionSchema = {
  type: 'object',
  required: ['quote', 'documentId'],
  properties: {
    quote: { type: 'string', description: 'The sentence that mentions the entity' },
    page: { type: 'integer', nullable: true, description: 'Physical page of the document' },
    citedPage: { type: 'integer', nullable: true, description: 'Page of another work the passage cites' },
    section: { type: 'string', nullable: true },
    documentId: { type: 'string' },
    surface: { type: 'string', nullable: true, description: 'The entity as written there' },
    start: { type: 'integer', nullable: true },
    end: { type: 'integer', nullable: true },
  },
} as const;

const appearanceSchema = {
  type: 'object',
  required: ['document', 'mentionCount'],
  properties: { document: documentSchema, mentionCount: { type: 'integer' } },
} as const;

interface CompareQuery {
  pledgeDocument?: string;
  describedIn?: string;
  status?: DescriptionStatus[];
  limit?: number;
}

export function compareRoutes(app: FastifyInstance, ctx: ReadContext): void {
  app.get<{ Params: { id: string } }>(
    '/api/entities/:id/documents',
    {
      schema: {
        tags: ['entities'],
        summary: 'The documents that mention an entity, with how often (most mentions first)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        response: {
          200: {
            type: 'object',
            required: ['entity', 'mentionCount', 'documents'],
            properties: {
              entity: entityRefSchema,
              mentionCount: { type: 'integer', description: 'Mentions in all documents' },
              documents: { type: 'array', items: appearanceSchema },
            },
          },
          404: { description: 'No entity with that id', ...errorSchema },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const entity = await entityById(ctx, id);
      if (!entity) throw notFound('Entity', id);
      const appearances = (await appearancesOfEntities(ctx, [id])).get(id) ?? [];
      const documents = await documentsByIds(
        ctx,
        appearances.map((a) => a.documentId),
      );
      return {
        entity,
        mentionCount: appearances.reduce((sum, a) => sum + a.mentionCount, 0),
        documents: appearances.flatMap((a) => {
          const document = documents.get(a.documentId);
          return document ? [{ document, mentionCount: a.mentionCount }] : [];
        }),
      };
    },
  );

  app.get<{ Querystring: CompareQuery }>(
    '/api/compare/pledged-described',
    {
      schema: {
        tags: ['documents'],
        summary: 'Entities one document pledges that another document describes (e.g. as already running)',
        description:
          'Pledges are the evidence of PLEDGED_IN relations (with cited pages); descriptions are the other ' +
          "document's sentences that mention the entity, one per sentence, each with a heuristic status " +
          'judged from its words (RUNNING: "ist", "bietet", "steht … zur Verfügung", "wurde eingeführt"…; ' +
          'PLANNED: "soll", "will", "geplant", "wird … werden"…; MIXED: both; UNCLEAR: neither) and the cue ' +
          "words found. An entity's status is the first of RUNNING, MIXED, PLANNED, UNCLEAR among its " +
          'descriptions. Without pledgeDocument every document with pledges counts; without describedIn ' +
          "every document that holds none of the entity's pledges. Same GraphQL: Query.pledgedAndDescribed.",
        querystring: {
          type: 'object',
          properties: {
            pledgeDocument: { ...documentId, description: 'Id of the pledging document' },
            describedIn: { ...documentId, description: 'Id of the describing document' },
            status: {
              type: 'array',
              items: statusSchema,
              description: 'Only entities with one of these overall statuses (repeat for several)',
            },
            limit: { ...limitParam('Number of entities, default 50'), default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: {
              pledgeDocument: { type: 'string', nullable: true },
              describedIn: { type: 'string', nullable: true },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['entity', 'status', 'pledges', 'descriptions'],
                  properties: {
                    entity: entitySchema,
                    status: statusSchema,
                    pledges: { type: 'array', items: evidenceSchema },
                    descriptions: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['mention', 'status', 'cues'],
                        properties: {
                          mention: mentionSchema,
                          status: statusSchema,
                          cues: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          404: { description: 'No document with that id', ...errorSchema },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { pledgeDocument, describedIn, status, limit } = request.query;
      const items = await pledgedAndDescribed(ctx, {
        pledgeDocument: pledgeDocument ?? null,
        describedIn: describedIn ?? null,
        status: status ?? null,
        first: limit ?? null,
      });
      return { pledgeDocument: pledgeDocument ?? null, describedIn: describedIn ?? null, items };
    },
  );
}
