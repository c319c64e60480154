/**
 * The read phase of a load: every changed document extracted with what the graph and the documents
 * before it know, then every document (of this load, or of an earlier one) whose open words the
 * load has since explained read again, until the readings settle (settle.ts). Nothing is written
 * here: a document read again is written with the others, in the load's transactions.
 */
import type { Executor } from '../db/executor.ts';
import type { GraphBatch } from '../graph/model.ts';
import type { Annotator, Catalog } from '../ingest/index.ts';
import { AnnotateAhead } from './annotate-ahead.ts';
import { Knowledge } from './known-entities.ts';
import type { LoadEvent } from './load-events.ts';
import { readSource, readStored } from './read-source.ts';
import {
  describeReread,
  MAX_REREAD_ROUNDS,
  markReadAgainst,
  type Reread,
  type Settling,
  staleness,
} from './settle.ts';
import { keyFiles } from './source-key.ts';
import { type StoredDocument, storedDocumentsWith, storedSource } from './stored-documents.ts';

export interface ExtractSettings {
  annotator?: Annotator | null;
  annotationsInFlight?: number;
  reset?: boolean;
  force?: boolean;
  dryRun?: boolean;
  graphGazetteer?: boolean;
  onEvent?: (event: LoadEvent) => void;
}

export interface Extracted {
  /** This load's changed documents in file order, then documents of earlier loads read again (by id). */
  batches: GraphBatch[];
  /** Documents whose source key is the one they were written with and that had nothing to learn. */
  skipped: string[];
  /** Documents read again, and why, in the order they were read. */
  rereads: Reread[];
  /** Documents still not settled after MAX_REREAD_ROUNDS: they keep their last reading. */
  unsettled: string[];
  /** Documents of earlier loads that had something to learn but whose text the graph does not hold. */
  unreadable: string[];
}

interface Reading {
  batch: GraphBatch;
  /** The file it was read from; null: the graph's copy. */
  file: string | null;
}

export async function extractDocuments(
  executor: Executor,
  files: readonly string[],
  catalog: Catalog,
  options: ExtractSettings,
  signal: AbortSignal | undefined,
): Promise<Extracted> {
  const out: Extracted = { batches: [], skipped: [], rereads: [], unsettled: [], unreadable: [] };
  // A dry run needs no database: it reads every document with the catalog alone.
  const offline = options.dryRun === true;
  const fresh = options.reset || options.force || offline;
  const keyed = await keyFiles(fresh ? null : executor, files, catalog, Boolean(options.annotator));
  const todo = keyed.filter((k) => !k.unchanged);
  // Every document was written with this very key by a load that settled: nothing is new to anyone.
  if (todo.length === 0) {
    out.skipped = keyed.map((k) => k.id);
    return out;
  }
  // Entities of the graph and of the documents before this one: people and bodies are one node across documents.
  const fromGraph = !options.reset && !offline && options.graphGazetteer !== false;
  const catalogIds = new Set(catalog.byId.keys());
  const known = fromGraph ? await Knowledge.read(executor, catalogIds) : new Knowledge(catalogIds);
  const inFlight = options.annotationsInFlight ?? 0;
  const ahead = options.annotator && inFlight > 0 ? new AnnotateAhead(options.annotator, inFlight) : null;
  const annotator = ahead ?? options.annotator ?? null;
  const keyOf = new Map(keyed.map((k) => [k.id, k]));
  const readings = new Map<string, Reading>();

  /** Reads one document with what the load knows now, and makes it known. */
  const read = async (id: string, from: { file: string } | { graph: StoredDocument }): Promise<boolean> => {
    let batch: GraphBatch;
    if ('file' in from) {
      batch = await readSource(from.file, catalog, { annotator, known: known.for(id) });
      batch.document.sourceKey = keyOf.get(id)?.key ?? null;
    } else {
      const source = await storedSource(executor, id);
      if (!source) return false;
      batch = await readStored(source, catalog, { annotator, known: known.for(id) });
      batch.document.sourceKey = from.graph.sourceKey;
    }
    // Its new reading replaces what its earlier one named.
    known.forget(id);
    known.learn(id, batch.entities);
    markReadAgainst(batch, known);
    readings.set(id, { batch, file: 'file' in from ? from.file : null });
    return true;
  };

  const todoFiles = todo.map((t) => t.file);
  try {
    for (const [index, { file, id }] of todo.entries()) {
      signal?.throwIfAborted();
      ahead?.lookAhead(todoFiles, index, (next) => readSource(next, catalog, { annotator: ahead.requester }));
      options.onEvent?.({ phase: 'read', index, total: todo.length, file });
      await read(id, { file });
    }
    // Documents of earlier loads, as far as what this load learns concerns them.
    const stored = new Map<string, StoredDocument>();
    const concerned = async () => {
      const keys = known.takeChangedKeys();
      if (!fromGraph) return;
      for (const doc of await storedDocumentsWith(executor, keys, [...readings.keys()]))
        stored.set(doc.id, doc);
    };
    await settle(known, readings, stored, concerned, keyOf, read, out, options, signal);
  } finally {
    ahead?.clear();
  }
  const ofThisLoad = new Set(keyed.map((k) => k.id));
  for (const { id } of keyed) {
    const reading = readings.get(id);
    if (reading) out.batches.push(reading.batch);
    else out.skipped.push(id);
  }
  for (const [id, reading] of [...readings].sort(([a], [b]) => a.localeCompare(b)))
    if (!ofThisLoad.has(id)) out.batches.push(reading.batch);
  return out;
}

/** Reads documents again until what each was read against is what the load knows (or the round limit). */
async function settle(
  known: Knowledge,
  readings: Map<string, Reading>,
  stored: ReadonlyMap<string, StoredDocument>,
  /** Adds the graph's documents that what the load learnt since the last call concerns to `stored`. */
  concerned: () => Promise<void>,
  keyOf: ReadonlyMap<string, { file: string }>,
  read: (id: string, from: { file: string } | { graph: StoredDocument }) => Promise<boolean>,
  out: Extracted,
  options: ExtractSettings,
  signal: AbortSignal | undefined,
): Promise<void> {
  const unreadable = new Set<string>();
  const settling = (): Settling[] => {
    const docs: Settling[] = [];
    for (const [id, { batch }] of readings)
      docs.push({
        id,
        unresolved: batch.document.unresolved ?? [],
        linked: batch.document.linked ?? [],
        readAgainst: batch.document.readAgainst ?? [],
      });
    for (const [id, doc] of stored) if (!readings.has(id) && !unreadable.has(id)) docs.push(doc);
    return docs.sort((a, b) => a.id.localeCompare(b.id));
  };
  for (let round = 1; ; round++) {
    await concerned();
    const due = settling().flatMap((doc) => staleness(doc, known) ?? []);
    if (due.length === 0) return;
    if (round > MAX_REREAD_ROUNDS) {
      out.unsettled = due.map((d) => d.documentId);
      return;
    }
    for (const change of due) {
      signal?.throwIfAborted();
      const id = change.documentId;
      const file = readings.get(id)?.file ?? keyOf.get(id)?.file ?? null;
      const graph = stored.get(id);
      const reread: Reread = { ...change, round, fromGraph: file === null };
      options.onEvent?.({ phase: 'reread', round, documentId: id, because: describeReread(reread) });
      const done = file !== null ? await read(id, { file }) : graph ? await read(id, { graph }) : false;
      if (done) out.rereads.push(reread);
      else {
        unreadable.add(id);
        out.unreadable.push(id);
      }
    }
  }
}
