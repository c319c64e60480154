/**
 * Download routes of the exports: GET /api/export/<file> for every file in EXPORT_FILES
 * (graph.graphml, nodes.csv, edges.csv, evidence.csv, graph.jsonld). The body is streamed page by
 * page from Neo4j; the database is checked first so an outage is a 503, not a truncated file.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { coalesce, renderFile } from '../export/files.ts';
import { EXPORT_FILES, type ExportFile } from '../export/formats.ts';
import { graphSource } from '../export/source.ts';
import { errorSchema } from './rest/schemas.ts';

export const EXPORT_PREFIX = '/api/export';

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim();
}

function routeSchema(file: ExportFile) {
  const csv = file.format === 'csv';
  return {
    tags: ['export'],
    ...(csv
      ? {
          querystring: {
            type: 'object',
            properties: {
              bom: {
                type: 'string',
                enum: ['1', 'true', '0', 'false'],
                description:
                  'Start with a UTF-8 byte-order mark (?bom=1) so Excel on Windows shows umlauts right',
              },
            },
          },
        }
      : {}),
    summary: file.summary,
    description:
      `Downloads \`${file.name}\` (${mediaType(file.contentType)}, UTF-8) as an attachment. ` +
      'Equivalent to `npm run export -- --format ' +
      `${file.format}\`.`,
    response: {
      200: {
        description: `${file.name}, streamed`,
        content: { [mediaType(file.contentType)]: { schema: { type: 'string' } } },
      },
      503: { description: 'Database unavailable or query timed out', ...errorSchema },
    },
  };
}

/** Registers one download route per export file; needs the `database` plugin (app.executor). */
export async function exportRoutes(app: FastifyInstance): Promise<void> {
  for (const file of EXPORT_FILES) {
    app.get<{ Querystring: { bom?: string } }>(
      `${EXPORT_PREFIX}/${file.name}`,
      {
        // A full export reads the whole graph: allow it less often than ordinary reads.
        config: { rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: routeSchema(file),
      },
      async (request, reply) => {
        await app.executor.ping();
        const bom = request.query.bom === '1' || request.query.bom === 'true';
        const body = Readable.from(coalesce(renderFile(file, graphSource(app.executor), { bom })));
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .header('cache-control', 'no-cache')
          .send(body);
      },
    );
  }
}
