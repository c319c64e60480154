import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { provideNeo4j } from './neo4j-provider.ts';
import { provideNlp } from './nlp-provider.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { kind: string; uri: string; user: string; password: string; httpUrl: string };
    nlp: { url: string; startedByUs: boolean };
  }
}

/**
 * Starts one Neo4j and one German NLP service for the run (in parallel: the NLP models take a
 * while to load); test files reach them through `inject('neo4j')` and `inject('nlp')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const [neo4j, nlp] = await Promise.allSettled([provideNeo4j(config), provideNlp(config)]);
  if (neo4j.status === 'rejected' || nlp.status === 'rejected') {
    await Promise.all([neo4j, nlp].map((p) => (p.status === 'fulfilled' ? p.value.stop() : undefined)));
    throw neo4j.status === 'rejected' ? neo4j.reason : (nlp as PromiseRejectedResult).reason;
  }
  project.provide('neo4j', {
    kind: neo4j.value.kind,
    uri: neo4j.value.uri,
    user: neo4j.value.user,
    password: neo4j.value.password,
    httpUrl: neo4j.value.httpUrl,
  });
  project.provide('nlp', { url: nlp.value.url, startedByUs: nlp.value.startedByUs });
  return async () => {
    await Promise.all([neo4j.value.stop(), nlp.value.stop()]);
  };
}
