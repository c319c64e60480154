import { Command } from 'commander';
import { loadConfigOrExit } from '../../src/config.ts';
import { InstallError, javaMissing } from '../process.ts';
import { install } from './install.ts';
import { devInstance, layoutFor } from './layout.ts';
import { start, status, stop } from './server.ts';

const config = loadConfigOrExit();
const settings = devInstance(config);
const layout = layoutFor(config.localNeo4j.home, settings.name);

const program = new Command()
  .name('neo4j')
  .description(
    'Runs a local Neo4j Community 5.26 + Neo4j Browser without Docker, installed from Maven Central into .neo4j/.\n' +
      'Ports, password and memory come from the project config (.env / environment, see README).',
  );

program
  .command('install')
  .description('download Neo4j and Neo4j Browser with mvn (no-op when already installed)')
  .option('--if-java', 'skip with a notice instead of failing when Java is missing (Docker users)')
  .action((opts: { ifJava?: boolean }) => {
    if (opts.ifJava && javaMissing('Skipping the local Neo4j install: use Docker (see README) or NEO4J_URI.'))
      return;
    install(layout);
  });

program
  .command('start')
  .description('start Neo4j in the background and wait until Bolt answers')
  .action(async () => {
    const result = await start(layout, settings, { detached: true });
    console.log(
      `${result.startedByUs ? 'Started' : 'Already running'}: ${result.boltUri} (pid ${result.pid})\n` +
        `Neo4j Browser: ${result.browserUrl}  (user ${settings.user})`,
    );
  });

program
  .command('stop')
  .description('stop the background Neo4j')
  .action(async () => {
    console.log((await stop(layout)) ? 'Stopped.' : 'Not running.');
  });

program
  .command('status')
  .description('report whether Neo4j runs and answers on Bolt (exit 1 if not)')
  .action(async () => {
    const s = await status(layout, settings);
    console.log(
      s.running
        ? `Running (pid ${s.pid}), Bolt ${s.boltReady ? 'ready' : 'not answering'} at ${s.boltUri}; Browser ${s.browserUrl}`
        : 'Not running.',
    );
    process.exitCode = s.running && s.boltReady ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof InstallError ? error.message : error);
  process.exit(1);
});
