/**
 * Extraction quality on the hand-annotated corpora (tests/fixtures/corpus/*), the figures of
 * `npm run eval`: prints the table and fails when a figure falls below its floor. Extraction only,
 * nothing is written to Neo4j; the German NLP service is the test run's own (`inject('nlp')`).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { formatTable } from '../../src/eval/report.ts';
import { evaluateCorpus, type Figures, figures } from '../../src/eval/run.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';

/**
 * Issue #11's acceptance figures on the development corpus: entity precision and recall ≥ 0.85,
 * newly named people ≥ 0.9, relation recall ≥ 0.70 and precision ≥ 0.85, no trap word linked to a
 * person. Precision floors never exceed these targets.
 */
const TARGETS = {
  entityPrecision: 0.85,
  entityRecall: 0.85,
  newPeopleRecall: 0.9,
  relationPrecision: 0.85,
  relationRecall: 0.7,
  trapViolations: 0,
} as const;

type Floor = Partial<
  Record<
    | 'entityPrecision'
    | 'entityRecall'
    | 'newPeopleRecall'
    | 'relationPrecision'
    | 'relationRecall'
    | 'dateAccuracy',
    number
  >
> & {
  /** At most this many; traps and non-verbatim quotes are zero-tolerance. */
  trapViolations: number;
  quotesNotVerbatim: number;
};

/**
 * The floors: what the loader achieves today minus a small margin, so a regression fails and today
 * passes. Raise them as extraction improves, up to TARGETS (the issue's acceptance on `dev`).
 */
const FLOORS: Record<string, Floor> = {
  dev: {
    entityPrecision: 0.91,
    entityRecall: 0.9,
    newPeopleRecall: 0.9,
    relationPrecision: 0.95,
    relationRecall: 0.77,
    // Issue #12's acceptance: at least 0.8 of the dated facts (measured 21 of 26).
    dateAccuracy: 0.8,
    trapViolations: 0,
    quotesNotVerbatim: 0,
  },
  own: {
    entityPrecision: 0.9,
    entityRecall: 0.91,
    newPeopleRecall: 0.9,
    relationPrecision: 0.94,
    relationRecall: 0.57,
    dateAccuracy: 0.1,
    trapViolations: 0,
    quotesNotVerbatim: 0,
  },
  // The analysis corpus: written for reading misses, in the test corpus's genres.
  analysis: {
    entityPrecision: 0.86,
    entityRecall: 0.85,
    newPeopleRecall: 0.9,
    relationPrecision: 0.86,
    relationRecall: 0.43,
    trapViolations: 0,
    quotesNotVerbatim: 6,
  },
  // The fresh corpus: held out until measured blind once (0.73/0.72 entities, 0.55/0.12 relations),
  // analysis material since.
  fresh: {
    entityPrecision: 0.81,
    entityRecall: 0.81,
    newPeopleRecall: 0.9,
    relationPrecision: 0.74,
    relationRecall: 0.22,
    trapViolations: 0,
    quotesNotVerbatim: 6,
  },
  // The frozen test corpus: only its scores are read, never its misses (see its README). Relation
  // precision fell from 0.79 to 0.75 on 6.12.2026 with the catalog's types for a few bodies and
  // „das Land“ read as the Land; recall did not move.
  test: {
    entityPrecision: 0.76,
    entityRecall: 0.77,
    newPeopleRecall: 0.9,
    relationPrecision: 0.72,
    relationRecall: 0.22,
    trapViolations: 0,
    quotesNotVerbatim: 6,
  },
  // The referee corpus: ten documents in ten further genres, held out like the test corpus (scores
  // only). Measured blind on arrival, 6.12.2026: 0.85/0.83 entities, 0.55/0.16 relations.
  referee: {
    entityPrecision: 0.82,
    entityRecall: 0.8,
    newPeopleRecall: 0.9,
    relationPrecision: 0.53,
    relationRecall: 0.16,
    trapViolations: 0,
    quotesNotVerbatim: 5,
  },
};

const RATIOS = [
  'entityPrecision',
  'entityRecall',
  'newPeopleRecall',
  'relationPrecision',
  'relationRecall',
  'dateAccuracy',
] as const;

describe.each(Object.entries(FLOORS))('extraction quality on the %s corpus', (corpus, floor) => {
  it('keeps every figure at or above its floor', { timeout: 600_000 }, async () => {
    const folder = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'corpus', corpus);
    const score = await evaluateCorpus(folder, {
      catalogPath: path.join(PROJECT_ROOT, 'seeds', 'catalog'),
      annotator: createAnnotator(testConfig()),
    });
    console.log(`Extraction quality on tests/fixtures/corpus/${corpus}\n${formatTable(score)}`);
    const total: Figures = figures(score.total);
    const met = Object.entries(TARGETS).map(([key, target]) => {
      const value = total[key as keyof typeof TARGETS];
      const ok = key === 'trapViolations' ? value <= target : value >= target;
      return `${key} ${ok ? 'met' : 'not yet'} (${value.toFixed(2)} vs ${target})`;
    });
    console.log(
      `Issue #11 targets: ${met.join(', ')}\n(details: npm run eval -- tests/fixtures/corpus/${corpus} --verbose)`,
    );
    for (const key of RATIOS) {
      const min = floor[key];
      if (min !== undefined) expect(total[key], `${corpus}: ${key}`).toBeGreaterThanOrEqual(min);
    }
    expect(score.total.traps.violations, `${corpus}: trap words linked to a person`).toHaveLength(
      floor.trapViolations,
    );
    expect(total.quotesNotVerbatim, `${corpus}: evidence quotes not verbatim`).toBeLessThanOrEqual(
      floor.quotesNotVerbatim,
    );
  });
});
