import { Neo4jContainer, type StartedNeo4jContainer } from '@testcontainers/neo4j';
import { getContainerRuntimeClient } from 'testcontainers';
import { layoutFor } from '../../scripts/neo4j/layout.ts';
import { start, stop } from '../../scripts/neo4j/server.ts';
import type { Config } from '../../src/config.ts';

export interface ProvidedNeo4j {
  kind: 'container' | 'local';
  uri: string;
  user: string;
  password: string;
  /** HTTP base of the Neo4j server (Browser lives under /browser/). */
  httpUrl: string;
  stop(): Promise<void>;
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function fromContainer(config: Config): Promise<ProvidedNeo4j> {
  const container: StartedNeo4jContainer = await new Neo4jContainer('neo4j:5.26-community')
    .withPassword(config.neo4j.password)
    .start();
  return {
    kind: 'container',
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    httpUrl: container.getHttpUri(),
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * The local install on the test ports, with its own data folder (.neo4j/test-<bolt port>)
 * apart from dev data, so suites on different ports never share a graph.
 */
async function fromLocalInstall(config: Config): Promise<ProvidedNeo4j> {
  const name = `test-${config.test.boltPort}`;
  const layout = layoutFor(config.localNeo4j.home, name);
  const settings = {
    name,
    boltPort: config.test.boltPort,
    httpPort: config.test.httpPort,
    heap: '1g',
    pageCache: '512m',
    user: config.neo4j.user,
    password: config.neo4j.password,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
  };
  const started = await start(layout, settings, { detached: true, log: () => {} });
  return {
    kind: 'local',
    uri: started.boltUri,
    user: settings.user,
    password: settings.password,
    httpUrl: `http://127.0.0.1:${settings.httpPort}`,
    stop: async () => {
      if (started.startedByUs) await stop(layout);
    },
  };
}

/** The one place that decides where tests get Neo4j; tests only see the URI and credentials. */
export async function provideNeo4j(config: Config): Promise<ProvidedNeo4j> {
  const choice = config.test.neo4j;
  if (choice === 'container' || (choice === 'auto' && (await containerRuntimeAnswers()))) {
    return fromContainer(config);
  }
  return fromLocalInstall(config);
}
