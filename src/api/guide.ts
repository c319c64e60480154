/**
 * The Neo4j Browser guide at GET /guide and the Browser style at GET /guide/hessen-kg.grass.
 * Play it in Browser with `:play http://localhost:4000/guide`: Browser fetches it cross-origin
 * (from http://localhost:7474), so both routes allow any origin, and Neo4j only fetches from hosts
 * in `browser.remote_content_hostname_whitelist` (default `guides.neo4j.com,localhost`; use
 * `localhost`, not 127.0.0.1, or add the host there).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROJECT_ROOT } from '../config.ts';
import { renderGuide } from './guide/html.ts';

export const GUIDE_STYLE_FILE = path.join(PROJECT_ROOT, 'neo4j', 'hessen-kg.grass');

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function crossOrigin(reply: FastifyReply): FastifyReply {
  // Public, credential-free content: any origin (Browser at localhost:7474 or 127.0.0.1:7474).
  return reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
}

const textResponse = (mediaType: string, description: string) => ({
  200: { description, content: { [mediaType]: { schema: { type: 'string' } } } },
});

export async function guideRoutes(app: FastifyInstance): Promise<void> {
  // Read once: a missing style file fails start-up, not a request.
  const style = readFileSync(GUIDE_STYLE_FILE, 'utf8');

  app.get(
    '/guide',
    {
      schema: {
        tags: ['guide'],
        summary: 'Neo4j Browser guide: run `:play http://localhost:4000/guide` in Neo4j Browser',
        response: textResponse('text/html', 'Guide slides in Browser guide HTML'),
      },
    },
    async (request, reply) =>
      crossOrigin(reply)
        .type('text/html; charset=utf-8')
        .send(renderGuide(originOf(request))),
  );

  app.get(
    '/guide/hessen-kg.grass',
    {
      schema: {
        tags: ['guide'],
        summary: 'Neo4j Browser graph style (GraSS): colours and captions per entity type',
        response: textResponse('text/plain', 'GraSS stylesheet'),
      },
    },
    async (_request, reply) => crossOrigin(reply).type('text/plain; charset=utf-8').send(style),
  );
}
