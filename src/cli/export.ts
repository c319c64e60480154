import { extname, relative } from 'node:path';
import { Command, Option } from 'commander';
import { loadConfigOrExit } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { writeExport } from '../export/files.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../export/formats.ts';
import { DEFAULT_PAGE_SIZE, expectedCounts, graphSource } from '../export/source.ts';

const config = loadConfigOrExit();

const fileList = EXPORT_FILES.map((f) => `  ${f.format.padEnd(7)} ${f.name.padEnd(14)} ${f.summary}`).join(
  '\n',
);

const program = new Command()
  .name('npm run export --')
  .description(
    'Exports the knowledge graph (entities, their relationships and the quoted evidence) for other tools.\n' +
      'Reads page by page, so a large graph never needs one huge result.',
  )
  .addOption(
    new Option('-f, --format <format>', 'what to write')
      .choices([...EXPORT_FORMATS, 'all'])
      .makeOptionMandatory(),
  )
  .option('-o, --out <path>', 'output directory, or a file name for graphml/jsonld', 'exports')
  .option('--page-size <n>', 'entities per read', (v) => Number.parseInt(v, 10), DEFAULT_PAGE_SIZE)
  .option(
    '--bom',
    'start CSV files with a UTF-8 byte-order mark (Excel on Windows needs it for umlauts)',
    false,
  )
  .addHelpText(
    'after',
    `\nFiles:\n${fileList}\n\nExamples:\n` +
      '  npm run export -- --format graphml                 # exports/graph.graphml\n' +
      '  npm run export -- --format csv --out ~/data/kg     # nodes.csv, edges.csv, evidence.csv\n' +
      '  npm run export -- --format csv --bom               # the same, for Excel on Windows\n' +
      '  npm run export -- --format jsonld --out kg.jsonld\n' +
      '  npm run export -- --format all\n',
  );

program.action(
  async (opts: { format: ExportFormat | 'all'; out: string; pageSize: number; bom: boolean }) => {
    const formats = opts.format === 'all' ? [...EXPORT_FORMATS] : [opts.format];
    if (formats.length > 1 && extname(opts.out) !== '') {
      program.error(`--format all writes several files: --out must be a directory, not "${opts.out}".`);
    }
    const driver = createDriver(config);
    const executor = new Executor(driver, {
      database: config.neo4j.database,
      timeoutMs: Math.max(config.neo4j.queryTimeoutMs, 120_000),
      app: 'hessen-kg-export',
    });
    try {
      const expected = await expectedCounts(executor);
      for (const format of formats) {
        const files = await writeExport(
          () => graphSource(executor, { pageSize: opts.pageSize }),
          format,
          opts.out,
          { bom: opts.bom },
        );
        for (const file of files) {
          const near = relative(process.cwd(), file.path);
          const shown = near.startsWith('..') ? file.path : near;
          console.log(`wrote ${shown}  (${file.description}; ${(file.bytes / 1024).toFixed(1)} KiB)`);
        }
      }
      console.log(
        `graph: ${expected.entities} entities, ${expected.relations} relationships, ${expected.documents} documents`,
      );
    } finally {
      await driver.close();
    }
  },
);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`Export failed (${error.code}): ${error.message}`);
  } else {
    console.error('Export failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
