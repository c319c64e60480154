import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Executor } from './executor.ts';

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'cypher');

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a .cypher file into statements: `;` ends one, `//` comments are dropped. */
export function parseCypherFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      return {
        id: file,
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
        statements: parseCypherFile(text),
      };
    }),
  );
}

/** The migrations of `dir` that the database has not recorded with their current checksum. */
async function pending(executor: Executor, dir: string): Promise<Migration[]> {
  const migrations = await readMigrations(dir);
  const applied = await executor.read<{ id: string; checksum: string }>(
    'MATCH (n:Migration) RETURN n.id AS id, n.checksum AS checksum',
  );
  const done = new Set(applied.map((m) => `${m.id}:${m.checksum}`));
  return migrations.filter((m) => !done.has(`${m.id}:${m.checksum}`));
}

/**
 * Applies the migrations not yet recorded (or recorded with another checksum), waits for their
 * indexes and records them; returns their ids. Recorded ones are skipped: a migration may rebuild
 * an index (DROP … then CREATE), which must happen once, not on every load. Every statement is
 * IF NOT EXISTS / IF EXISTS, so applying one again is harmless.
 */
export async function applyMigrations(executor: Executor, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await pending(executor, dir);
  if (migrations.length === 0) return [];
  for (const migration of migrations) {
    for (const statement of migration.statements) await executor.runSchema(statement);
  }
  await executor.runSchema('CALL db.awaitIndexes(120)');
  await executor.write(
    `UNWIND $migrations AS m
     MERGE (n:Migration {id: m.id})
     SET n.checksum = m.checksum, n.appliedAt = coalesce(n.appliedAt, datetime())`,
    { migrations: migrations.map(({ id, checksum }) => ({ id, checksum })) },
  );
  return migrations.map((m) => m.id);
}

/** Ids of migrations in schema/cypher that the database has not recorded (with the current checksum). */
export async function pendingMigrations(executor: Executor, dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await pending(executor, dir)).map((m) => m.id);
}
