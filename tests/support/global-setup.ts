import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { provideNeo4j } from './neo4j-provider.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { kind: string; uri: string; user: string; password: string; httpUrl: string };
  }
}

/** Starts one Neo4j for the integration run; every test file connects to it through `inject('neo4j')`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await provideNeo4j(loadConfig({ NODE_ENV: 'test' }));
  project.provide('neo4j', {
    kind: neo4j.kind,
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    httpUrl: neo4j.httpUrl,
  });
  return () => neo4j.stop();
}
