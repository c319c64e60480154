import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, childEnv } from '../../src/config.ts';
import { serviceMismatch } from '../../src/nlp/client.ts';
import { ServiceHealthSchema } from '../../src/nlp/schema.ts';
import { InstallError, isAlive, portInUse, readPid, stopByPidFile, tail } from '../process.ts';
import { install, type NlpLayout, SERVER_SOURCE } from './install.ts';

export interface NlpSettings {
  port: number;
  heap: string;
  threads: number;
  startTimeoutMs: number;
}

/** The service `npm start` and `npm run nlp:*` manage (NLP_PORT), or the tests' (TEST_NLP_PORT). */
export function nlpSettings(config: Config, port = config.nlp.port): NlpSettings {
  return {
    port,
    heap: config.nlp.heap,
    threads: config.nlp.threads,
    startTimeoutMs: config.nlp.startTimeoutMs,
  };
}

export interface NlpStatus {
  running: boolean;
  pid: number | null;
  ready: boolean;
  url: string;
  /** Why the service on the port is not the one this checkout expects (an older version), or null. */
  stale: string | null;
}

export interface NlpStartResult extends NlpStatus {
  /** False when a service already answered on the port: whoever started it stops it. */
  startedByUs: boolean;
  child: ChildProcess | null;
}

/** One service per port: its pid file and log live in NLP_HOME. */
function filesFor(layout: NlpLayout, port: number) {
  return {
    pidFile: path.join(layout.home, 'run', `nlp-${port}.pid`),
    log: path.join(layout.home, 'logs', `nlp-${port}.log`),
  };
}

const urlFor = (port: number) => `http://127.0.0.1:${port}`;

type Probe =
  | { kind: 'none' | 'loading' | 'ready' | 'other' }
  /** This project's service, but not what this checkout runs (e.g. from before lemmas and morphology). */
  | { kind: 'stale'; why: string };

/** What answers on the port: nothing, our service (loading, ready or stale), or some other program. */
async function probe(port: number): Promise<Probe> {
  let response: Response;
  try {
    response = await fetch(`${urlFor(port)}/health`, { signal: AbortSignal.timeout(10_000) });
  } catch {
    return { kind: (await portInUse(port)) ? 'other' : 'none' };
  }
  const health = ServiceHealthSchema.safeParse(await response.json().catch(() => undefined));
  if (!health.success) return { kind: 'other' };
  const why = serviceMismatch(health.data);
  if (why) return { kind: 'stale', why };
  return { kind: health.data.ready ? 'ready' : 'loading' };
}

export async function status(layout: NlpLayout, settings: NlpSettings): Promise<NlpStatus> {
  const pid = readPid(filesFor(layout, settings.port).pidFile);
  const running = pid !== null && isAlive(pid);
  const found = await probe(settings.port);
  return {
    running,
    pid: running ? pid : null,
    ready: found.kind === 'ready',
    url: urlFor(settings.port),
    stale: found.kind === 'stale' ? found.why : null,
  };
}

/**
 * Installs if needed, launches NlpServer.java on 127.0.0.1:<port> and waits until its models are
 * loaded. A service of this project that already answers on the port is reused, not restarted,
 * unless it is stale (another CoreNLP release, or from before lemmas and morphology): one this
 * NLP_HOME started (its pid file) is restarted, any other is refused.
 */
export async function start(
  layout: NlpLayout,
  settings: NlpSettings,
  options: { detached: boolean; log?: (line: string) => void },
): Promise<NlpStartResult> {
  const log = options.log ?? console.log;
  const files = filesFor(layout, settings.port);
  let found = await probe(settings.port);
  if (found.kind === 'stale') {
    const pid = readPid(files.pidFile);
    if (pid === null || !isAlive(pid)) {
      throw new InstallError(
        `Port ${settings.port} on 127.0.0.1 answers as an older version of this project's NLP service, ` +
          `not started from ${layout.home}: ${found.why}. Stop it, or choose another port with NLP_PORT ` +
          '(TEST_NLP_PORT for the tests).',
      );
    }
    log(`The NLP service on port ${settings.port} (pid ${pid}) is stale: ${found.why}. Restarting it.`);
    await stopByPidFile(files.pidFile, 10_000);
    found = await probe(settings.port);
  }
  if (found.kind === 'other' || found.kind === 'stale') {
    throw new InstallError(
      `Port ${settings.port} on 127.0.0.1 is taken by another program (not this project's NLP service). ` +
        'Stop it, or choose another port with NLP_PORT (TEST_NLP_PORT for the tests).',
    );
  }
  if (found.kind !== 'none') {
    if (found.kind === 'loading') await waitForReady(settings, files.log, null);
    return { ...(await status(layout, settings)), ready: true, startedByUs: false, child: null };
  }

  install(layout, log);
  mkdirSync(path.dirname(files.pidFile), { recursive: true });
  mkdirSync(path.dirname(files.log), { recursive: true });
  const out = openSync(files.log, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${settings.heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      path.join(layout.lib, '*'),
      SERVER_SOURCE,
      '--port',
      String(settings.port),
      '--threads',
      String(settings.threads),
    ],
    { detached: options.detached, stdio: ['ignore', out, out], env: childEnv() },
  );
  closeSync(out);
  if (child.pid === undefined) throw new InstallError('Could not launch java.');
  writeFileSync(files.pidFile, String(child.pid));
  if (options.detached) child.unref();
  log(`Starting the German NLP service (pid ${child.pid}) on ${urlFor(settings.port)}; loading models …`);
  try {
    await waitForReady(settings, files.log, child);
  } catch (error) {
    await stopByPidFile(files.pidFile, 5_000);
    throw error;
  }
  return { ...(await status(layout, settings)), startedByUs: true, child: options.detached ? null : child };
}

async function waitForReady(settings: NlpSettings, logFile: string, child: ChildProcess | null) {
  const deadline = Date.now() + settings.startTimeoutMs;
  let exited: number | null = null;
  child?.once('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline && exited === null) {
    const found = await probe(settings.port);
    if (found.kind === 'ready') return;
    if (found.kind === 'stale')
      throw new InstallError(`The NLP service on port ${settings.port}: ${found.why}.`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const why =
    exited !== null
      ? `the JVM exited with code ${exited}`
      : `the models were not loaded within ${settings.startTimeoutMs} ms (NLP_START_TIMEOUT_MS)`;
  throw new InstallError(
    `The German NLP service on port ${settings.port} failed to start: ${why}.\n` +
      `Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/** Stops the service on this port if this project started it (it holds no state: a short grace). */
export async function stop(layout: NlpLayout, settings: Pick<NlpSettings, 'port'>): Promise<boolean> {
  return stopByPidFile(filesFor(layout, settings.port).pidFile, 10_000);
}
