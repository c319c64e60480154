import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORENLP_VERSION, GERMAN_POS_DICT_VERSION, MORFOLOGIK_VERSION } from '../../src/nlp/annotation.ts';
import { checkJava, InstallError, mavenCopyDependencies } from '../process.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, 'pom.xml');
/** The launcher, run by `java` as a source file (no build step). */
export const SERVER_SOURCE = path.join(HERE, 'NlpServer.java');

/**
 * The jars the service cannot run without. An install from before the dictionary has the CoreNLP
 * jars but not these, so "installed" means the marker of this set and every one of them.
 */
export const REQUIRED_JARS: readonly string[] = [
  `stanford-corenlp-${CORENLP_VERSION}.jar`,
  `stanford-corenlp-${CORENLP_VERSION}-models-german.jar`,
  `german-pos-dict-${GERMAN_POS_DICT_VERSION}.jar`,
  `morfologik-stemming-${MORFOLOGIK_VERSION}.jar`,
  `morfologik-fsa-${MORFOLOGIK_VERSION}.jar`,
];

/** Where the NLP service lives: jars in <home>/lib, a pid file and a log per port. */
export interface NlpLayout {
  home: string;
  lib: string;
  installedMarker: string;
}

export function nlpLayout(home: string): NlpLayout {
  const lib = path.join(home, 'lib');
  return {
    home,
    lib,
    installedMarker: path.join(
      lib,
      `.installed-corenlp-${CORENLP_VERSION}-german_german-pos-dict-${GERMAN_POS_DICT_VERSION}`,
    ),
  };
}

export function isInstalled(layout: NlpLayout): boolean {
  return existsSync(layout.installedMarker) && missingJars(layout).length === 0;
}

function missingJars(layout: NlpLayout): string[] {
  return REQUIRED_JARS.filter((jar) => !existsSync(path.join(layout.lib, jar)));
}

/**
 * Copies Stanford CoreNLP and its German models (about 210 MB, GPL-3.0) and LanguageTool's German
 * dictionary with its morfologik reader (1.5 MB, CC BY-SA 4.0 and BSD), with their runtime
 * dependencies, from Maven Central into <home>/lib. A second call finds the marker and the jars and
 * returns at once; an older install (without the dictionary) gets only what it lacks.
 */
export function install(layout: NlpLayout, log: (line: string) => void = console.log): void {
  checkJava();
  if (isInstalled(layout)) return;
  log(
    `Installing Stanford CoreNLP ${CORENLP_VERSION} + German models and the German dictionary ` +
      `(german-pos-dict ${GERMAN_POS_DICT_VERSION}) from Maven Central into ${layout.lib} …`,
  );
  mavenCopyDependencies(POM, layout.lib, {
    'corenlp.version': CORENLP_VERSION,
    'german-pos-dict.version': GERMAN_POS_DICT_VERSION,
    'morfologik.version': MORFOLOGIK_VERSION,
  });
  const missing = missingJars(layout);
  if (missing.length > 0) throw new InstallError(`Missing after install: ${missing.join(', ')}.`);
  const jars = readdirSync(layout.lib).filter((f) => f.endsWith('.jar'));
  writeFileSync(layout.installedMarker, `${new Date().toISOString()}\n${jars.length} jars\n`);
  log(`Installed ${jars.length} jars.`);
}
