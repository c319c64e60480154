/**
 * `npm start`: brings up what is missing (local Neo4j), migrates, loads the seeds into an empty
 * graph, serves the API and prints where everything is. Ctrl-C stops what it started.
 */
import { devInstance, layoutFor } from '../../scripts/neo4j/layout.ts';
import { start as startNeo4j, stop as stopNeo4j } from '../../scripts/neo4j/server.ts';
import { loadConfigOrExit } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { countGraph } from '../graph/writer.ts';
import { listDocuments } from '../load/list-documents.ts';
import { loadDocuments } from '../load/load-documents.ts';
import { serve, urlsFor } from '../server.ts';
import { formatSummary } from './summary.ts';

const config = loadConfigOrExit();
const settings = devInstance(config);
const layout = layoutFor(config.localNeo4j.home, settings.name);

async function main(): Promise<void> {
  let stopOwnNeo4j = async () => {};
  let browserUrl = `http://127.0.0.1:${config.localNeo4j.httpPort}/browser/`;
  if (config.localNeo4j.managed) {
    const neo4j = await startNeo4j(layout, settings, { detached: false });
    browserUrl = neo4j.browserUrl;
    if (neo4j.startedByUs) {
      const pid = neo4j.pid;
      stopOwnNeo4j = async () => {
        console.log('Stopping Neo4j (it writes a checkpoint first; this takes a few seconds) …');
        await stopNeo4j(layout);
        console.log('Neo4j stopped.');
      };
      // Last resort if we die without running the shutdown hook: never leave the JVM behind.
      process.once('exit', () => {
        if (pid) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {}
        }
      });
    } else {
      console.log(`Using the Neo4j already running (pid ${neo4j.pid}); it keeps running after this exits.`);
    }
  }

  const driver = createDriver(config);
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.loadTimeoutMs,
    app: 'hessen-kg-start',
  });
  try {
    await applyMigrations(executor);
    const counts = await countGraph(executor);
    if (counts.documents === 0 && config.seeds.loadIfEmpty) {
      console.log('The graph is empty: loading the seed documents …');
      const files = await listDocuments([config.seeds.documentsDir]);
      const summary = await loadDocuments(executor, files, { catalogPath: config.seeds.catalogDir });
      console.log(formatSummary(summary));
    } else {
      console.log(
        `Graph: ${counts.documents} documents, ${counts.entities} entities (npm run load to add or refresh).`,
      );
    }
  } finally {
    await driver.close();
  }

  await serve(config, stopOwnNeo4j);
  const urls = urlsFor(config);
  console.log(
    [
      '',
      'Hessen digital-government knowledge graph is up:',
      `  GraphQL endpoint   ${urls.graphql}`,
      `  GraphiQL           ${urls.graphiql}`,
      `  REST docs          ${urls.docs}   (OpenAPI: ${urls.api}/openapi.json)`,
      `  Explorer           ${urls.explore}`,
      `  Neo4j Browser      ${browserUrl}   (user ${config.neo4j.user}, bolt ${config.neo4j.uri})`,
      '',
      `Ready in ${(performance.now() / 1000).toFixed(1)} s. Ctrl-C stops the API and the Neo4j it started.`,
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (config.localNeo4j.managed) await stopNeo4j(layout).catch(() => undefined);
  process.exit(1);
});
