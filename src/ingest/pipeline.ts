/**
 * The load pipeline: an ordered list of named components over one Doc (doc.ts), as spaCy composes
 * its pipeline. Each component is a file in components/; German language knowledge is data in
 * src/lang/de/. Pure apart from reading the file and asking the NLP service.
 */
import type { EntityRecord, GraphBatch } from '../graph/model.ts';
import type { Catalog } from './catalog.ts';
import { anaphora } from './components/anaphora.ts';
import { annotate } from './components/annotate.ts';
import { batch } from './components/batch.ts';
import { branches } from './components/branches.ts';
import { cabinet } from './components/cabinet.ts';
import type { Component } from './components/component.ts';
import { cooccurrence } from './components/cooccurrence.ts';
import { dates } from './components/dates.ts';
import { definitions } from './components/definitions.ts';
import { gazetteer } from './components/gazetteer.ts';
import { mentions } from './components/mentions.ts';
import { names } from './components/names.ts';
import { normalise } from './components/normalise.ts';
import { people } from './components/people.ts';
import { placeAdjectives } from './components/place-adjectives.ts';
import { read } from './components/read.ts';
import { referredOffices } from './components/referred-offices.ts';
import { relations } from './components/relations.ts';
import { segment } from './components/segment.ts';
import { checkPipeline } from './contract.ts';
import type { Annotator, Doc, DocMeta, PipelineContext } from './doc.ts';
import { MatchIndex } from './matcher.ts';
import { EntityRegistry } from './resolve.ts';

export type { Component } from './components/component.ts';

/** Checks a pipeline's contract (contract.ts) and returns it: a wrong order fails when it is built. */
export function buildPipeline(components: readonly Component[]): readonly Component[] {
  checkPipeline(components);
  return components;
}

/** Every component in the order it runs; each reads only what earlier ones left on the Doc. */
export const PIPELINE: readonly Component[] = buildPipeline([
  read,
  normalise,
  segment,
  annotate,
  gazetteer,
  definitions,
  cabinet,
  names,
  people,
  placeAdjectives,
  branches,
  mentions,
  anaphora,
  referredOffices,
  relations,
  cooccurrence,
  batch,
  dates,
]);

const catalogIndexes = new WeakMap<Catalog, MatchIndex>();

/** The catalog's match index, built once per loaded catalog. */
export function catalogIndex(catalog: Catalog): MatchIndex {
  let index = catalogIndexes.get(catalog);
  if (!index) {
    index = new MatchIndex(
      catalog.entries.flatMap((e) => [
        { entityId: e.id, label: e.name, kind: 'name' as const },
        ...e.aliases.map((a) => ({ entityId: e.id, label: a, kind: 'alias' as const })),
      ]),
    );
    catalogIndexes.set(catalog, index);
  }
  return index;
}

export interface ExtractOptions {
  annotator?: Annotator | null;
  /** Entities of the graph and of earlier documents of this load. */
  known?: readonly EntityRecord[];
}

export function pipelineContext(catalog: Catalog, options: ExtractOptions = {}): PipelineContext {
  return {
    catalog,
    catalogIndex: catalogIndex(catalog),
    known: options.known ?? [],
    annotator: options.annotator ?? null,
  };
}

export function newDoc(meta: DocMeta, raw: string, ctx: PipelineContext): Doc {
  return {
    meta,
    raw,
    norm: { text: '', map: new Int32Array(1) },
    text: '',
    title: '',
    stated: { title: null, date: null, publisher: null },
    pages: [],
    sentences: [],
    citations: [],
    sections: [],
    tokens: [],
    annotation: null,
    parses: [],
    registry: new EntityRegistry(ctx.catalog, ctx.catalogIndex),
    candidates: { explicit: [], catalog: [], known: [], document: [], people: [] },
    mentions: [],
    bySentence: [],
    relations: [],
    batch: null,
    clauses: new Map(),
  };
}

/** Runs the components over a Doc and returns its GraphBatch. */
export async function runPipeline(
  doc: Doc,
  ctx: PipelineContext,
  components: readonly Component[] = PIPELINE,
): Promise<Doc> {
  for (const component of components) await component.run(doc, ctx);
  return doc;
}

/** Reads and extracts one document file. */
export async function extractDocument(file: string, ctx: PipelineContext): Promise<GraphBatch> {
  const doc = await runPipeline(newDoc({ id: '', file, sha256: '' }, '', ctx), ctx);
  return doc.batch as GraphBatch;
}

/** Extracts a text handed over directly (tests, dry runs). */
export async function extractText(raw: string, meta: DocMeta, ctx: PipelineContext): Promise<GraphBatch> {
  const doc = await runPipeline(newDoc(meta, raw, ctx), ctx);
  return doc.batch as GraphBatch;
}

/** Reads and extracts one document with a catalog (and optionally the NLP service and known entities). */
export function ingestDocument(
  file: string,
  catalog: Catalog,
  options: ExtractOptions = {},
): Promise<GraphBatch> {
  return extractDocument(file, pipelineContext(catalog, options));
}

/** Extracts a text handed over directly with a catalog. */
export function ingestText(
  raw: string,
  meta: DocMeta,
  catalog: Catalog,
  options: ExtractOptions = {},
): Promise<GraphBatch> {
  return extractText(raw, meta, pipelineContext(catalog, options));
}
