import { hostname } from 'node:os';
import type { Executor } from '../db/executor.ts';
import { AppError } from '../errors.ts';
import { acquireLoadLock, type LeaseHolder, type LeaseTiming, type LoadLease } from '../graph/lock.ts';

/** A held lease whose heartbeat runs on a timer until `stop()`, whatever the load is doing. */
export interface HeldLease extends LoadLease {
  /** Aborted when a renewal finds that another loader holds the lease now. */
  lost: AbortSignal;
  /** Stops the heartbeat and releases the lease (never throws: the lease would expire anyway). */
  stop(): Promise<void>;
}

/** Second-precision ISO time (UTC): unambiguous for loaders in any time zone. */
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

function inSeconds(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `in ${s} s`;
}

/** Whether a process of that id runs here; only meaningful when the holder is on this host. */
function runsHere(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the lease, since when and until when, in words an operator can act on. */
export function describeHolder(holder: LeaseHolder, here = hostname()): string {
  const who = `pid ${holder.pid ?? '?'} on host ${holder.host ?? '?'}`;
  const since = holder.since === null ? '' : `, since ${iso(holder.since)}`;
  const gone =
    holder.host === here && holder.pid !== null && !runsHere(holder.pid)
      ? ` (pid ${holder.pid} is not running on this host any more)`
      : '';
  const expires =
    holder.expiresAt === null
      ? ''
      : `; the lease expires ${iso(holder.expiresAt)} (${inSeconds(holder.expiresAt - holder.now)})`;
  return `${who}${since}${gone}${expires}`;
}

/** When the holder's heartbeat counts as stale (two missed renewals); null: it has none. */
export function staleFrom(holder: LeaseHolder): number | null {
  if (holder.heartbeatAt === null || holder.heartbeatMs === null) return null;
  return holder.heartbeatAt + 2 * holder.heartbeatMs;
}

function heartbeatText(holder: LeaseHolder): string {
  if (holder.heartbeatAt === null) return 'it records no heartbeat (a loader of an older version)';
  const ago = Math.max(0, Math.round((holder.now - holder.heartbeatAt) / 1000));
  return `its heartbeat was renewed ${ago} s ago (every ${Math.round((holder.heartbeatMs ?? 0) / 1000)} s)`;
}

export function refusal(holder: LeaseHolder, breakLock: boolean): AppError {
  const details = { holder: { host: holder.host, pid: holder.pid } };
  const stale = staleFrom(holder);
  const afterExpiry = 'When it expires, a plain `npm run load` takes over by itself.';
  if (breakLock) {
    const when =
      stale === null ? '' : ` It counts as stale from ${iso(stale)} (${inSeconds(stale - holder.now)}).`;
    return new AppError(
      'LOAD_LOCK_BREAK_REFUSED',
      `--break-lock refused: the lease holder is alive, ${heartbeatText(holder)}. Holder: ${describeHolder(holder)}.` +
        ` Wait for that load to finish, or stop it (Ctrl-C releases the lease at once).${when} ${afterExpiry}`,
      { details },
    );
  }
  const breakHint =
    stale === null || stale <= holder.now
      ? 'If it is known to be gone, `npm run load -- --break-lock` takes over now.'
      : `If it is known to be gone, \`npm run load -- --break-lock\` takes over once its heartbeat is stale, from ${iso(stale)} (${inSeconds(stale - holder.now)}).`;
  return new AppError(
    'LOAD_IN_PROGRESS',
    `Another load holds the graph: ${describeHolder(holder)}; ${heartbeatText(holder)}.` +
      ` If that load is running, wait for it to finish. ${afterExpiry} ${breakHint}`,
    { details },
  );
}

/**
 * Takes the load lease and keeps it alive on a timer (every `heartbeatMs`, independent of the
 * load's phase), or throws a refusal naming the holder.
 */
export async function holdLease(
  executor: Executor,
  timing: LeaseTiming,
  options: { breakLock?: boolean } = {},
): Promise<HeldLease> {
  let result = await acquireLoadLock(executor, timing, options);
  // Released between our attempt and the look at the holder: one more try.
  if ('holder' in result && result.holder === null) result = await acquireLoadLock(executor, timing, options);
  if ('holder' in result) {
    if (result.holder === null) throw new AppError('LOAD_IN_PROGRESS', 'Another load holds the graph.');
    throw refusal(result.holder, options.breakLock ?? false);
  }
  const lease = result.lease;
  const lost = new AbortController();
  let renewing = false;
  const timer = setInterval(async () => {
    if (renewing) return;
    renewing = true;
    try {
      if (!(await lease.renew())) {
        clearInterval(timer);
        lost.abort(
          new AppError(
            'LOAD_LEASE_LOST',
            'Stopped because another loader took over the load lease (--break-lock)',
          ),
        );
      }
    } catch {
      // A missed renewal is what the lease's slack is for; the next beat tries again.
    } finally {
      renewing = false;
    }
  }, timing.heartbeatMs);
  // The load's own work keeps the process alive; a forgotten timer must not.
  timer.unref();
  return {
    ...lease,
    lost: lost.signal,
    stop: async () => {
      clearInterval(timer);
      await lease.release().catch(() => undefined);
    },
  };
}
