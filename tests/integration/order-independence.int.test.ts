/**
 * The graph built from a set of documents does not depend on the order of the loads: a document read
 * before another explained its words (a surname after a role word, an acronym) is read again once
 * they are known, in the same load or from the graph's copy in a later one. Compared through the
 * export module, as `npm run export` writes it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import {
  EXPORT_FORMATS,
  type ExportEntity,
  type ExportRelation,
  graphSource,
  writeExport,
} from '../../src/export/index.ts';
import { WEAK_RELATION_TYPES } from '../../src/graph/model.ts';
import { countGraph, resetGraph } from '../../src/graph/writer.ts';
import { type LoadSummary, loadDocuments } from '../../src/load/load-documents.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { CATALOG_DIR, SEEDS_DIR } from '../support/seed.ts';

const executor = testExecutor();
const annotator = createAnnotator(testConfig());
const OWN = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'order-independence');
/** „Staatssekretärin Morgenroth“ (on page 2) and „die LADB“: explained by b and c. */
const A = path.join(OWN, 'a-buergerbuero.txt');
/** Defines the Landesagentur für Digitale Bildung (LADB), names Jonas Weidenbach as its president. */
const B = path.join(OWN, 'b-landesagentur.txt');
/** Names Lena Morgenroth in full, with her office. */
const C = path.join(OWN, 'c-personalien.txt');
/** „Staatssekretärin Morgenroth“ and „Präsident Weidenbach“ again. */
const D = path.join(OWN, 'd-kurzmeldung.txt');
const OWN_FILES = [A, B, C, D];
const out = mkdtempSync(path.join(tmpdir(), 'hkg-order-'));

const load = (files: string[]) => loadDocuments(executor, files, { catalogPath: CATALOG_DIR, annotator });

/** Resets the graph and loads the files one load each; the summaries and the time it took. */
async function oneByOne(files: string[]): Promise<{ summaries: LoadSummary[]; millis: number }> {
  await resetGraph(executor);
  const started = performance.now();
  const summaries: LoadSummary[] = [];
  for (const file of files) summaries.push(await load([file]));
  return { summaries, millis: performance.now() - started };
}

/** Every export file (`npm run export -- --format all`) by name. */
async function exportAll(name: string): Promise<Map<string, string>> {
  const dir = path.join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const format of EXPORT_FORMATS) await writeExport(() => graphSource(executor), format, dir);
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

const mentionsOf = (document: string) =>
  executor.read<{ surface: string; entity: string; page: number | null }>(
    `MATCH (:Document {id: $document})<-[:IN_DOCUMENT]-(:Section)-[m:MENTIONS]->(e:Entity)
     RETURN m.surface AS surface, e.id AS entity, m.page AS page ORDER BY m.start`,
    { document },
  );

beforeAll(async () => {
  await resetGraph(executor);
});
afterAll(async () => {
  await executor.driver.close();
});

describe('documents that explain each other, one load each', () => {
  let forwards: Map<string, string>;
  let backwards: Map<string, string>;
  const times: Record<string, number> = {};
  let forwardLoads: LoadSummary[] = [];

  beforeAll(async () => {
    const f = await oneByOne(OWN_FILES);
    forwardLoads = f.summaries;
    times.forwards = f.millis;
    forwards = await exportAll('own-forwards');
    const b = await oneByOne([...OWN_FILES].reverse());
    times.backwards = b.millis;
    backwards = await exportAll('own-backwards');
    console.info(
      `own documents one by one: forwards ${Math.round(times.forwards)} ms, backwards ${Math.round(times.backwards)} ms`,
    );
  }, 600_000);

  it('give identical exports forwards and backwards', () => {
    expect([...forwards.keys()].sort()).toEqual([...backwards.keys()].sort());
    for (const [file, content] of forwards) expect(backwards.get(file), file).toBe(content);
  });

  it('tie the surname and the acronym to the entities the later documents name', async () => {
    // The graph now holds the backwards order; the forwards export is identical.
    expect(await mentionsOf('a-buergerbuero')).toEqual(
      expect.arrayContaining([
        { surface: 'Morgenroth', entity: 'lena-morgenroth', page: 2 },
        { surface: 'LADB', entity: 'landesagentur-fuer-digitale-bildung', page: 2 },
      ]),
    );
    expect(await mentionsOf('d-kurzmeldung')).toEqual(
      expect.arrayContaining([
        { surface: 'Morgenroth', entity: 'lena-morgenroth', page: null },
        { surface: 'Weidenbach', entity: 'jonas-weidenbach', page: null },
      ]),
    );
    const people = await executor.read<{ id: string }>(
      "MATCH (p:Person) WHERE p.name ENDS WITH 'Morgenroth' RETURN p.id AS id",
    );
    expect(people).toEqual([{ id: 'lena-morgenroth' }]);
  });

  it('say which document of an earlier load they read again from the graph, and why', () => {
    // Forwards: b explains „LADB“ and c „Morgenroth“ to a, written by the first load.
    const [, second, third] = forwardLoads;
    expect(second?.rereads).toEqual([
      expect.objectContaining({
        documentId: 'a-buergerbuero',
        fromGraph: true,
        learnt: [expect.objectContaining({ key: 'ladb', entityId: 'landesagentur-fuer-digitale-bildung' })],
      }),
    ]);
    expect(third?.rereads.map((r) => [r.documentId, r.learnt.map((p) => p.entityId)])).toEqual([
      ['a-buergerbuero', ['lena-morgenroth']],
    ]);
    expect(second?.documents.map((d) => [d.documentId, d.status])).toEqual([
      ['b-landesagentur', 'created'],
      ['a-buergerbuero', 'updated'],
    ]);
  });

  it('read nothing again on a rerun: every document is unchanged and the graph stays as it is', async () => {
    const before = await countGraph(executor);
    const rerun = await load(OWN_FILES);
    expect(rerun.documents.map((d) => d.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(rerun.rereads).toEqual([]);
    expect(await countGraph(executor)).toEqual(before);
  });
});

describe('a document explained later in the same load', () => {
  it('is read again within the load, before anything is written', async () => {
    await resetGraph(executor);
    const summary = await load([A, B, C]);
    expect(summary.rereads.map((r) => [r.documentId, r.round, r.fromGraph])).toEqual([
      ['a-buergerbuero', 1, false],
    ]);
    expect(summary.documents.map((d) => [d.documentId, d.status])).toEqual([
      ['a-buergerbuero', 'created'],
      ['b-landesagentur', 'created'],
      ['c-personalien', 'created'],
    ]);
    expect((await mentionsOf('a-buergerbuero')).map((m) => m.entity)).toEqual(
      expect.arrayContaining(['lena-morgenroth', 'landesagentur-fuer-digitale-bildung']),
    );
  });

  it('writes the text the extraction saw, its pages and what it could not tie', async () => {
    const [row] = await executor.read<{ text: string; pages: string; unresolved: string[] }>(
      "MATCH (d:Document {id: 'a-buergerbuero'}) RETURN d.text AS text, d.pages AS pages, d.unresolved AS unresolved",
    );
    expect(row?.text).toContain('Staatssekretärin Morgenroth eröffnete');
    expect(JSON.parse(row?.pages ?? '[]')).toHaveLength(2);
    expect(row?.unresolved).not.toContain('morgenroth');
  });
});

describe('a load that fails', () => {
  it('leaves a document it would have read again as it was', async () => {
    await resetGraph(executor);
    await load([A]);
    const before = await countGraph(executor);
    const mentions = await mentionsOf('a-buergerbuero');
    const dir = mkdtempSync(path.join(tmpdir(), 'hkg-order-bad-'));
    const broken = path.join(dir, 'kaputt.txt');
    writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    await expect(load([B, C, broken])).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE' });
    expect(await countGraph(executor)).toEqual(before);
    expect(await mentionsOf('a-buergerbuero')).toEqual(mentions);
    // The next load that succeeds reads it again.
    const summary = await load([B, C]);
    expect(summary.rereads.map((r) => r.documentId)).toEqual(['a-buergerbuero']);
  });
});

describe('the seed and development documents, one load each', () => {
  const DEV = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'corpus', 'dev');
  const files = [
    ...readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(SEEDS_DIR, f)),
    ...readdirSync(DEV)
      .filter((f) => /^d\d.*\.txt$/.test(f))
      .sort()
      .map((f) => path.join(DEV, f)),
  ];

  const isWeak = (type: string) => (WEAK_RELATION_TYPES as readonly string[]).includes(type);

  /** The graph as the export reads it (claimed relations only), and every mention. */
  async function snapshot() {
    const source = graphSource(executor);
    const entities = new Map<string, Omit<ExportEntity, 'outgoing'>>();
    for await (const { outgoing: _o, ...e } of source.entities()) entities.set(e.id, e);
    const relations = new Map<string, ExportRelation>();
    for await (const r of source.relations()) if (!isWeak(r.type)) relations.set(r.key, r);
    const documents = [];
    for await (const d of source.documents()) documents.push(d);
    const mentions = await executor.read(
      `MATCH (s:Section)-[m:MENTIONS]->(e:Entity)
       RETURN m.documentId AS document, m.start AS start, m.surface AS surface, e.id AS entity, m.page AS page
       ORDER BY document, start, entity, surface`,
    );
    return { entities, relations, documents, mentions };
  }

  /**
   * What still differs, by entity and relation. An entity a document names again resolves to the
   * known record instead of adding its own claims, so the first document to name it decides its
   * type, origin and titles (a cabinet table read after a press note adds no „Prof. Dr.“), and a
   * type decides which frames apply to it: the extraction's part, not the loader's.
   */
  function differences(a: Awaited<ReturnType<typeof snapshot>>, b: typeof a) {
    const firstSays = new Set(['type', 'label', 'origin', 'titles']);
    const entities: string[] = [];
    const retyped = new Set<string>();
    for (const id of new Set([...a.entities.keys(), ...b.entities.keys()])) {
      const [x, y] = [a.entities.get(id), b.entities.get(id)];
      if (!x || !y) entities.push(`${id}: only ${x ? 'forwards' : 'backwards'}`);
      else
        for (const field of Object.keys(x) as (keyof typeof x)[]) {
          if (JSON.stringify(x[field]) === JSON.stringify(y[field])) continue;
          if (field === 'type') retyped.add(id);
          if (!firstSays.has(field)) entities.push(`${id}.${field}`);
        }
    }
    const relations: string[] = [];
    for (const key of new Set([...a.relations.keys(), ...b.relations.keys()])) {
      const [x, y] = [a.relations.get(key), b.relations.get(key)];
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      const ends = (x ?? y) as ExportRelation;
      if (!retyped.has(ends.source) && !retyped.has(ends.target)) relations.push(key);
    }
    return { entities, relations };
  }

  it('give the same documents, mentions, entities and claimed relations forwards and backwards', async () => {
    expect(files).toHaveLength(6);
    const f = await oneByOne(files);
    const forwards = await snapshot();
    const b = await oneByOne([...files].reverse());
    const backwards = await snapshot();
    const reread = (s: LoadSummary[]) => s.flatMap((x) => x.rereads).length;
    console.info(
      `seeds + dev one by one: forwards ${Math.round(f.millis)} ms (${reread(f.summaries)} read again), ` +
        `backwards ${Math.round(b.millis)} ms (${reread(b.summaries)} read again)`,
    );
    expect(backwards.documents).toEqual(forwards.documents);
    expect(backwards.mentions).toEqual(forwards.mentions);
    // Nothing differs but what the first document to name an entity decides (see `differences`).
    expect(differences(forwards, backwards)).toEqual({ entities: [], relations: [] });
  }, 900_000);
});
