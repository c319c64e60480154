import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../errors.ts';
import type { ReadContext } from '../../read/context.ts';
import {
  documentById,
  entityCountsOfDocuments,
  listDocuments,
  sectionsOfDocuments,
} from '../../read/documents.ts';
import { documentSchema, errorResponses, errorSchema } from '../schemas.ts';

const documentWithCount = {
  ...documentSchema,
  required: [...documentSchema.required, 'entityCount'],
  properties: {
    ...documentSchema.properties,
    entityCount: { type: 'integer', description: 'Distinct entities the document mentions' },
  },
} as const;

export function documentRoutes(app: FastifyInstance, ctx: ReadContext): void {
  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'All source documents, newest first',
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: documentWithCount } },
          },
          ...errorResponses,
        },
      },
    },
    async () => {
      const documents = await listDocuments(ctx);
      const counts = await entityCountsOfDocuments(
        ctx,
        documents.map((d) => d.id),
      );
      return { items: documents.map((d) => ({ ...d, entityCount: counts.get(d.id) ?? 0 })) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'One source document with its sections',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        response: {
          200: {
            type: 'object',
            required: ['document', 'sections'],
            properties: {
              document: documentWithCount,
              sections: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    heading: { type: 'string' },
                    order: { type: 'integer' },
                    start: { type: 'integer' },
                    end: { type: 'integer' },
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
      const { id } = request.params;
      const document = await documentById(ctx, id);
      if (!document) throw notFound('Document', id);
      const [counts, sections] = await Promise.all([
        entityCountsOfDocuments(ctx, [id]),
        sectionsOfDocuments(ctx, [id]),
      ]);
      return {
        document: { ...document, entityCount: counts.get(id) ?? 0 },
        sections: sections.get(id) ?? [],
      };
    },
  );
}
