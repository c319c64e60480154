import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { renderPaletteModule } from './palette/browser-module.ts';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

interface Asset {
  file: string;
  type: string;
  cacheControl: string;
}

/**
 * Every file the explorer serves, by URL. Routes are fixed strings, so nothing from the
 * request ever reaches the file system (no path traversal by construction).
 */
const ASSETS: Readonly<Record<string, Asset>> = Object.freeze({
  '/explore': {
    file: path.join(here, 'explore', 'index.html'),
    type: 'text/html; charset=utf-8',
    cacheControl: 'no-cache',
  },
  '/explore/explore.js': {
    file: path.join(here, 'explore', 'explore.js'),
    type: 'text/javascript; charset=utf-8',
    cacheControl: 'no-cache',
  },
  '/explore/graph.js': {
    file: path.join(here, 'explore', 'graph.js'),
    type: 'text/javascript; charset=utf-8',
    cacheControl: 'no-cache',
  },
  '/explore/explore.css': {
    file: path.join(here, 'explore', 'explore.css'),
    type: 'text/css; charset=utf-8',
    cacheControl: 'no-cache',
  },
  '/explore/vendor/cytoscape.min.js': {
    file: require.resolve('cytoscape/dist/cytoscape.min.js'),
    type: 'text/javascript; charset=utf-8',
    cacheControl: 'public, max-age=86400',
  },
});

/**
 * The visual explorer at /explore: a static page (no build step, no inline scripts, so the
 * CSP's `script-src 'self'` holds) that talks to the public GraphQL API only.
 * Files are read once at registration; a missing file fails start-up, not a request.
 */
export async function exploreRoutes(app: FastifyInstance): Promise<void> {
  for (const [url, asset] of Object.entries(ASSETS)) {
    const body = readFileSync(asset.file);
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.type(asset.type).header('cache-control', asset.cacheControl).send(body),
    );
  }
  // The colours and German labels, generated from the palette the Browser style comes from.
  const palette = renderPaletteModule();
  app.get('/explore/palette.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(palette),
  );
  app.get('/explore/', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/explore', 301),
  );
}
