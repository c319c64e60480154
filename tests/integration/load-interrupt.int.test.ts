/**
 * A load stopped from outside — Ctrl-C, SIGTERM, kill -9 — against a real Neo4j and a real
 * loader process: no document is ever half-written, and the next load is not blocked for long.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { childEnv, PROJECT_ROOT } from '../../src/config.ts';
import { acquireLoadLock } from '../../src/graph/lock.ts';
import { resetGraph } from '../../src/graph/writer.ts';
import { holdLease } from '../../src/load/lease.ts';
import { loadDocuments } from '../../src/load/load-documents.ts';
import { testExecutor } from '../support/context.ts';
import { CATALOG_DIR } from '../support/seed.ts';

const executor = testExecutor();
const work = mkdtempSync(path.join(tmpdir(), 'load-interrupt-'));
// Two versions of the same six short documents: same ids, different content (another random
// seed). Short, so that extraction is quick; the loader writes one document per transaction.
const SHORT = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents');
const v1 = generateCorpus(6, path.join(work, 'v1'), SHORT);
const v2 = { files: generateCorpus(7, path.join(work, 'v2'), SHORT).files.slice(0, 6) };
const ids = v1.files.map((f) => path.basename(f, '.txt'));

/** What a document contributes to the graph; equal fingerprints mean the same written state. */
type Fingerprint = Record<string, unknown>;
async function fingerprints(): Promise<Map<string, Fingerprint>> {
  const rows = await executor.read<{ id: string } & Fingerprint>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (d:Document {id: id})
     RETURN id, d.batchHash AS hash,
            COUNT { MATCH (s:Section {documentId: id}) } AS sections,
            COUNT { MATCH (:Section {documentId: id})-[:MENTIONS]->() } AS mentions,
            COUNT { MATCH (ev:Evidence {documentId: id}) } AS evidence,
            COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE id IN r.documents } AS relations`,
    { ids },
  );
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/** Loads in this process; resolves with when the lease was taken (performance.now()). */
async function load(files: readonly string[]): Promise<number> {
  let leased = Number.NaN;
  await loadDocuments(executor, files, {
    catalogPath: CATALOG_DIR,
    onEvent: (event) => {
      if (event.phase === 'lease') leased = performance.now();
    },
  });
  return leased;
}

/** A child process, its startup and the database share two busy cores: generous, not a measurement. */
const CHILD_TEST_MS = 240_000;

interface Loader {
  child: ChildProcess;
  stderr(): string;
  /** Resolves when stderr matches. */
  waitFor(pattern: RegExp): Promise<void>;
  exited: Promise<number | null>;
}

/** `npm run load` as a real process (node + tsx directly, so its pid is the loader's own). */
function spawnLoader(args: string[], env: Record<string, string> = {}): Loader {
  const neo4j = inject('neo4j');
  // The lease and the interrupt are under test, not extraction: the rule components suffice and keep it quick.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/load.ts', '--no-nlp', ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NLP_URL: inject('nlp').url,
      ...env,
    }),
  });
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const w of waiters.filter((x) => x.pattern.test(stderr))) w.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(stderr)) return resolve();
        waiters.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`loader exited before ${pattern}:\n${stderr}`)));
      }),
    exited,
  };
}

const children: ChildProcess[] = [];
/** Before- and after-state of every document around the stopped load. */
let before = new Map<string, Fingerprint>();

beforeAll(async () => {
  await resetGraph(executor);
  await load(v1.files);
  before = await fingerprints();
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await resetGraph(executor);
  await executor.driver.close();
});

/** Every document is in its state before the stopped load or in its state after the next one. */
function expectBeforeOrAfter(
  during: Map<string, Fingerprint>,
  from: Map<string, Fingerprint>,
  to: Map<string, Fingerprint>,
) {
  for (const id of ids) {
    const state = during.get(id);
    expect([from.get(id), to.get(id)], `${id} is half-written`).toContainEqual(state);
  }
}

describe('Ctrl-C during the write phase', () => {
  it(
    'rolls back the open transaction, names its documents, exits 130, and the next load starts at once',
    async () => {
      const loader = spawnLoader(['--transaction-rows', '1', ...v2.files]);
      children.push(loader.child);
      await loader.waitFor(/written 1\/6 documents/);
      const signalled = performance.now();
      loader.child.kill('SIGINT');
      const code = await loader.exited;
      const stopped = performance.now();
      const message = loader.stderr();
      expect(code, message).toBe(130);
      // The signal lands inside a transaction (the loader awaits nothing else between them), or,
      // rarely, during a commit: then that group is written and the message says so.
      const [, named] = /nothing of documents? ([\w-]+(?:, [\w-]+)*) written/.exec(message) ?? [];
      if (!/between two transactions/.test(message)) {
        expect(named, message).toBeDefined();
        expect(message).toMatch(/rolled back/);
      }
      expect(message).toMatch(/lease was released/);

      const during = await fingerprints();
      // The next load is not refused: the lease was released, not left to expire.
      const leased = await load(v2.files);
      console.log(
        `SIGINT: the loader exited ${((stopped - signalled) / 1000).toFixed(2)} s after the signal; the next load held the lease ${((leased - stopped) / 1000).toFixed(2)} s after that`,
      );
      const after = await fingerprints();
      expectBeforeOrAfter(during, before, after);
      for (const id of named?.split(', ') ?? []) expect(during.get(id)).toEqual(before.get(id));
      // The first document's transaction had committed before the signal.
      expect(during.get(ids[0] as string)).toEqual(after.get(ids[0] as string));
      before = after;
    },
    CHILD_TEST_MS,
  );
});

describe('kill -9 during the write phase', () => {
  it(
    'rolls back, and the dead loader blocks the next load only until its short lease expires',
    async () => {
      const leaseMs = 4000;
      const loader = spawnLoader(['--transaction-rows', '1', ...v1.files], {
        LOAD_LEASE_MS: String(leaseMs),
        LOAD_HEARTBEAT_MS: '1000',
      });
      children.push(loader.child);
      await loader.waitFor(/written 1\/6 documents/);
      loader.child.kill('SIGKILL');
      await loader.exited;
      const killed = performance.now();
      const during = await fingerprints();

      const refusals: string[] = [];
      let leased = Number.NaN;
      for (;;) {
        const result = await load(v1.files).catch((error: unknown) => error);
        if (typeof result === 'number') {
          leased = result;
          break;
        }
        expect(result).toMatchObject({ code: 'LOAD_IN_PROGRESS' });
        refusals.push((result as Error).message);
        expect(refusals.length, 'still blocked long after the lease time').toBeLessThan(100);
        await new Promise((r) => setTimeout(r, 250));
      }
      console.log(
        `kill -9: the next load held the lease ${((leased - killed) / 1000).toFixed(2)} s after the kill (lease ${leaseMs / 1000} s, ${refusals.length} refusals)`,
      );
      // While refused, the message named the dead loader and when its lease ends.
      for (const text of refusals) {
        expect(text).toContain(`pid ${loader.child.pid} on host ${hostname()}`);
        expect(text).toMatch(/expires \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(in \d+ s\)/);
      }
      expectBeforeOrAfter(during, before, await fingerprints());
      before = await fingerprints();
    },
    CHILD_TEST_MS,
  );
});

describe('--break-lock', () => {
  it(
    'is refused while the holder renews its heartbeat, and says who holds the lease until when',
    async () => {
      const holder = await holdLease(executor, { leaseMs: 30_000, heartbeatMs: 10_000 });
      try {
        const loader = spawnLoader(['--break-lock', v1.files[0] as string]);
        children.push(loader.child);
        expect(await loader.exited).toBe(3);
        const message = loader.stderr();
        expect(message).toContain('LOAD_LOCK_BREAK_REFUSED');
        expect(message).toContain(`pid ${process.pid} on host ${hostname()}`);
        expect(message).toMatch(/heartbeat was renewed \d+ s ago/);
        expect(message).toMatch(/lease expires .*\(in \d+ s\)/);
      } finally {
        await holder.stop();
      }
      expect(await fingerprints()).toEqual(before);
    },
    CHILD_TEST_MS,
  );

  it('takes over a lease whose heartbeat stopped, before the lease expires', async () => {
    // A holder that stopped renewing: it took a long lease and beat every 100 ms, then nothing.
    const dead = await acquireLoadLock(executor, { leaseMs: 600_000, heartbeatMs: 100 });
    expect('lease' in dead).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const timing = { leaseMs: 30_000, heartbeatMs: 10_000 };
    await expect(holdLease(executor, timing)).rejects.toMatchObject({
      code: 'LOAD_IN_PROGRESS',
      message: expect.stringMatching(/--break-lock` takes over now/),
    });
    const taken = await holdLease(executor, timing, { breakLock: true });
    expect(taken.tookOverFrom).toEqual({ host: hostname(), pid: process.pid });
    await taken.stop();
  });
});
