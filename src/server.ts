import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Config, loadConfigOrExit } from './config.ts';

export interface ServerUrls {
  api: string;
  graphql: string;
  graphiql: string;
  docs: string;
  explore: string;
}

export function urlsFor(config: Config): ServerUrls {
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  return {
    api: base,
    graphql: `${base}/graphql`,
    graphiql: `${base}/graphiql`,
    docs: `${base}/docs`,
    explore: `${base}/explore`,
  };
}

/** How long in-flight requests get to finish on SIGINT/SIGTERM before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Listens and closes gracefully on SIGINT/SIGTERM: the port stops accepting, readiness answers
 * 503 (`return503OnClosing`), in-flight requests finish (at most SHUTDOWN_GRACE_MS), then the
 * driver closes (the database plugin's onClose). A second signal exits at once. Errors in a
 * request never end the process: they are logged and answered by the error handler.
 */
export async function serve(config: Config, onClose?: () => Promise<void>): Promise<FastifyInstance> {
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error(`in-flight requests did not finish within ${SHUTDOWN_GRACE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.close();
      clearTimeout(force);
      // After the requests: stopping a Neo4j we started has its own bound (scripts/neo4j/server.ts).
      await onClose?.();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection'));
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve(loadConfigOrExit());
}
