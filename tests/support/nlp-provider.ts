import { nlpLayout } from '../../scripts/nlp/install.ts';
import { nlpSettings, start, stop } from '../../scripts/nlp/server.ts';
import type { Config } from '../../src/config.ts';

export interface ProvidedNlp {
  /** Base URL of the German NLP service the tests use. */
  url: string;
  /** Whether this run started it on TEST_NLP_PORT (and will stop it). */
  startedByUs: boolean;
  stop(): Promise<void>;
}

/**
 * The one place that decides where tests get the NLP service: NLP_URL when set; else one that
 * already answers on TEST_NLP_PORT (e.g. from `NLP_PORT=9001 npm run nlp:start`, to skip the model
 * load while iterating); else the local install, installed and started here and stopped afterwards.
 */
export async function provideNlp(config: Config): Promise<ProvidedNlp> {
  if (config.test.nlpUrl) return { url: config.test.nlpUrl, startedByUs: false, stop: async () => {} };
  const layout = nlpLayout(config.nlp.home);
  const settings = nlpSettings(config, config.test.nlpPort);
  const started = await start(layout, settings, { detached: true, log: console.log });
  return {
    url: started.url,
    startedByUs: started.startedByUs,
    stop: async () => {
      if (started.startedByUs) await stop(layout, settings);
    },
  };
}
