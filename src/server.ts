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

/** Listens and closes gracefully on SIGINT/SIGTERM: in-flight requests finish, the driver closes. */
export async function serve(config: Config, onClose?: () => Promise<void>): Promise<FastifyInstance> {
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await onClose?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve(loadConfigOrExit());
}
