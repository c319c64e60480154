import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { loadConfigOrExit } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { listDocuments } from '../load/list-documents.ts';
import { loadDocuments } from '../load/load-documents.ts';
import { formatSummary } from './summary.ts';

const config = loadConfigOrExit();

const program = new Command()
  .name('npm run load --')
  .description(
    'Loads German source documents into the Neo4j knowledge graph: entities, relations and their evidence.\n' +
      'Without paths, loads every document in seeds/documents/. Reruns are idempotent; a changed document\n' +
      "replaces its own evidence and keeps the other documents'. Consecutive documents are written together in\n" +
      'transactions of up to 20 000 rows; a failure leaves every document as it was or fully replaced.',
  )
  .argument('[paths...]', 'document files or folders (.txt/.md); default: SEEDS_DIR')
  .option('--dry-run', 'extract and print what would be written, write nothing')
  .option('--reset', 'remove every loaded document and entity first (schema stays)')
  .option('--force', 'rewrite documents even when their content is unchanged')
  .option('--catalog <path>', 'catalog folder or YAML file', config.seeds.catalogDir)
  .option('--batch-size <n>', 'rows per UNWIND statement', (v) => Number.parseInt(v, 10), 1000)
  .option('--json', 'print the summary as JSON instead of a table')
  .addHelpText(
    'after',
    '\nExamples:\n  npm run load\n  npm run load -- ~/docs/pressemitteilung.txt --dry-run\n  npm run load -- --reset\n',
  );

program.action(async (paths: string[], opts) => {
  const files = await listDocuments(paths.length > 0 ? paths : [config.seeds.documentsDir]);
  const driver = createDriver(config);
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.loadTimeoutMs,
    app: 'hessen-kg-loader',
  });
  const bar =
    process.stderr.isTTY && !opts.json
      ? new SingleBar({ format: ' {phase} [{bar}] {value}/{total} {item}' })
      : null;
  try {
    bar?.start(files.length * 2, 0, { phase: 'read', item: '' });
    const summary = await loadDocuments(executor, files, {
      catalogPath: opts.catalog,
      dryRun: opts.dryRun,
      reset: opts.reset,
      force: opts.force,
      batchSize: opts.batchSize,
      onEvent: (event) =>
        bar?.increment(1, {
          phase: event.phase,
          item: event.phase === 'read' ? event.file.split('/').pop() : event.documentId,
        }),
    });
    bar?.stop();
    if (opts.json) {
      const { batches, ...rest } = summary;
      console.log(JSON.stringify(opts.dryRun ? { ...rest, batches } : rest, null, 2));
    } else {
      if (opts.dryRun) {
        for (const batch of summary.batches) {
          console.log(
            `\n${batch.document.id}: ${batch.entities.length} entities, ${batch.relations.length} relations`,
          );
          for (const e of batch.entities) console.log(`  ${e.type.padEnd(12)} ${e.id}  "${e.name}"`);
          for (const r of batch.relations)
            console.log(`  ${r.from} -[${r.type}]-> ${r.to}  (${r.method}, ${r.confidence})`);
        }
        console.log('');
      }
      console.log(formatSummary(summary));
    }
  } finally {
    bar?.stop();
    await driver.close();
  }
});

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`Load failed (${error.code}): ${error.message}\nThe graph was left as it was.`);
    process.exit(error.code === 'LOAD_IN_PROGRESS' ? 3 : 1);
  }
  console.error('Load failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
