/**
 * Precision and recall of the loader's extraction (the whole pipeline with the real NLP service)
 * against the team's hand annotation of the seeds (tests/fixtures/gold). Within each gold passage,
 * predicted entities are those mentioned there and predicted relations those with evidence there
 * (co-occurrence excluded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT as ROOT } from '../../src/config.ts';
import { loadCatalog } from '../../src/ingest/index.ts';
import { readSource } from '../../src/load/read-source.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';

interface GoldPassage {
  start: string;
  end: string;
  entities: string[];
  relations: [string, string, string][];
}
interface GoldFile {
  document: string;
  passages: GoldPassage[];
}

/**
 * Bars the pipeline must keep; raise them when it improves. Measured on the loader's own road, with
 * the NLP service (entities 0.893 / 0.962, relations 0.909 / 0.864 on 6.12.2026); the rules-only
 * road this sample was first measured on gave fewer tagger names, hence fewer entity false positives.
 */
const BARS = { entity: { precision: 0.88, recall: 0.95 }, relation: { precision: 0.9, recall: 0.85 } };

const QUOTES = /[„“”"»«]/;

/** Source text without Markdown emphasis and with whitespace collapsed, and a map back to source offsets. */
function quotable(source: string): { text: string; toSource: (offset: number) => number } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const two = source.slice(i, i + 2);
    if (two === '**' || two === '__') {
      i++;
      continue;
    }
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else text += QUOTES.test(ch) ? '"' : ch;
    map.push(i);
  }
  map.push(source.length);
  return { text, toSource: (offset) => map[Math.min(offset, map.length - 1)] as number };
}

function score(gold: Set<string>, predicted: Set<string>) {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

describe('extraction quality on the annotated sample', () => {
  it('keeps precision and recall of entities and relations above the bars', async () => {
    const catalog = await loadCatalog(path.join(ROOT, 'seeds', 'catalog'));
    const annotator = createAnnotator(testConfig());
    const dir = path.join(ROOT, 'tests/fixtures/gold');
    const totals = { entity: { tp: 0, fp: 0, fn: 0 }, relation: { tp: 0, fp: 0, fn: 0 } };
    const misses: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const gold = parse(readFileSync(path.join(dir, file), 'utf8')) as GoldFile;
      const batch = await readSource(path.join(ROOT, gold.document), catalog, { annotator });
      // Passages are written as the reader sees them: compare with the quotable source text.
      const { text, toSource } = quotable(batch.document.text);
      const types = new Map(batch.entities.map((e) => [e.id, e.type]));
      for (const p of gold.passages) {
        const [first, last] = [p.start, p.end].map((x) =>
          x.replace(/\s+/g, ' ').replace(/[„“”"»«]/g, '"'),
        ) as [string, string];
        const from = text.indexOf(first);
        const to = text.indexOf(last, from) + last.length;
        expect(from, `${file}: passage "${p.start}"`).toBeGreaterThanOrEqual(0);
        expect(to, `${file}: passage end "${p.end}"`).toBeGreaterThan(from + p.end.length - 1);
        const [start, end] = [toSource(from), toSource(to)];
        const inside = (s: number) => s >= start && s < end;
        const entities = new Set(
          batch.mentions
            .filter((m) => inside(m.surfaceStart ?? m.start))
            .map((m) => `${m.entityId}:${types.get(m.entityId)}`),
        );
        const relations = new Set(
          batch.relations
            .filter(
              (r) => r.type !== 'CO_OCCURS_WITH' && r.evidence.some((e) => e.start < end && e.end > start),
            )
            .map((r) => `${r.from} ${r.type} ${r.to}`),
        );
        const goldEntities = new Set(p.entities);
        const goldRelations = new Set(p.relations.map((r) => r.join(' ')));
        for (const [kind, g, pr] of [
          ['entity', goldEntities, entities],
          ['relation', goldRelations, relations],
        ] as const) {
          const s = score(g, pr);
          totals[kind].tp += s.tp;
          totals[kind].fp += s.fp;
          totals[kind].fn += s.fn;
          for (const x of pr) if (!g.has(x)) misses.push(`FP ${kind} ${x}`);
          for (const x of g) if (!pr.has(x)) misses.push(`FN ${kind} ${x}`);
        }
      }
    }
    const rows = (['entity', 'relation'] as const).map((kind) => {
      const { tp, fp, fn } = totals[kind];
      return {
        kind,
        tp,
        fp,
        fn,
        precision: +(tp / (tp + fp)).toFixed(3),
        recall: +(tp / (tp + fn)).toFixed(3),
      };
    });
    console.log('Extraction quality on tests/fixtures/gold:');
    console.table(rows);
    console.log(misses.join('\n'));
    for (const row of rows) {
      expect(row.precision, `${row.kind} precision`).toBeGreaterThanOrEqual(BARS[row.kind].precision);
      expect(row.recall, `${row.kind} recall`).toBeGreaterThanOrEqual(BARS[row.kind].recall);
    }
  });
});

describe('the seeds as a showcase', () => {
  it('walks from the economy minister to the digital driving-licence application over stated relations only', async () => {
    // The cabinet table of one seed names the minister; „Diese vom Hessischen Wirtschaftsministerium
    // entwickelte OZG-Leistung …“ in the other follows the sentence that names the service.
    const catalog = await loadCatalog(path.join(ROOT, 'seeds', 'catalog'));
    const annotator = createAnnotator(testConfig());
    const folder = path.join(ROOT, 'seeds', 'documents');
    const relations = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')))
      relations.push(...(await readSource(path.join(folder, file), catalog, { annotator })).relations);
    const stated = relations.filter((r) => r.type !== 'CO_OCCURS_WITH');
    const ministries = stated
      .filter((r) => r.from === 'kaweh-mansoori' && r.type === 'HEADS')
      .map((r) => r.to);
    const developed = stated
      .filter((r) => ministries.includes(r.from) && r.type === 'DEVELOPS')
      .map((r) => r.to);
    expect(developed).toContain('fuehrerscheinantrag');
  });
});
