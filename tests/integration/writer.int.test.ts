import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrations.ts';
import { acquireLoadLock } from '../../src/graph/lock.ts';
import { countGraph, resetGraph, writeBatch, writeBatches } from '../../src/graph/writer.ts';
import { entity, makeBatch } from '../support/batches.ts';
import { testExecutor } from '../support/context.ts';

const executor = testExecutor();

const textA = 'Die HZD betreibt die Hessen-App. Das Digitalministerium ist für die Hessen-App zuständig.';
const textB = 'Die HZD entwickelt die Verfahrenscloud.';
const hzd = entity('hzd', 'AGENCY', 'HZD', ['Hessische Zentrale für Datenverarbeitung']);
const app = entity('hessen-app', 'PLATFORM', 'Hessen-App');
const ministry = entity('hmdi', 'MINISTRY', 'Digitalministerium');
const cloud = entity('verfahrenscloud', 'PLATFORM', 'Verfahrenscloud');

const docA = () =>
  makeBatch('doc-a', textA, {
    entities: [hzd, app, ministry],
    relations: [
      ['hzd', 'OPERATES', 'hessen-app', 'Die HZD betreibt die Hessen-App.'],
      ['hmdi', 'RESPONSIBLE_FOR', 'hessen-app', 'Das Digitalministerium ist für die Hessen-App zuständig.'],
    ],
  });
const docB = (text = textB) =>
  makeBatch('doc-b', text, {
    entities: [hzd, cloud],
    relations: [['hzd', 'DEVELOPS', 'verfahrenscloud', text]],
  });

beforeAll(async () => {
  await applyMigrations(executor);
});
beforeEach(async () => {
  await resetGraph(executor);
});
afterAll(async () => {
  await resetGraph(executor);
  await executor.driver.close();
});

describe('writeBatch', () => {
  it('writes entities with their type label, relations with evidence, and mentions', async () => {
    const result = await writeBatch(executor, docA());
    expect(result).toMatchObject({ status: 'created', entitiesNew: 3, entitiesExisting: 0 });
    const [row] = await executor.read<{ labels: string[]; quote: string; count: number }>(
      `MATCH (:Agency:Entity {id: 'hzd'})-[r:OPERATES]->(:Platform {id: 'hessen-app'})
       MATCH (ev:Evidence {relKey: r.key})-[:IN_SECTION]->(:Section)-[:IN_DOCUMENT]->(:Document {id: 'doc-a'})
       RETURN labels(ev) AS labels, ev.quote AS quote, r.evidenceCount AS count`,
    );
    expect(row).toEqual({ labels: ['Evidence'], quote: 'Die HZD betreibt die Hessen-App.', count: 1 });
  });

  it('is idempotent: a rerun changes no counts and reports unchanged', async () => {
    await writeBatch(executor, docA());
    const before = await countGraph(executor);
    const again = await writeBatch(executor, docA());
    expect(again.status).toBe('unchanged');
    expect(await countGraph(executor)).toEqual(before);
    const forced = await writeBatch(executor, docA(), { force: true });
    expect(forced.status).toBe('updated');
    expect(await countGraph(executor)).toEqual(before);
  });

  it('merges an entity named in two documents into one node with evidence from both', async () => {
    await writeBatch(executor, docA());
    const second = await writeBatch(executor, docB());
    expect(second).toMatchObject({ entitiesNew: 1, entitiesExisting: 1 });
    const rows = await executor.read<{ docs: string[] }>(
      `MATCH (s:Section)-[:MENTIONS]->(e:Entity {id: 'hzd'}) RETURN collect(DISTINCT s.documentId) AS docs`,
    );
    expect(rows[0]?.docs.sort()).toEqual(['doc-a', 'doc-b']);
  });

  it("replaces a changed document's evidence without touching other documents'", async () => {
    await writeBatch(executor, docA());
    await writeBatch(executor, docB());
    const changed = 'Die HZD entwickelt die Verfahrenscloud weiter.';
    const result = await writeBatch(executor, docB(changed));
    expect(result.status).toBe('updated');
    const quotes = await executor.read<{ doc: string; quote: string }>(
      'MATCH (ev:Evidence) RETURN ev.documentId AS doc, ev.quote AS quote ORDER BY doc, quote',
    );
    expect(quotes).toEqual([
      { doc: 'doc-a', quote: 'Das Digitalministerium ist für die Hessen-App zuständig.' },
      { doc: 'doc-a', quote: 'Die HZD betreibt die Hessen-App.' },
      { doc: 'doc-b', quote: changed },
    ]);
  });

  it("keeps a shared relation's evidence count true when one document stops supporting it", async () => {
    const alsoOperates = (text: string, relations: boolean) =>
      makeBatch('doc-b', text, {
        entities: [hzd, app],
        relations: relations ? [['hzd', 'OPERATES', 'hessen-app', text]] : [],
      });
    await writeBatch(executor, docA());
    await writeBatch(executor, alsoOperates('Die HZD betreibt auch die Hessen-App.', true));
    const count = async () =>
      (
        await executor.read<{ count: number; docs: string[] }>(
          "MATCH (:Entity {id: 'hzd'})-[r:OPERATES]->() RETURN r.evidenceCount AS count, r.documents AS docs",
        )
      )[0];
    expect(await count()).toEqual({ count: 2, docs: ['doc-a', 'doc-b'] });
    await writeBatch(executor, alsoOperates('Die HZD und die Hessen-App.', false));
    expect(await count()).toEqual({ count: 1, docs: ['doc-a'] });
  });

  it('removes relations and entities that only a document supported when it no longer does', async () => {
    await writeBatch(executor, docA());
    await writeBatch(executor, docB());
    await writeBatch(executor, makeBatch('doc-b', 'Die HZD ist ein IT-Dienstleister.', { entities: [hzd] }));
    const rows = await executor.read('MATCH (e:Entity {id: $id}) RETURN e', { id: 'verfahrenscloud' });
    expect(rows).toHaveLength(0);
    expect(await executor.read('MATCH ()-[r:DEVELOPS]->() RETURN r')).toHaveLength(0);
    expect(await executor.read('MATCH (:Entity {id: "hzd"})-[r:OPERATES]->() RETURN r')).toHaveLength(1);
  });

  it('sends the same statements in far fewer round trips when batched', async () => {
    const many = makeBatch('doc-many', textA, {
      entities: Array.from({ length: 120 }, (_, i) => entity(`e-${i}`, 'PROGRAMME', `Programm ${i}`)),
    });
    const perRow = await writeBatch(executor, many, { batchSize: 1 });
    await resetGraph(executor);
    const batched = await writeBatch(executor, many);
    expect(batched.roundTrips * 10).toBeLessThan(perRow.roundTrips);
  });
});

describe('writeBatches (several documents in one transaction)', () => {
  const snapshot = () =>
    executor.read<{ doc: string; rel: string; quote: string; docs: string[]; count: number }>(
      `MATCH (a:Entity)-[r]->(b:Entity) MATCH (ev:Evidence {relKey: r.key})
       RETURN ev.documentId AS doc, a.id + ' ' + type(r) + ' ' + b.id AS rel, ev.quote AS quote,
              r.documents AS docs, r.evidenceCount AS count ORDER BY doc, rel, quote`,
    );

  it('writes the same graph as one document at a time, and reports each document in order', async () => {
    const shared = (id: string) =>
      makeBatch(id, 'Die HZD betreibt die Hessen-App.', {
        entities: [hzd, app],
        relations: [['hzd', 'OPERATES', 'hessen-app', 'Die HZD betreibt die Hessen-App.']],
      });
    for (const batch of [docA(), docB(), shared('doc-c')]) await writeBatch(executor, batch);
    const oneByOne = { counts: await countGraph(executor), rows: await snapshot() };
    await resetGraph(executor);

    const results = await writeBatches(executor, [docA(), docB(), shared('doc-c')]);
    expect(results.map((r) => [r.documentId, r.status, r.entitiesNew, r.entitiesExisting])).toEqual([
      ['doc-a', 'created', 3, 0],
      ['doc-b', 'created', 1, 1],
      ['doc-c', 'created', 0, 2],
    ]);
    expect({ counts: await countGraph(executor), rows: await snapshot() }).toEqual(oneByOne);
    const [operates] = await executor.read<{ docs: string[]; count: number }>(
      "MATCH (:Entity {id: 'hzd'})-[r:OPERATES]->() RETURN r.documents AS docs, r.evidenceCount AS count",
    );
    expect(operates).toEqual({ docs: ['doc-a', 'doc-c'], count: 2 });
  });

  it('skips unchanged documents and replaces changed ones within the same group', async () => {
    await writeBatches(executor, [docA(), docB()]);
    const changed = 'Die HZD entwickelt die Verfahrenscloud weiter.';
    const results = await writeBatches(executor, [docA(), docB(changed)]);
    expect(results.map((r) => r.status)).toEqual(['unchanged', 'updated']);
    expect((await snapshot()).filter((r) => r.doc === 'doc-b').map((r) => r.quote)).toEqual([changed]);
  });

  it('rolls back every document of the group when one of them fails in the database', async () => {
    await writeBatch(executor, docA());
    const before = { counts: await countGraph(executor), rows: await snapshot() };
    const clash = docB();
    // Its section id is doc-a's: the unique constraint fails after doc-c's rows were written.
    clash.sections = clash.sections.map((s) => ({ ...s, id: 'doc-a#0' }));
    const fresh = makeBatch('doc-c', textB, { entities: [hzd, cloud] });
    await expect(writeBatches(executor, [fresh, clash])).rejects.toMatchObject({ code: 'INTERNAL' });
    expect({ counts: await countGraph(executor), rows: await snapshot() }).toEqual(before);
    expect(await executor.read("MATCH (d:Document) WHERE d.id IN ['doc-b', 'doc-c'] RETURN d")).toHaveLength(
      0,
    );
  });

  it('refuses the same document twice in one group', async () => {
    await expect(writeBatches(executor, [docA(), docA()])).rejects.toMatchObject({ code: 'LOAD_FAILED' });
  });
});

describe('load lock', () => {
  const timing = { leaseMs: 30_000, heartbeatMs: 10_000 };
  const take = async () => {
    const result = await acquireLoadLock(executor, timing);
    if (!('lease' in result)) throw new Error('expected the lease to be free');
    return result.lease;
  };

  it('refuses a second concurrent load, naming the holder, and frees the lock on release', async () => {
    const first = await take();
    const refused = await acquireLoadLock(executor, timing);
    expect(refused).toMatchObject({ holder: { pid: process.pid, heartbeatMs: 10_000 } });
    await first.release();
    const second = await take();
    await second.release();
  });
});

describe('a write that fails half-way', () => {
  it('leaves the graph exactly as it was', async () => {
    await writeBatch(executor, docA());
    const before = await countGraph(executor);
    const broken = docB();
    // A null id makes the MERGE fail after the document and sections were already written.
    broken.entities.push({ ...cloud, id: null as unknown as string });
    await expect(writeBatch(executor, broken)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await countGraph(executor)).toEqual(before);
    expect(await executor.read("MATCH (d:Document {id: 'doc-b'}) RETURN d")).toHaveLength(0);
  });
});
