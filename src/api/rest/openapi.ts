/**
 * OpenAPI 3 description of every REST route (collected from route schemas by @fastify/swagger),
 * served as JSON at /openapi.json and browsable at /docs. Register before any route it should list.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';

export interface OpenapiPluginOptions {
  config: Config;
  version?: string;
}

export const openapiPlugin = fp<OpenapiPluginOptions>(
  async (app, { config, version = '0.1.0' }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Hessen digital government knowledge graph',
          version,
          description:
            'Entities of Hessian digital government (people, ministries, agencies, platforms, services, laws) ' +
            'and their relations, each backed by verbatim quotes from public German documents. ' +
            `The full API is GraphQL at /graphql${config.api.graphiql ? ' (GraphiQL at /graphiql)' : ''}; ` +
            'these REST routes are a read-only side door. Page sizes are clamped to ' +
            `${config.api.maxPageSize}. Errors are {"error": {"code", "message"}}.`,
          license: { name: 'MIT' },
        },
        tags: [
          { name: 'entities', description: 'Search and read entities with their relations and evidence' },
          { name: 'documents', description: 'Source documents' },
          { name: 'graph', description: 'Counts and paths over the whole graph' },
          { name: 'export', description: 'Whole-graph downloads: GraphML, CSV, JSON-LD' },
          { name: 'health', description: 'Liveness and readiness' },
        ],
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
