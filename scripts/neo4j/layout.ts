import path from 'node:path';
import type { Config } from '../../src/config.ts';

export const NEO4J_VERSION = '5.26.30';
export const BROWSER_VERSION = '5.24.0';

/** Where one Neo4j instance lives: jars are shared in <home>/lib, each instance has its own folder. */
export interface Neo4jLayout {
  home: string;
  lib: string;
  instance: string;
  instanceDir: string;
  conf: string;
  data: string;
  logs: string;
  importDir: string;
  pidFile: string;
  consoleLog: string;
  installedMarker: string;
}

export interface InstanceSettings {
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  password: string;
  user: string;
  startTimeoutMs: number;
}

export function layoutFor(home: string, instance: string): Neo4jLayout {
  const instanceDir = path.join(home, instance);
  return {
    home,
    lib: path.join(home, 'lib'),
    instance,
    instanceDir,
    conf: path.join(instanceDir, 'conf'),
    data: path.join(instanceDir, 'data'),
    logs: path.join(instanceDir, 'logs'),
    importDir: path.join(instanceDir, 'import'),
    pidFile: path.join(instanceDir, 'run', 'neo4j.pid'),
    consoleLog: path.join(instanceDir, 'logs', 'console.log'),
    installedMarker: path.join(home, 'lib', `.installed-${NEO4J_VERSION}-browser-${BROWSER_VERSION}`),
  };
}

/** The instance `npm start` runs, from the validated config. */
/**
 * A small throw-away instance for drills and outage tests: its own name, ports and data folder,
 * so stopping it under load never touches the dev or test database.
 */
export function scratchInstance(
  config: Config,
  name: string,
  ports: { bolt: number; http: number },
): InstanceSettings {
  return {
    name,
    boltPort: ports.bolt,
    httpPort: ports.http,
    heap: '512m',
    pageCache: '128m',
    user: config.neo4j.user,
    password: config.neo4j.password,
    startTimeoutMs: 120_000,
  };
}

export function devInstance(config: Config): InstanceSettings {
  return {
    name: 'dev',
    boltPort: config.localNeo4j.boltPort,
    httpPort: config.localNeo4j.httpPort,
    heap: config.localNeo4j.heap,
    pageCache: config.localNeo4j.pageCache,
    password: config.neo4j.password,
    user: config.neo4j.user,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
  };
}
