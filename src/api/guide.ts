/**
 * The Neo4j Browser guide at GET /guide and the Browser style at GET /guide/hessen-kg.grass.
 * Play it in Browser with `:play http://127.0.0.1:4000/guide`: Browser fetches it cross-origin
 * (from http://127.0.0.1:7474), so both routes allow any origin, and Neo4j only fetches from hosts
 * in `browser.remote_content_hostname_whitelist` (the managed conf allows localhost and 127.0.0.1).
 * The style is rendered from the palette the explorer is coloured with.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderGuide } from './guide/html.ts';
import { renderGrass } from './palette/grass.ts';

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
  const style = renderGrass();

  app.get(
    '/guide',
    {
      schema: {
        tags: ['guide'],
        summary: 'Neo4j Browser guide: run `:play http://127.0.0.1:4000/guide` in Neo4j Browser',
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
