import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';

/**
 * A lease in the database itself, so two loaders on different machines serialise too. MERGE
 * takes a write lock on the node, so two acquirers cannot both see it free. A crashed loader's
 * lease expires instead of blocking the graph forever.
 */
const ACQUIRE = `
MERGE (l:LoadLock {id: 'graph'})
WITH l
WHERE l.owner IS NULL OR l.expiresAt < datetime()
SET l.owner = $owner, l.since = datetime(), l.expiresAt = datetime() + duration({seconds: $leaseSeconds})
RETURN l.owner AS owner`;

const RENEW = `
MATCH (l:LoadLock {id: 'graph', owner: $owner})
SET l.expiresAt = datetime() + duration({seconds: $leaseSeconds})`;

const RELEASE = `
MATCH (l:LoadLock {id: 'graph', owner: $owner})
REMOVE l.owner, l.since, l.expiresAt`;

const HOLDER = `MATCH (l:LoadLock {id: 'graph'}) RETURN toString(l.since) AS since`;

export interface LoadLease {
  owner: string;
  renew(): Promise<void>;
  release(): Promise<void>;
}

export async function acquireLoadLock(executor: Executor, leaseSeconds = 300): Promise<LoadLease> {
  const owner = randomUUID();
  const rows = await executor.write(ACQUIRE, { owner, leaseSeconds });
  if (rows.length === 0) {
    const [holder] = await executor.read<{ since: string | null }>(HOLDER);
    throw new AppError(
      'LOAD_IN_PROGRESS',
      `Another load has held the graph since ${holder?.since ?? 'a moment ago'}; try again when it has finished.`,
    );
  }
  return {
    owner,
    renew: async () => {
      await executor.write(RENEW, { owner, leaseSeconds });
    },
    release: async () => {
      await executor.write(RELEASE, { owner });
    },
  };
}
