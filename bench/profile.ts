/**
 * PROFILEs every Cypher statement the benchmarked operations run: the floor handlers are called
 * with an executor that records each statement and its parameters, then each is re-run under
 * PROFILE and its operator tree printed (rows, db hits, time), flagging label/all-node scans.
 *
 *   npx tsx bench/profile.ts            (against the bench instance; run `npm run bench` once first)
 */
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { Executor, type Tx } from '../src/db/executor.ts';
import { RELATION_TYPES } from '../src/graph/model.ts';
import { type BenchDatabase, startBenchDatabase } from './neo4j.ts';
import { buildOperations, OPERATION_NAMES, type OperationName } from './operations.ts';

export interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

/** An executor that runs reads normally and remembers what it ran. */
class RecordingExecutor extends Executor {
  readonly recorded: Recorded[] = [];
  override readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return super.readTx((tx) =>
      work({
        run: (cypher, params = {}) => {
          this.recorded.push({ cypher, params });
          return tx.run(cypher, params);
        },
      }),
    );
  }
}

export interface PlanLine {
  depth: number;
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
  timeMs: number | null;
}

export interface StatementProfile {
  operation: OperationName;
  cypher: string;
  totalDbHits: number;
  ms: number;
  scans: string[];
  plan: PlanLine[];
}

const SCANS = /AllNodesScan|NodeByLabelScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan/;

function flatten(plan: ProfiledPlan, depth = 0, out: PlanLine[] = []): PlanLine[] {
  const args = plan.arguments as Record<string, unknown>;
  const time = typeof args.Time === 'number' ? args.Time / 1e6 : null;
  out.push({
    depth,
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: String(args.Details ?? '').slice(0, 140),
    rows: plan.rows,
    dbHits: plan.dbHits,
    timeMs: time,
  });
  for (const child of plan.children) flatten(child, depth + 1, out);
  return out;
}

async function profileStatement(driver: Driver, database: string, rec: Recorded) {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const started = performance.now();
    const result = await session.run(`PROFILE ${rec.cypher}`, rec.params);
    const ms = performance.now() - started;
    const profile = result.summary.profile;
    if (!profile) throw new Error('no profile returned');
    const plan = flatten(profile);
    return { plan, ms, totalDbHits: plan.reduce((n, p) => n + p.dbHits, 0) };
  } finally {
    await session.close();
  }
}

export async function profileOperations(
  db: BenchDatabase,
  only?: OperationName,
): Promise<StatementProfile[]> {
  const recorder = new RecordingExecutor(db.driver, {
    database: db.config.neo4j.database,
    timeoutMs: 60_000,
  });
  const out: StatementProfile[] = [];
  for (const op of buildOperations(RELATION_TYPES)) {
    if (only && op.name !== only) continue;
    recorder.recorded.length = 0;
    await op.floor(recorder, op.floorBody);
    for (const rec of [...recorder.recorded]) {
      // Twice: the first run plans and warms the page cache; the second is what a request sees.
      await profileStatement(db.driver, db.config.neo4j.database, rec);
      const { plan, ms, totalDbHits } = await profileStatement(db.driver, db.config.neo4j.database, rec);
      out.push({
        operation: op.name,
        cypher: rec.cypher.trim(),
        totalDbHits,
        ms,
        scans: plan.filter((p) => SCANS.test(p.operator)).map((p) => `${p.operator} ${p.details}`),
        plan,
      });
    }
  }
  return out;
}

export function formatProfile(profile: StatementProfile): string {
  const head = profile.cypher.split('\n').find((l) => l.trim().length > 0) ?? '';
  const lines = [
    `### ${profile.operation}: \`${head.trim().slice(0, 90)}\``,
    `${profile.totalDbHits} db hits, ${profile.ms.toFixed(1)} ms (PROFILE round trip)${profile.scans.length ? `, SCANS: ${profile.scans.join('; ')}` : ''}`,
    '```',
    ...profile.plan.map(
      (p) =>
        `${'  '.repeat(p.depth)}${p.operator.padEnd(Math.max(1, 34 - 2 * p.depth))} rows ${String(p.rows).padStart(6)}  hits ${String(p.dbHits).padStart(7)}${p.timeMs !== null ? `  ${p.timeMs.toFixed(2)} ms` : ''}  ${p.details}`,
    ),
    '```',
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opts = new Command()
    .description('PROFILE the Cypher of every benchmarked operation against the bench Neo4j instance')
    .option('--only <operation>', `one of ${OPERATION_NAMES.join(', ')}`)
    .parse()
    .opts<{ only?: OperationName }>();
  const db = await startBenchDatabase((line) => console.error(line));
  try {
    for (const profile of await profileOperations(db, opts.only)) console.log(`${formatProfile(profile)}\n`);
  } finally {
    await db.driver.close();
  }
}
