/**
 * The four servers under test, each with its own driver (own connection pool of the same size):
 * ours (`buildApp`, the real app with its security plugins, response cache off), cached (the same
 * with the cache on), the floor (bare fastify, one route per operation running one hand-written
 * Cypher statement) and the peer (@neo4j/graphql on mercurius).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import type { Driver } from 'neo4j-driver';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { Executor } from '../src/db/executor.ts';
import { driverFor } from './neo4j.ts';
import type { Operation } from './operations.ts';
import { PEER_TYPE_DEFS } from './peer-schema.ts';

export type ServerName = 'ours' | 'cached' | 'floor' | 'peer';
export const SERVER_NAMES: readonly ServerName[] = ['ours', 'cached', 'floor', 'peer'];

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
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
    app: 'bench-floor',
  });
  for (const op of operations) {
    app.post<{ Body: Record<string, unknown> }>(`/floor/${op.name}`, (request) =>
      op.floor(executor, request.body),
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

/** `config` has the response cache on: `cached` uses it as is, `ours` runs with it off. */
export async function startServers(
  config: Config,
  uncached: Config,
  operations: readonly Operation[],
): Promise<RunningServers> {
  const drivers = SERVER_NAMES.map(() => driverFor(config));
  const [oursDriver, cachedDriver, floorDriver, peerDriver] = drivers as [Driver, Driver, Driver, Driver];
  const apps: Record<ServerName, FastifyInstance> = {
    ours: await buildApp(uncached, { driver: oursDriver, logger: false }),
    cached: await buildApp(config, { driver: cachedDriver, logger: false }),
    floor: await buildFloor(config, floorDriver, operations),
    peer: await buildPeer(peerDriver),
  };
  const urls = {} as Record<ServerName, string>;
  for (const name of SERVER_NAMES) urls[name] = await listen(apps[name]);
  return {
    urls,
    close: async () => {
      for (const app of Object.values(apps)) await app.close();
      for (const driver of drivers) await driver.close();
    },
  };
}
