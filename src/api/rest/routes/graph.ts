import type { FastifyInstance } from 'fastify';
import type { ReadContext } from '../../read/context.ts';
import { DEFAULT_HOPS, MAX_HOPS, MIN_HOPS, shortestPath } from '../../read/path.ts';
import { graphStats } from '../../read/stats.ts';
import { asOfParam, entityRefSchema, errorResponses, relationSchema } from '../schemas.ts';

const typeCounts = {
  type: 'array',
  items: {
    type: 'object',
    required: ['type', 'count'],
    properties: { type: { type: 'string' }, count: { type: 'integer' } },
  },
} as const;

const { evidence: _evidence, ...stepProperties } = relationSchema.properties;

export function graphRoutes(app: FastifyInstance, ctx: ReadContext): void {
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['graph'],
        summary: 'Counts over the whole graph',
        response: {
          200: {
            type: 'object',
            properties: {
              nodes: { type: 'integer' },
              relationships: { type: 'integer' },
              entities: { type: 'integer' },
              documents: { type: 'integer' },
              entityRelations: { type: 'integer' },
              byType: typeCounts,
              relationsByType: typeCounts,
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => graphStats(ctx),
  );

  app.get<{ Querystring: { from: string; to: string; maxHops?: number; weak?: boolean; asOf?: string } }>(
    '/api/path',
    {
      schema: {
        tags: ['graph'],
        summary: 'Shortest chain of entity relations between two entities',
        description: '`path` is null if either id is unknown or no path within maxHops exists.',
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          properties: {
            from: { type: 'string', minLength: 1 },
            to: { type: 'string', minLength: 1 },
            maxHops: {
              type: 'integer',
              default: DEFAULT_HOPS,
              description: `Clamped to [${MIN_HOPS}, ${MAX_HOPS}]`,
            },
            weak: {
              type: 'boolean',
              default: false,
              description: 'Also walk CO_OCCURS_WITH (same-sentence) links',
            },
            asOf: asOfParam,
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['path'],
            properties: {
              path: {
                type: 'object',
                nullable: true,
                properties: {
                  length: { type: 'integer' },
                  nodes: { type: 'array', items: entityRefSchema },
                  steps: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { ...stepProperties, from: entityRefSchema, to: entityRefSchema },
                    },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => ({ path: await shortestPath(ctx, request.query) }),
  );
}
