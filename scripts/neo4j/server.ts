import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { childEnv } from '../../src/config.ts';
import { InstallError, isAlive, portInUse, readPid, stopByPidFile, tail } from '../process.ts';
import { JVM_FLAGS, writeConf } from './conf.ts';
import { install } from './install.ts';
import type { InstanceSettings, Neo4jLayout } from './layout.ts';

export interface Status {
  running: boolean;
  pid: number | null;
  boltReady: boolean;
  boltUri: string;
  browserUrl: string;
}

export interface StartResult extends Status {
  /** False when an instance was already running: whoever started it stops it. */
  startedByUs: boolean;
  child: ChildProcess | null;
}

async function boltAnswers(settings: InstanceSettings): Promise<boolean> {
  const driver = neo4j.driver(
    `bolt://127.0.0.1:${settings.boltPort}`,
    neo4j.auth.basic(settings.user, settings.password),
    {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => {} },
    },
  );
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (error) {
    if (String((error as { code?: string }).code).includes('Unauthorized')) {
      throw new InstallError(
        `Neo4j on port ${settings.boltPort} rejected user '${settings.user}' with the configured NEO4J_PASSWORD. ` +
          'The local install keeps the password it was first started with: set NEO4J_PASSWORD to it, ' +
          'or delete the instance folder under .neo4j/ to start from scratch.',
      );
    }
    return false;
  } finally {
    await driver.close();
  }
}

export async function status(layout: Neo4jLayout, settings: InstanceSettings): Promise<Status> {
  const pid = readPid(layout.pidFile);
  const running = pid !== null && isAlive(pid);
  return {
    running,
    pid: running ? pid : null,
    boltReady: running ? await boltAnswers(settings).catch(() => false) : false,
    boltUri: `bolt://127.0.0.1:${settings.boltPort}`,
    browserUrl: `http://127.0.0.1:${settings.httpPort}/browser/`,
  };
}

function setInitialPassword(layout: Neo4jLayout, settings: InstanceSettings): void {
  const authFile = path.join(layout.data, 'dbms', 'auth.ini');
  if (existsSync(authFile) || existsSync(path.join(layout.data, 'databases', 'system'))) return;
  const result = spawnSync(
    'java',
    [
      '-cp',
      path.join(layout.lib, '*'),
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      settings.password,
    ],
    { env: childEnv({ NEO4J_HOME: layout.instanceDir, NEO4J_CONF: layout.conf }), encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new InstallError(`Setting the initial Neo4j password failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Installs if needed, writes neo4j.conf, sets the initial password, launches the server with
 * Neo4j's JVM flags and waits until Bolt answers. `detached` keeps it running after we exit.
 */
export async function start(
  layout: Neo4jLayout,
  settings: InstanceSettings,
  options: { detached: boolean; log?: (line: string) => void },
): Promise<StartResult> {
  const log = options.log ?? console.log;
  const current = await status(layout, settings);
  if (current.running) {
    if (!current.boltReady) await waitForBolt(layout, settings, null);
    return { ...current, boltReady: true, startedByUs: false, child: null };
  }
  for (const port of [settings.boltPort, settings.httpPort]) {
    if (await portInUse(port)) {
      throw new InstallError(
        `Port ${port} on 127.0.0.1 is taken by another process (not this project's Neo4j '${settings.name}'). ` +
          'Stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (and NEO4J_URI if you set it).',
      );
    }
  }
  install(layout, log);
  writeConf(layout, settings);
  setInitialPassword(layout, settings);

  const out = openSync(layout.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...JVM_FLAGS,
      '-cp',
      path.join(layout.lib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${layout.instanceDir}`,
      `--config-dir=${layout.conf}`,
    ],
    {
      cwd: layout.instanceDir,
      detached: options.detached,
      stdio: ['ignore', out, out],
      env: childEnv({ NEO4J_HOME: layout.instanceDir, NEO4J_CONF: layout.conf }),
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new InstallError('Could not launch java.');
  writeFileSync(layout.pidFile, String(child.pid));
  if (options.detached) child.unref();
  log(`Starting Neo4j '${settings.name}' (pid ${child.pid}) on bolt://127.0.0.1:${settings.boltPort} …`);
  await waitForBolt(layout, settings, child);
  return { ...(await status(layout, settings)), startedByUs: true, child: options.detached ? null : child };
}

async function waitForBolt(
  layout: Neo4jLayout,
  settings: InstanceSettings,
  child: ChildProcess | null,
): Promise<void> {
  const deadline = Date.now() + settings.startTimeoutMs;
  let exited: number | null = null;
  child?.once('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) break;
    if (await boltAnswers(settings)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  const why =
    exited !== null
      ? `the JVM exited with code ${exited}`
      : `Bolt did not answer within ${settings.startTimeoutMs} ms`;
  const logs = [tail(layout.consoleLog), tail(path.join(layout.logs, 'neo4j.log'))]
    .filter(Boolean)
    .join('\n---\n');
  throw new InstallError(`Neo4j '${settings.name}' failed to start: ${why}.\nLast log lines:\n${logs}`);
}

/** Stops the instance gracefully (SIGTERM lets Neo4j checkpoint), SIGKILL only after the timeout. */
export function stop(layout: Neo4jLayout, timeoutMs = 60_000): Promise<boolean> {
  return stopByPidFile(layout.pidFile, timeoutMs);
}
