import { Command } from 'commander';
import { loadConfigOrExit } from '../../src/config.ts';
import { InstallError, javaMissing } from '../process.ts';
import { install, nlpLayout } from './install.ts';
import { nlpSettings, start, status, stop } from './server.ts';

const config = loadConfigOrExit();
const settings = nlpSettings(config);
const layout = nlpLayout(config.nlp.home);

const program = new Command()
  .name('nlp')
  .description(
    'Runs the German NLP service (Stanford CoreNLP 4.5.10 with its German models, and LanguageTool’s German\n' +
      'dictionary for lemmas) on 127.0.0.1 without Docker, installed from Maven Central into .nlp/.\n' +
      'Port, heap and workers come from the project config (see README).',
  );

program
  .command('install')
  .description('download CoreNLP, its German models and the German dictionary with mvn (no-op when present)')
  .option('--if-java', 'skip with a notice instead of failing when Java is missing (Docker users)')
  .action((opts: { ifJava?: boolean }) => {
    if (opts.ifJava && javaMissing('Skipping the local NLP install: use Docker (see README) or NLP_URL.'))
      return;
    install(layout);
  });

program
  .command('start')
  .description('start the NLP service in the background and wait until its models are loaded')
  .action(async () => {
    const result = await start(layout, settings, { detached: true });
    console.log(
      `${result.startedByUs ? 'Started' : 'Already running'}: ${result.url} (pid ${result.pid ?? '?'})`,
    );
  });

program
  .command('stop')
  .description('stop the background NLP service')
  .action(async () => {
    console.log((await stop(layout, settings)) ? 'Stopped.' : 'Not running.');
  });

program
  .command('status')
  .description('report whether the NLP service runs and has loaded its models (exit 1 if not)')
  .action(async () => {
    const s = await status(layout, settings);
    const state = s.stale ? `stale: ${s.stale}` : s.ready ? 'ready' : 'loading models';
    console.log(
      s.running || s.ready || s.stale
        ? `Running${s.pid ? ` (pid ${s.pid})` : ''}, ${state} at ${s.url}`
        : 'Not running.',
    );
    process.exitCode = s.ready ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof InstallError ? error.message : error);
  process.exit(1);
});
