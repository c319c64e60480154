/** Process and port helpers shared by the locally managed services (Neo4j, the NLP service). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';

export class InstallError extends Error {}

/** Java 17 or newer must be on PATH (Neo4j 5.26 and CoreNLP 4.5 both run on 17 and 21). */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new InstallError(
      'Java was not found on PATH. Install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk`).',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17)
    throw new InstallError(`Java ${major} found, but this project needs Java 17 or 21 on PATH.`);
  return major;
}

export function readPid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** SIGTERM, then SIGKILL after the timeout; removes the pid file. False when nothing ran. */
export async function stopByPidFile(pidFile: string, timeoutMs: number): Promise<boolean> {
  const pid = readPid(pidFile);
  if (pid === null || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  return true;
}

/** Kills a child we launched if this process exits without its shutdown hook having run. */
export function killOnExit(pid: number | undefined): void {
  process.once('exit', () => {
    if (!pid) return;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {}
  });
}

/** `install --if-java`: true (after saying so) when Java is missing and the install should be skipped. */
export function javaMissing(skipNotice: string): boolean {
  try {
    checkJava();
    return false;
  } catch (error) {
    console.log(`${(error as Error).message}\n${skipNotice}`);
    return true;
  }
}

/** Copies the runtime dependencies of a pom into `outputDir` with Maven (from Maven Central, or ~/.m2). */
export function mavenCopyDependencies(
  pom: string,
  outputDir: string,
  properties: Record<string, string>,
): void {
  mkdirSync(outputDir, { recursive: true });
  const mvn = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pom,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${outputDir}`,
      ...Object.entries(properties).map(([key, value]) => `-D${key}=${value}`),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.error) throw new InstallError(`Could not run mvn: ${mvn.error.message}. Install Apache Maven.`);
  if (mvn.status !== 0) throw new InstallError(`mvn exited with ${mvn.status}; see its output above.`);
}
