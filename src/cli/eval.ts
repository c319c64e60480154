import { Command } from 'commander';
import { loadConfigOrExit } from '../config.ts';
import { AppError } from '../errors.ts';
import { formatDetails, formatTable } from '../eval/report.ts';
import { evaluateCorpus, figures } from '../eval/run.ts';
import { createAnnotator } from '../nlp/annotator.ts';

const config = loadConfigOrExit();
const DEFAULT_CORPUS = 'tests/fixtures/corpus/dev';

const program = new Command()
  .name('npm run eval --')
  .description(
    'Measures extraction against a hand-annotated corpus (a folder with documents and gold.yaml):\n' +
      'entity and relation precision/recall, newly named people, person-name traps, verbatim evidence\n' +
      'quotes, validity dates and pages, per document and in total. Runs the loader without writing to Neo4j.',
  )
  .argument('[folder]', 'corpus folder holding gold.yaml', DEFAULT_CORPUS)
  .option('--catalog <path>', 'catalog folder or YAML file', config.seeds.catalogDir)
  .option('-v, --verbose', 'list misses (FN), false positives (FP) and failed checks')
  .option('--json', 'print the scores as JSON')
  .option('--no-nlp', 'skip the German NLP service (rules and gazetteer only)')
  .addHelpText(
    'after',
    '\nExamples:\n  npm run eval\n  npm run eval -- tests/fixtures/corpus/own --verbose\n  npm run -s eval -- --json > scores.json\n',
  );

program.action(
  async (folder: string, opts: { catalog: string; verbose?: boolean; json?: boolean; nlp: boolean }) => {
    const annotator = opts.nlp ? createAnnotator(config) : null;
    const score = await evaluateCorpus(folder, { catalogPath: opts.catalog, annotator });
    if (opts.json) {
      const withFigures = (s: (typeof score.documents)[number]) => ({ ...s, figures: figures(s) });
      console.log(
        JSON.stringify(
          { folder, documents: score.documents.map(withFigures), total: withFigures(score.total) },
          null,
          2,
        ),
      );
      return;
    }
    console.log(`Extraction quality on ${folder}\n`);
    console.log(formatTable(score));
    if (opts.verbose) console.log(formatDetails(score));
  },
);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Evaluation failed (${error.code}): ${error.message}`);
  else console.error('Evaluation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
