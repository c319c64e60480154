import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';
import { createDriver } from '../../db/driver.ts';
import { Executor } from '../../db/executor.ts';

declare module 'fastify' {
  interface FastifyInstance {
    executor: Executor;
  }
}

export interface DatabasePluginOptions {
  config: Config;
  /** Reuse a driver (tests, bench); otherwise one is created and closed with the app. */
  driver?: Driver;
}

/** One driver per app, the executor decorated on the instance, the driver closed on shutdown. */
export const databasePlugin = fp<DatabasePluginOptions>(
  async (app, { config, driver }) => {
    const owned = driver === undefined;
    const theDriver = driver ?? createDriver(config);
    app.decorate(
      'executor',
      new Executor(theDriver, {
        database: config.neo4j.database,
        timeoutMs: config.neo4j.queryTimeoutMs,
        app: 'hessen-kg-api',
      }),
    );
    app.addHook('onClose', async () => {
      if (owned) await theDriver.close();
    });
  },
  { name: 'database' },
);
