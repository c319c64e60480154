import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_VERSION, NEO4J_VERSION, type Neo4jLayout } from './layout.ts';

const POM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pom.xml');

export class InstallError extends Error {}

/** Java 17 or newer must be on PATH; Neo4j 5.26 runs on 17 and 21. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new InstallError(
      'Java was not found on PATH. Install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk`).',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new InstallError(`Java ${major} found, but Neo4j ${NEO4J_VERSION} needs Java 17 or 21 on PATH.`);
  }
  return major;
}

export function isInstalled(layout: Neo4jLayout): boolean {
  return existsSync(layout.installedMarker);
}

/**
 * Copies Neo4j Community and Neo4j Browser with their runtime dependencies from Maven Central
 * into <home>/lib. A second call finds the marker and returns at once, without network.
 */
export function install(layout: Neo4jLayout, log: (line: string) => void = console.log): void {
  checkJava();
  if (isInstalled(layout)) return;
  log(
    `Installing Neo4j Community ${NEO4J_VERSION} + Neo4j Browser ${BROWSER_VERSION} from Maven Central into ${layout.lib} …`,
  );
  mkdirSync(layout.lib, { recursive: true });
  const mvn = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${layout.lib}`,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      `-Dneo4j.browser.version=${BROWSER_VERSION}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.error) throw new InstallError(`Could not run mvn: ${mvn.error.message}. Install Apache Maven.`);
  if (mvn.status !== 0) throw new InstallError(`mvn exited with ${mvn.status}; see its output above.`);
  const jars = readdirSync(layout.lib).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith('neo4j-browser-')))
    throw new InstallError('Neo4j Browser jar missing after install.');
  writeFileSync(layout.installedMarker, `${new Date().toISOString()}\n${jars.length} jars\n`);
  log(`Installed ${jars.length} jars.`);
}
