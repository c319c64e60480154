import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Executor } from '../db/executor.ts';

/**
 * A lease in the database itself, so two loaders on different machines serialise too. MERGE
 * takes a write lock on the node, so two acquirers cannot both see it free. The holder renews
 * the lease on a heartbeat; a loader that dies stops renewing, and its lease runs out after
 * `leaseMs`. All times are the database server's clock, so the loaders' clocks do not matter.
 *
 * A heartbeat is stale after two missed renewals: then `breakLock` may take the lease before it
 * expires. A lease without a heartbeat (written by a loader without one) counts as stale.
 */
const ACQUIRE = `
MERGE (l:LoadLock {id: 'graph'})
WITH l, datetime() AS now
WHERE l.owner IS NULL OR l.expiresAt < now
   OR ($breakLock AND coalesce(l.heartbeatAt + duration({milliseconds: 2 * coalesce(l.heartbeatMs, 0)}), now) <= now)
WITH l, now, l.owner AS previousOwner, l.host AS previousHost, l.pid AS previousPid
SET l.owner = $owner, l.host = $host, l.pid = $pid, l.since = now, l.heartbeatAt = now,
    l.heartbeatMs = $heartbeatMs, l.expiresAt = now + duration({milliseconds: $leaseMs})
RETURN previousOwner, previousHost, previousPid`;

const RENEW = `
MATCH (l:LoadLock {id: 'graph', owner: $owner})
WITH l, datetime() AS now
SET l.heartbeatAt = now, l.expiresAt = now + duration({milliseconds: $leaseMs})
RETURN l.owner AS owner`;

const RELEASE = `
MATCH (l:LoadLock {id: 'graph', owner: $owner})
REMOVE l.owner, l.host, l.pid, l.since, l.heartbeatAt, l.heartbeatMs, l.expiresAt`;

const HOLDER = `
MATCH (l:LoadLock {id: 'graph'}) WHERE l.owner IS NOT NULL
RETURN l.host AS host, l.pid AS pid, l.since.epochMillis AS since, l.expiresAt.epochMillis AS expiresAt,
       l.heartbeatAt.epochMillis AS heartbeatAt, l.heartbeatMs AS heartbeatMs,
       datetime().epochMillis AS now`;

export interface LeaseTiming {
  /** How long the lease lasts without a renewal. */
  leaseMs: number;
  /** How often the holder renews it. */
  heartbeatMs: number;
}

/** Who holds the lease, in epoch milliseconds of the database clock (`now` included). */
export type LeaseHolder = {
  host: string | null;
  pid: number | null;
  since: number | null;
  expiresAt: number | null;
  /** Null for a lease written without a heartbeat. */
  heartbeatAt: number | null;
  heartbeatMs: number | null;
  now: number;
};

export interface LoadLease {
  owner: string;
  host: string;
  pid: number;
  /** The lease this one took over with breakLock, if any. */
  tookOverFrom: { host: string | null; pid: number | null } | null;
  /** Extends the lease; false when another loader holds it now. */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export type AcquireResult = { lease: LoadLease } | { holder: LeaseHolder | null };

/** Takes the lease, or says who holds it (null: it was released in between; try again). */
export async function acquireLoadLock(
  executor: Executor,
  timing: LeaseTiming,
  options: { breakLock?: boolean } = {},
): Promise<AcquireResult> {
  const owner = randomUUID();
  const host = hostname();
  const pid = process.pid;
  const rows = await executor.write<{
    previousOwner: string | null;
    previousHost: string | null;
    previousPid: number | null;
  }>(ACQUIRE, { owner, host, pid, ...timing, breakLock: options.breakLock ?? false });
  const [taken] = rows;
  if (taken === undefined) {
    const [holder] = await executor.read<LeaseHolder>(HOLDER);
    return { holder: holder ?? null };
  }
  const tookOver = taken.previousOwner === null ? null : { host: taken.previousHost, pid: taken.previousPid };
  return {
    lease: {
      owner,
      host,
      pid,
      tookOverFrom: tookOver,
      renew: async () => (await executor.write(RENEW, { owner, leaseMs: timing.leaseMs })).length > 0,
      release: async () => {
        await executor.write(RELEASE, { owner });
      },
    },
  };
}
