import type { FastifyInstance } from 'fastify';
import { ENTITY_TYPES } from '../../../graph/model.ts';
import type { ReadContext } from '../../read/context.ts';
import { searchEntities } from '../../read/search.ts';
import { SEARCH_MATCHES } from '../../read/types.ts';
import { entitySchema, errorResponses, limitParam } from '../schemas.ts';

interface SearchQuery {
  q: string;
  type?: string[];
  limit?: number;
}

export function searchRoute(app: FastifyInstance, ctx: ReadContext): void {
  app.get<{ Querystring: SearchQuery }>(
    '/api/search',
    {
      schema: {
        tags: ['entities'],
        summary: 'Full-text search for entities',
        description:
          'German-aware: finds entities by name, alias, acronym, inflected and umlaut-folded forms, ' +
          'by their description and by the roles they hold ("Staatssekretär"). ' +
          'Exact name/alias matches first, then acronym hits, then by relevance.',
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500, description: 'Search text' },
            type: {
              type: 'array',
              items: { type: 'string', enum: [...ENTITY_TYPES] },
              description: 'Only these entity types (repeat the parameter for several)',
            },
            limit: { ...limitParam('Number of hits, default 10'), default: 10 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['query', 'hits'],
            properties: {
              query: { type: 'string' },
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['score', 'exactMatch', 'entity'],
                  properties: {
                    score: { type: 'number' },
                    exactMatch: { type: 'boolean' },
                    matchedOn: {
                      type: 'array',
                      items: { type: 'string', enum: [...SEARCH_MATCHES] },
                      description: 'NAME (or alias), ACRONYM, ROLE (held through a relation), DESCRIPTION',
                    },
                    entity: entitySchema,
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { q, type, limit } = request.query;
      const hits = await searchEntities(ctx, { text: q, types: type ?? null, first: limit ?? null });
      return { query: q, hits };
    },
  );
}
