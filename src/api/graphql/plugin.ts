/**
 * GraphQL over mercurius: SDL from schema/graphql, thin resolvers, per-request batched loaders,
 * depth, token and cost limits, optional introspection, catalogue-mapped errors and a response
 * cache keyed by graph version (src/api/cache). GraphiQL is
 * not mercurius' (it cannot preload example queries): src/api/graphiql.ts serves it at /graphiql.
 */
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { Config } from '../../config.ts';
import { graphqlCacheHooks, withHooks } from '../cache/graphql-cache.ts';
import { ResponseCache } from '../cache/response-cache.ts';
import { GraphVersionWatch } from '../cache/version-watch.ts';
import type { ReadContext } from '../read/context.ts';
import { installCompositeResolvers } from './compile/composite-fields.ts';
import { formatGraphqlErrors } from './error-formatter.ts';
import { conformanceRouteOptions } from './http-conformance.ts';
import { registerCostLimit } from './limits/cost-limit.ts';
import { depthLimit } from './limits/depth-limit.ts';
import { registerDocumentGuard } from './limits/document-guard.ts';
import { createLoaders } from './loaders/create-loaders.ts';
import { noIntrospection } from './no-introspection.ts';
import { registerOperationGuard } from './operation-guard.ts';
import { graphqlParamSchemas } from './request-params.ts';
import { createResolvers } from './resolvers/create-resolvers.ts';
import { loadSchemaText } from './schema.ts';

export interface GraphqlPluginOptions {
  config: Config;
}

export const GRAPHQL_PATH = '/graphql';

export const graphqlPlugin = fp<GraphqlPluginOptions>(
  async (app, { config }) => {
    const ctx: ReadContext = { executor: app.executor, maxPageSize: config.api.maxPageSize };
    // Before mercurius adds its routes: the hook replaces their parameter schemas.
    app.addHook('onRoute', graphqlParamSchemas(GRAPHQL_PATH));
    let routeOptions = conformanceRouteOptions;
    if (config.cache.enabled) {
      const watch = new GraphVersionWatch(app.executor, config.cache.versionPollMs);
      const cache = new ResponseCache(config.cache.maxBytes, config.api.maxQueryTokens);
      app.addHook('onClose', async () => watch.close());
      routeOptions = withHooks(conformanceRouteOptions, graphqlCacheHooks({ cache, watch, config }));
    }
    await app.register(mercurius, {
      schema: loadSchemaText(),
      resolvers: createResolvers(ctx, { compile: config.api.compile }),
      loaders: createLoaders(ctx),
      path: GRAPHQL_PATH,
      graphiql: false,
      ide: false,
      // One operation per request: a JSON array body is refused (400), so a batch cannot
      // multiply the per-request limits below.
      allowBatchedQueries: false,
      // Parsing stops early on huge documents (alias floods) before validation spends CPU on them.
      graphql: { parseOptions: { maxTokens: config.api.maxQueryTokens } },
      jit: 1,
      errorFormatter: formatGraphqlErrors,
      additionalRouteOptions: routeOptions,
      validationRules: [
        depthLimit(config.api.maxQueryDepth),
        ...(config.api.introspection ? [] : [noIntrospection]),
      ],
    });
    // After mercurius defined the loaders: compiled parents answer from their statement first.
    if (config.api.compile) installCompositeResolvers(app.graphql.schema);
    registerDocumentGuard(app);
    registerOperationGuard(app, config.api.maxQueryTokens);
    registerCostLimit(app, { maxQueryCost: config.api.maxQueryCost, maxPageSize: config.api.maxPageSize });
  },
  { name: 'graphql', dependencies: ['database'] },
);
