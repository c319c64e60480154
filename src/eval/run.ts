/**
 * Evaluates the loader on a corpus folder (documents + gold.yaml): extraction only, nothing is
 * written to Neo4j.
 */
import { type GraphBatch, RELATION_TYPES } from '../graph/model.ts';
import { type Annotator, type Catalog, loadCatalog } from '../ingest/index.ts';
import { readSource } from '../load/read-source.ts';
import {
  addCounts,
  addShare,
  addTallies,
  emptyCounts,
  emptyShare,
  precision,
  ratio,
  recall,
  type Share,
} from './counts.ts';
import { loadCorpus } from './gold.ts';
import {
  type DocumentScore,
  emptyMissCauses,
  emptyWrongClaims,
  emptyWrongEntities,
  scoreDocument,
} from './score.ts';

/** The one call into the loader's extraction: when its entry point changes, only this changes. */
export function extractDocument(
  file: string,
  catalog: Catalog,
  annotator: Annotator | null,
): Promise<GraphBatch> {
  return readSource(file, catalog, { annotator });
}

export interface CorpusScore {
  folder: string;
  documents: DocumentScore[];
  total: DocumentScore;
}

export async function evaluateCorpus(
  folder: string,
  options: { catalogPath: string; annotator?: Annotator | null },
): Promise<CorpusScore> {
  const corpus = await loadCorpus(folder);
  const catalog = await loadCatalog(options.catalogPath);
  const documents: DocumentScore[] = [];
  for (const file of corpus.files) {
    const batch = await extractDocument(file.path, catalog, options.annotator ?? null);
    documents.push(scoreDocument(file.name, file.gold, batch, file.raw, RELATION_TYPES));
  }
  return { folder, documents, total: combine(documents) };
}

/** Micro-averaged total: counts and shares summed over the documents, lists concatenated. */
export function combine(scores: readonly DocumentScore[]): DocumentScore {
  const zero: DocumentScore = {
    document: 'total',
    entities: emptyCounts(),
    newEntities: emptyShare(),
    newPeople: emptyShare(),
    relations: emptyCounts(),
    anyTypeRelations: emptyShare(),
    missCauses: emptyMissCauses(),
    wrongClaims: emptyWrongClaims(),
    entitiesByType: {},
    wrongEntities: emptyWrongEntities(),
    relationsByType: {},
    unknownTypes: [],
    traps: { checked: 0, violations: [], notFound: [] },
    quotes: { checked: 0, failed: [] },
    dates: { share: emptyShare(), wrong: [] },
    documentDate: null,
    pages: null,
    findings: [],
  };
  return scores.reduce<DocumentScore>(
    (t, s) => ({
      document: 'total',
      entities: addCounts(t.entities, s.entities),
      newEntities: addShare(t.newEntities, s.newEntities),
      newPeople: addShare(t.newPeople, s.newPeople),
      relations: addCounts(t.relations, s.relations),
      anyTypeRelations: addShare(t.anyTypeRelations, s.anyTypeRelations),
      missCauses: addTallies(t.missCauses, s.missCauses),
      wrongClaims: addTallies(t.wrongClaims, s.wrongClaims),
      entitiesByType: mergeShares(t.entitiesByType, s.entitiesByType),
      wrongEntities: addTallies(t.wrongEntities, s.wrongEntities),
      relationsByType: mergeShares(t.relationsByType, s.relationsByType),
      unknownTypes: [...new Set([...t.unknownTypes, ...s.unknownTypes])],
      traps: {
        checked: t.traps.checked + s.traps.checked,
        violations: [...t.traps.violations, ...s.traps.violations],
        notFound: [...t.traps.notFound, ...s.traps.notFound],
      },
      quotes: {
        checked: t.quotes.checked + s.quotes.checked,
        failed: [...t.quotes.failed, ...s.quotes.failed],
      },
      dates: { share: addShare(t.dates.share, s.dates.share), wrong: [...t.dates.wrong, ...s.dates.wrong] },
      documentDate: null,
      pages: s.pages ? addCounts(t.pages ?? emptyCounts(), s.pages) : t.pages,
      findings: [...t.findings, ...s.findings],
    }),
    zero,
  );
}

function mergeShares(a: Record<string, Share>, b: Record<string, Share>): Record<string, Share> {
  const merged = { ...a };
  for (const [key, share] of Object.entries(b)) merged[key] = addShare(merged[key] ?? emptyShare(), share);
  return merged;
}

/** The headline figures of a score, as the acceptance states them. */
export interface Figures {
  entityPrecision: number;
  entityRecall: number;
  newEntityRecall: number;
  newPeopleRecall: number;
  relationPrecision: number;
  relationRecall: number;
  anyTypeRelationRecall: number;
  trapViolations: number;
  quotesNotVerbatim: number;
  dateAccuracy: number;
  pagePrecision: number | null;
  pageRecall: number | null;
}

export function figures(s: DocumentScore): Figures {
  return {
    entityPrecision: precision(s.entities),
    entityRecall: recall(s.entities),
    newEntityRecall: ratio(s.newEntities),
    newPeopleRecall: ratio(s.newPeople),
    relationPrecision: precision(s.relations),
    relationRecall: recall(s.relations),
    anyTypeRelationRecall: ratio(s.anyTypeRelations),
    trapViolations: s.traps.violations.length,
    quotesNotVerbatim: s.quotes.failed.length,
    dateAccuracy: ratio(s.dates.share),
    pagePrecision: s.pages ? precision(s.pages) : null,
    pageRecall: s.pages ? recall(s.pages) : null,
  };
}
