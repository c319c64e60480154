import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORENLP_VERSION } from '../../src/nlp/annotation.ts';
import { checkJava, InstallError, mavenCopyDependencies } from '../process.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, 'pom.xml');
/** The launcher, run by `java` as a source file (no build step). */
export const SERVER_SOURCE = path.join(HERE, 'NlpServer.java');

/** Where the NLP service lives: jars in <home>/lib, a pid file and a log per port. */
export interface NlpLayout {
  home: string;
  lib: string;
  installedMarker: string;
}

export function nlpLayout(home: string): NlpLayout {
  const lib = path.join(home, 'lib');
  return { home, lib, installedMarker: path.join(lib, `.installed-corenlp-${CORENLP_VERSION}-german`) };
}

export function isInstalled(layout: NlpLayout): boolean {
  return existsSync(layout.installedMarker);
}

/**
 * Copies Stanford CoreNLP and its German models (about 210 MB, GPL-3.0) with their runtime
 * dependencies from Maven Central into <home>/lib. A second call finds the marker and returns at once.
 */
export function install(layout: NlpLayout, log: (line: string) => void = console.log): void {
  checkJava();
  if (isInstalled(layout)) return;
  log(
    `Installing Stanford CoreNLP ${CORENLP_VERSION} + German models from Maven Central into ${layout.lib} …`,
  );
  mavenCopyDependencies(POM, layout.lib, { 'corenlp.version': CORENLP_VERSION });
  const jars = readdirSync(layout.lib).filter((f) => f.endsWith('.jar'));
  if (!jars.includes(`stanford-corenlp-${CORENLP_VERSION}-models-german.jar`)) {
    throw new InstallError('The CoreNLP German models jar is missing after install.');
  }
  writeFileSync(layout.installedMarker, `${new Date().toISOString()}\n${jars.length} jars\n`);
  log(`Installed ${jars.length} jars.`);
}
