import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { exploreRoutes } from './api/explore.ts';
import { exportRoutes } from './api/exports.ts';
import { graphiqlRoutes } from './api/graphiql.ts';
import { graphqlPlugin } from './api/graphql/plugin.ts';
import { guideRoutes } from './api/guide.ts';
import { healthRoutes } from './api/health.ts';
import { databasePlugin } from './api/plugins/database.ts';
import { errorHandlerPlugin, replyToClientError, replyWithError } from './api/plugins/error-handler.ts';
import { describeSchemaError } from './api/plugins/schema-errors.ts';
import { securityPlugin } from './api/plugins/security.ts';
import { openapiPlugin } from './api/rest/openapi.ts';
import { restPlugin } from './api/rest/plugin.ts';
import type { Config } from './config.ts';

export interface BuildOptions {
  driver?: Driver;
  /** Pino logger options; tests pass false. */
  logger?: boolean | object;
}

/** Builds the whole app from config without listening; server.ts listens, tests `inject`. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.api.bodyLimitBytes,
    requestTimeout: config.api.requestTimeoutMs,
    return503OnClosing: true,
    frameworkErrors: replyWithError,
    clientErrorHandler: replyToClientError,
    schemaErrorFormatter: describeSchemaError,
  });
  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin, { config });
  await app.register(databasePlugin, { config, ...(options.driver ? { driver: options.driver } : {}) });
  // OpenAPI first: it documents every route registered after it.
  await app.register(openapiPlugin, { config });
  await app.register(healthRoutes);
  await app.register(restPlugin, { config });
  await app.register(graphqlPlugin, { config });
  await app.register(exportRoutes);
  await app.register(guideRoutes);
  await app.register(exploreRoutes);
  if (config.api.graphiql) await app.register(graphiqlRoutes);
  return app;
}
