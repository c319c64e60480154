/** The REST side door: read-only routes over the same read functions as GraphQL. */
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import type { ReadContext } from '../read/context.ts';
import { compareRoutes } from './routes/compare.ts';
import { documentContentRoutes } from './routes/document-contents.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { graphRoutes } from './routes/graph.ts';
import { searchRoute } from './routes/search.ts';

export interface RestPluginOptions {
  config: Config;
}

export const restPlugin = fp<RestPluginOptions>(
  async (app, { config }) => {
    const ctx: ReadContext = { executor: app.executor, maxPageSize: config.api.maxPageSize };
    searchRoute(app, ctx);
    entityRoutes(app, ctx);
    documentRoutes(app, ctx);
    documentContentRoutes(app, ctx);
    graphRoutes(app, ctx);
    compareRoutes(app, ctx);
  },
  { name: 'rest', dependencies: ['database', 'openapi'] },
);
