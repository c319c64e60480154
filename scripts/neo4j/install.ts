import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJava, InstallError, mavenCopyDependencies } from '../process.ts';
import { BROWSER_VERSION, NEO4J_VERSION, type Neo4jLayout } from './layout.ts';

const POM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pom.xml');

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
  mavenCopyDependencies(POM, layout.lib, {
    'neo4j.version': NEO4J_VERSION,
    'neo4j.browser.version': BROWSER_VERSION,
  });
  const jars = readdirSync(layout.lib).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith('neo4j-browser-')))
    throw new InstallError('Neo4j Browser jar missing after install.');
  writeFileSync(layout.installedMarker, `${new Date().toISOString()}\n${jars.length} jars\n`);
  log(`Installed ${jars.length} jars.`);
}
