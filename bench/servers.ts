/**
 * The three servers under test, each with its own driver (own connection pool of the same size):
 * ours (`buildApp`, the real app with its security plugins), the floor (bare fastify, one route
 * per operation calling the shared read functions) and the peer (@neo4j/graphql on mercurius).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import type { Driver } from 'neo4j-driver';
import type { ReadContext } from '../src/api/read/context.ts';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { Executor } from '../src/db/executor.ts';
import { driverFor } from './neo4j.ts';
import type { Operation } from './operations.ts';
import { PEER_TYPE_DEFS } from './peer-schema.ts';

export type ServerName = 'ours' | 'floor' | 'peer';
export const SERVER_NAMES: readonly ServerName[] = ['ours', 'floor', 'peer'];

export interface RunningServers {
  /** Base URL per server, e.g. http://127.0.0.1:41234 */
  urls: Record<ServerName, string>;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

export async function buildFloor(config: Config, driver: Driver, operations: readonly Operation[]) {
  const app = Fastify({ logger: false });
  const ctx: ReadContext = {
    executor: new Executor(driver, {
      database: config.neo4j.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      app: 'bench-floor',
    }),
    maxPageSize: config.api.maxPageSize,
  };
  for (const op of operations) {
    app.post<{ Body: Record<string, unknown> }>(`/floor/${op.name}`, (request) =>
      op.floor(ctx, request.body),
    );
  }
  return app;
}

export async function buildPeer(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = Fastify({ logger: false });
  await app.register(mercurius, { schema, path: '/graphql', graphiql: false });
  return app;
}

export async function startServers(
  config: Config,
  operations: readonly Operation[],
): Promise<RunningServers> {
  const drivers = SERVER_NAMES.map(() => driverFor(config));
  const [oursDriver, floorDriver, peerDriver] = drivers as [Driver, Driver, Driver];
  const apps = {
    ours: await buildApp(config, { driver: oursDriver, logger: false }),
    floor: await buildFloor(config, floorDriver, operations),
    peer: await buildPeer(peerDriver),
  };
  const urls = {
    ours: await listen(apps.ours),
    floor: await listen(apps.floor),
    peer: await listen(apps.peer),
  };
  return {
    urls,
    close: async () => {
      for (const app of Object.values(apps)) await app.close();
      for (const driver of drivers) await driver.close();
    },
  };
}
