import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { GRAPHIQL_EXAMPLES } from './graphiql/examples.ts';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
/** React's exports map hides its UMD builds from require.resolve; find them next to its entry point. */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(pkg)), file);

/** Served files by name only: nothing from the request reaches the file system. */
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: require.resolve('graphiql/graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: require.resolve('graphiql/graphiql.min.css'), type: 'text/css' },
  'page.js': { file: path.join(here, 'graphiql', 'page.js'), type: 'text/javascript' },
};

function page(): string {
  const examples = JSON.stringify(GRAPHIQL_EXAMPLES).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>GraphiQL · Hessen digital-government knowledge graph</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL …</div>
  <script type="application/json" id="examples">${examples}</script>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/page.js"></script>
</body>
</html>`;
}

/** GraphiQL at /graphiql, working offline: its assets come from node_modules, not a CDN. */
export async function graphiqlRoutes(app: FastifyInstance): Promise<void> {
  const html = page();
  const cache = new Map<string, Buffer>();
  app.get('/graphiql', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(html),
  );
  app.get<{ Params: { name: string } }>(
    '/graphiql/assets/:name',
    { schema: { hide: true } },
    async (request, reply) => {
      const asset = Object.hasOwn(ASSETS, request.params.name) ? ASSETS[request.params.name] : undefined;
      if (!asset) return reply.callNotFound();
      let body = cache.get(request.params.name);
      if (!body) {
        body = readFileSync(asset.file);
        cache.set(request.params.name, body);
      }
      return reply
        .type(`${asset.type}; charset=utf-8`)
        .header('cache-control', 'public, max-age=86400')
        .send(body);
    },
  );
}
