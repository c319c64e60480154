/**
 * Shows what the loader reads in a sentence: the dependency parse, the entities it names and the
 * relations stated — the view a linguist needs to see why a rule fires or not, without Neo4j.
 */
import { Command } from 'commander';
import { loadConfigOrExit } from '../config.ts';
import { AppError } from '../errors.ts';
import { loadCatalog } from '../ingest/catalog.ts';
import type { Doc } from '../ingest/doc.ts';
import { newDoc, pipelineContext, runPipeline } from '../ingest/pipeline.ts';
import { readSourceText } from '../load/read-source.ts';
import { createAnnotator } from '../nlp/annotator.ts';

const config = loadConfigOrExit();

const program = new Command()
  .name('npm run explain --')
  .description(
    'Runs the load pipeline over a text and prints, per sentence, the dependency parse (word, tag, relation,\n' +
      'head), the entities found and the relations stated with the rule that found them. Writes nothing.',
  )
  .argument('[text]', 'the German text to read (or use --file)')
  .option('-f, --file <path>', 'read the text from a file')
  .option('--catalog <path>', 'catalog folder or YAML file', config.seeds.catalogDir)
  .option('--no-parse', 'leave out the dependency parse')
  .option('--no-nlp', 'skip the German NLP service (rules and gazetteer only)')
  .addHelpText(
    'after',
    '\nExamples:\n  npm run explain -- "Die HZD betreibt seit 2019 die Hessen-App."\n  npm run explain -- --file brief.txt --no-parse\n',
  );

function printSentence(doc: Doc, index: number, withParse: boolean): void {
  const sentence = doc.sentences[index];
  if (!sentence) return;
  console.log(`\n§${index + 1} ${doc.text.slice(sentence.start, sentence.end).trim()}`);
  const parse = doc.parses[index];
  if (withParse && parse) {
    for (const t of parse.tokens) {
      const head = t.head >= 0 ? `${parse.tokens[t.head]?.word} (${t.head + 1})` : 'ROOT';
      const ner = t.ner && t.ner !== 'O' ? ` ${t.ner}` : '';
      console.log(
        `  ${String(t.i + 1).padStart(3)} ${t.word.padEnd(24)} ${t.pos.padEnd(6)} ${t.dep.padEnd(12)} → ${head}${ner}`,
      );
    }
  }
  const names = new Map((doc.batch?.entities ?? []).map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  for (const m of doc.bySentence[index] ?? []) {
    const marks = [m.anaphor ? 'anaphor' : '', m.modifier ? 'modifier' : ''].filter(Boolean).join(', ');
    console.log(
      `  entity   ${m.type.padEnd(13)} ${name(m.entityId)} „${doc.text.slice(m.start, m.end)}“${marks ? ` (${marks})` : ''}`,
    );
  }
  for (const r of doc.relations.filter((x) => x.sentence === index)) {
    const role = r.role ? ` [${r.role}]` : '';
    console.log(`  relation ${name(r.from)} ${r.type}${role} ${name(r.to)} (${r.method}, ${r.confidence})`);
  }
}

program.action(
  async (
    text: string | undefined,
    opts: { file?: string; catalog: string; parse: boolean; nlp: boolean },
  ) => {
    // A file is read as the loader reads it: by its format's reader, with its metadata.
    const source = opts.file ? await readSourceText(opts.file) : undefined;
    const raw = source?.extracted.text ?? text ?? '';
    if (!raw) program.error('Give a text or --file <path>.');
    const catalog = await loadCatalog(opts.catalog);
    const ctx = pipelineContext(catalog, { annotator: opts.nlp ? createAnnotator(config) : null });
    const meta = source?.meta ?? { id: 'explain', file: 'explain.txt', sha256: 'explain' };
    const doc = await runPipeline(newDoc(meta, raw, ctx), ctx);
    for (let i = 0; i < doc.sentences.length; i++) printSentence(doc, i, opts.parse);
  },
);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Explain failed (${error.code}): ${error.message}`);
  else console.error('Explain failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
