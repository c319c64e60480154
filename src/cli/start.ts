/**
 * `npm start`: brings up what is missing (local Neo4j and the German NLP service, in parallel),
 * migrates, loads the seeds into an empty graph, serves the API and prints where everything is.
 * Ctrl-C stops what it started.
 */
import { devInstance, layoutFor } from '../../scripts/neo4j/layout.ts';
import { start as startNeo4j, stop as stopNeo4j } from '../../scripts/neo4j/server.ts';
import { nlpLayout } from '../../scripts/nlp/install.ts';
import { nlpSettings, start as startNlp, stop as stopNlp } from '../../scripts/nlp/server.ts';
import { killOnExit } from '../../scripts/process.ts';
import { loadConfigOrExit } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { refreshCaptions } from '../graph/captions.ts';
import { countGraph } from '../graph/writer.ts';
import { listDocuments } from '../load/list-documents.ts';
import { loadDocuments } from '../load/load-documents.ts';
import { createAnnotator } from '../nlp/annotator.ts';
import { serve, urlsFor } from '../server.ts';
import { interruptOnSignals, signalExitCode } from './interrupt.ts';
import { formatSummary } from './summary.ts';

const config = loadConfigOrExit();
const settings = devInstance(config);
const layout = layoutFor(config.localNeo4j.home, settings.name);
const nlp = { layout: nlpLayout(config.nlp.home), settings: nlpSettings(config) };

type Stop = () => Promise<void>;
const nothing: Stop = async () => {};
/** What this process started, so that a failure on the way up stops exactly that (and nothing it reused). */
const started: Stop[] = [];

/** The local Neo4j when managed; returns its Browser URL and how to stop it if we started it. */
async function bringUpNeo4j(): Promise<{ browserUrl: string; stop: Stop }> {
  const browserUrl = `http://127.0.0.1:${config.localNeo4j.httpPort}/browser/`;
  if (!config.localNeo4j.managed) return { browserUrl, stop: nothing };
  const neo4j = await startNeo4j(layout, settings, { detached: false });
  if (!neo4j.startedByUs) {
    console.log(`Using the Neo4j already running (pid ${neo4j.pid}); it keeps running after this exits.`);
    return { browserUrl: neo4j.browserUrl, stop: nothing };
  }
  // Last resort if we die without running the shutdown hook: never leave the JVM behind.
  killOnExit(neo4j.pid ?? undefined);
  const stop = async () => {
    console.log('Stopping Neo4j (it writes a checkpoint first; this takes a few seconds) …');
    await stopNeo4j(layout);
    console.log('Neo4j stopped.');
  };
  started.push(stop);
  return { browserUrl: neo4j.browserUrl, stop };
}

/** The German NLP service when managed (its models take a while to load, hence in parallel with Neo4j). */
async function bringUpNlp(): Promise<Stop> {
  if (!config.nlp.managed) return nothing;
  const service = await startNlp(nlp.layout, nlp.settings, { detached: false });
  if (!service.startedByUs) {
    console.log(
      `Using the NLP service already running at ${service.url}; it keeps running after this exits.`,
    );
    return nothing;
  }
  killOnExit(service.child?.pid);
  const stop = async () => {
    await stopNlp(nlp.layout, nlp.settings);
    console.log('NLP service stopped.');
  };
  started.push(stop);
  return stop;
}

async function main(): Promise<void> {
  // allSettled: when one fails, the other still finishes coming up, so the failure handler stops both.
  const [neo4jUp, nlpUp] = await Promise.allSettled([bringUpNeo4j(), bringUpNlp()]);
  if (neo4jUp.status === 'rejected') throw neo4jUp.reason;
  if (nlpUp.status === 'rejected') throw nlpUp.reason;
  const neo4j = neo4jUp.value;
  const stopOwnNlp = nlpUp.value;

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
      // Ctrl-C during the seed load stops it like `npm run load`: rolled back, lease released.
      const interrupt = interruptOnSignals((name) =>
        console.log(`${name}: stopping the seed load (rolling back, releasing the lease) …`),
      );
      try {
        const summary = await loadDocuments(executor, files, {
          catalogPath: config.seeds.catalogDir,
          annotator: createAnnotator(config),
          annotationsInFlight: config.nlp.threads,
          lease: config.load,
          signal: interrupt.signal,
        });
        console.log(formatSummary(summary));
      } finally {
        interrupt.dispose();
      }
      // A signal after the seed load's last commit still means: stop, do not serve.
      interrupt.signal.throwIfAborted();
    } else {
      // Browser captions nodes by a stored property: a graph loaded by an older version gets it here.
      await refreshCaptions(executor);
      console.log(
        `Graph: ${counts.documents} documents, ${counts.entities} entities (npm run load to add or refresh).`,
      );
    }
  } finally {
    await driver.close();
  }

  await serve(config, async () => {
    await Promise.all([neo4j.stop(), stopOwnNlp()]);
  });
  const urls = urlsFor(config);
  console.log(
    [
      '',
      'Hessen digital-government knowledge graph is up:',
      `  GraphQL endpoint   ${urls.graphql}`,
      `  GraphiQL           ${urls.graphiql}`,
      `  REST docs          ${urls.docs}   (OpenAPI: ${urls.api}/openapi.json)`,
      `  Explorer           ${urls.explore}`,
      `  Neo4j Browser      ${neo4j.browserUrl}   (user ${config.neo4j.user}, bolt ${config.neo4j.uri})`,
      `  German NLP         ${config.nlp.url}   (CoreNLP; POST /annotate, GET /health)`,
      '',
      `Ready in ${(performance.now() / 1000).toFixed(1)} s. Ctrl-C stops the API and the Neo4j and NLP service it started.`,
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  const interrupted = error instanceof AppError && error.code === 'LOAD_INTERRUPTED';
  console.error(
    interrupted
      ? `Seed load stopped (${error.code}): ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  await Promise.all(started.map((stop) => stop().catch(() => undefined)));
  process.exit(interrupted ? signalExitCode(String(error.details?.signal)) : 1);
});
