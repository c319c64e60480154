import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { loadConfigOrExit } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { listDocuments } from '../load/list-documents.ts';
import type { LoadSummary } from '../load/load-documents.ts';
import { loadDocuments } from '../load/load-documents.ts';
import type { LoadEvent } from '../load/load-events.ts';
import { describeReread, MAX_REREAD_ROUNDS } from '../load/settle.ts';
import { DEFAULT_TRANSACTION_ROWS } from '../load/transaction-groups.ts';
import { createAnnotator } from '../nlp/annotator.ts';
import { interruptOnSignals } from './interrupt.ts';
import { formatSummary } from './summary.ts';

const config = loadConfigOrExit();
const interrupt = interruptOnSignals((name) =>
  process.stderr.write(
    `\n${name}: stopping. The open transaction is rolled back and the lease released (a second Ctrl-C exits at once) …\n`,
  ),
);

const program = new Command()
  .name('npm run load --')
  .description(
    'Loads German source documents into the Neo4j knowledge graph: entities, relations and their evidence.\n' +
      'Without paths, loads every document in seeds/documents/. Reruns are idempotent; a changed document\n' +
      "replaces its own evidence and keeps the other documents'. Consecutive documents are written together in\n" +
      'transactions of up to 20 000 rows; a failure leaves every document as it was or fully replaced.\n' +
      'Ctrl-C (or SIGTERM) stops a load cleanly: the open transaction is rolled back, the lease released,\n' +
      'the summary names the documents not written; exit code 130 (143 for SIGTERM).\n' +
      'Loads are serialised by a lease in the database, renewed every LOAD_HEARTBEAT_MS (10 s) and lasting\n' +
      'LOAD_LEASE_MS (30 s): a crashed loader blocks others for at most that long.',
  )
  .argument(
    '[paths...]',
    'document files or folders (.txt .md .pdf .html .htm .docx; a folder loads every one of these); default: SEEDS_DIR',
  )
  .option('--dry-run', 'extract and print what would be written, write nothing')
  .option('--reset', 'remove every loaded document and entity first (schema stays)')
  .option('--force', 'rewrite documents even when their content is unchanged')
  .option(
    '--break-lock',
    "take over the lease of a loader known to be gone, before it expires (refused while the holder's heartbeat is fresh)",
  )
  .option('--catalog <path>', 'catalog folder or YAML file', config.seeds.catalogDir)
  .option('--batch-size <n>', 'rows per UNWIND statement', (v) => Number.parseInt(v, 10), 1000)
  .option(
    '--transaction-rows <n>',
    'rows per write transaction',
    (v) => Number.parseInt(v, 10),
    DEFAULT_TRANSACTION_ROWS,
  )
  .option('--no-nlp', 'skip the German NLP service (rules and gazetteer only; finds far less)')
  .option('--json', 'print the summary as JSON instead of a table')
  .addHelpText(
    'after',
    '\nExamples:\n  npm run load\n  npm run load -- ~/docs/pressemitteilung.txt --dry-run\n' +
      '  npm run load -- bericht.pdf presse.html antwort.docx ordner/\n  npm run load -- --reset\n' +
      '  npm run load -- --break-lock   # the loader holding the lease was killed; do not wait for its lease to expire\n' +
      '\nExit codes: 0 loaded, 1 failed (graph as it was), 2 invalid configuration, 3 another load holds the lease\n' +
      '(the message names its host, pid and when the lease expires), 130/143 interrupted by SIGINT/SIGTERM.\n',
  );

/** Progress where no bar can be drawn (a log, a pipe): one line per committed transaction. */
function logLine(event: LoadEvent): string | null {
  if (event.phase === 'read' && event.index === 0) return `reading ${event.total} documents …`;
  if (event.phase === 'commit') return `written ${event.written}/${event.total} documents`;
  if (event.phase === 'reread') return `reading again (round ${event.round}) ${event.because}`;
  if (event.phase === 'lease' && event.tookOverFrom) {
    const { host, pid } = event.tookOverFrom;
    return `took over the load lease from pid ${pid ?? '?'} on host ${host ?? '?'} (expired, or --break-lock)`;
  }
  return null;
}

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
  interrupt.signal.addEventListener('abort', () => bar?.stop());
  const onEvent = (event: LoadEvent) => {
    // A document read again is read and written once more.
    if (event.phase === 'reread' && bar) bar.setTotal(bar.getTotal() + 2);
    if (event.phase === 'read' || event.phase === 'write' || event.phase === 'reread') {
      bar?.increment(1, {
        phase: event.phase,
        item: event.phase === 'read' ? event.file.split('/').pop() : event.documentId,
      });
    }
    const line = bar || opts.json ? null : logLine(event);
    if (line) process.stderr.write(`${line}\n`);
  };
  try {
    bar?.start(files.length * 2, 0, { phase: 'read', item: '' });
    const summary = await loadDocuments(executor, files, {
      annotator: opts.nlp === false ? null : createAnnotator(config),
      annotationsInFlight: config.nlp.threads,
      catalogPath: opts.catalog,
      dryRun: opts.dryRun,
      reset: opts.reset,
      force: opts.force,
      batchSize: opts.batchSize,
      transactionRows: opts.transactionRows,
      lease: config.load,
      breakLock: opts.breakLock ?? false,
      signal: interrupt.signal,
      onEvent,
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
      const reread = rereadLines(summary);
      if (reread) console.log(reread);
    }
    // A signal after the last commit: everything was written, but the exit code says it came.
    if (interrupt.exitCode() !== undefined) {
      console.error('Interrupted after the last transaction had committed: every document was written.');
      process.exitCode = interrupt.exitCode();
    }
  } finally {
    bar?.stop();
    await driver.close();
  }
});

/** Which documents the load read again and why: it learnt what words they had left open name. */
function rereadLines(summary: LoadSummary): string {
  const lines = summary.rereads.map((r) => `  ${describeReread(r)}`);
  if (summary.unsettled.length > 0)
    lines.push(`  not settled after ${MAX_REREAD_ROUNDS} rounds: ${summary.unsettled.join(', ')}`);
  if (summary.unreadable.length > 0)
    lines.push(
      `  not read again (the graph holds no text of them; load their files again): ${summary.unreadable.join(', ')}`,
    );
  return lines.length === 0 ? '' : `Read again (what they left open is now known)\n${lines.join('\n')}\n`;
}

/** Exit codes by error; the message of each says what to do. */
function exitCodeFor(error: AppError): number {
  switch (error.code) {
    case 'LOAD_INTERRUPTED':
      return interrupt.exitCode() ?? 130;
    case 'LOAD_IN_PROGRESS':
    case 'LOAD_LOCK_BREAK_REFUSED':
    case 'LOAD_LEASE_LOST':
      return 3;
    default:
      return 1;
  }
}

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) {
    const stopped = error.code === 'LOAD_INTERRUPTED' || error.code === 'LOAD_LEASE_LOST';
    const after =
      error.code === 'LOAD_INTERRUPTED'
        ? 'The load lease was released: the next load can start at once.'
        : stopped
          ? '' // its message already says what was and was not written
          : 'The graph was left as it was.';
    console.error(
      `Load ${stopped ? 'stopped' : 'failed'} (${error.code}): ${error.message}${after ? `\n${after}` : ''}`,
    );
    process.exit(exitCodeFor(error));
  }
  console.error('Load failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
