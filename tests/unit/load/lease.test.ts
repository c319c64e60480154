import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { LeaseHolder } from '../../../src/graph/lock.ts';
import { refusal } from '../../../src/load/lease.ts';

const now = Date.UTC(2026, 10, 30, 12, 0, 0);
const holder = (over: Partial<LeaseHolder> = {}): LeaseHolder => ({
  host: 'loader-1',
  pid: 4242,
  since: now - 60_000,
  expiresAt: now + 27_000,
  heartbeatAt: now - 3_000,
  heartbeatMs: 10_000,
  now,
  ...over,
});

describe('the refusal of a second load', () => {
  it('names the holder, since when, when its lease expires, and what to do', () => {
    const error = refusal(holder(), false);
    expect(error.code).toBe('LOAD_IN_PROGRESS');
    expect(error.message).toContain('pid 4242 on host loader-1, since 2026-11-30T11:59:00Z');
    expect(error.message).toContain('the lease expires 2026-11-30T12:00:27Z (in 27 s)');
    expect(error.message).toContain('heartbeat was renewed 3 s ago (every 10 s)');
    expect(error.message).toContain('from 2026-11-30T12:00:17Z (in 17 s)');
    expect(error.details).toEqual({ holder: { host: 'loader-1', pid: 4242 } });
  });

  it('offers --break-lock at once for a holder whose heartbeat is stale or missing', () => {
    expect(refusal(holder({ heartbeatAt: now - 25_000 }), false).message).toMatch(
      /--break-lock` takes over now/,
    );
    expect(refusal(holder({ heartbeatAt: null, heartbeatMs: null }), false).message).toMatch(
      /no heartbeat.*--break-lock` takes over now/,
    );
  });

  it('refuses --break-lock with the reason and the times it waits for', () => {
    const error = refusal(holder(), true);
    expect(error.code).toBe('LOAD_LOCK_BREAK_REFUSED');
    expect(error.message).toMatch(/^--break-lock refused: the lease holder is alive/);
    expect(error.message).toContain('stale from 2026-11-30T12:00:17Z (in 17 s)');
    expect(error.message).toContain('(in 27 s)');
  });

  it('says so when the holder ran on this host and its process is gone', () => {
    // Beyond the kernel's pid range: no process has it.
    const gone = refusal(holder({ host: hostname(), pid: 2 ** 22 + 1 }), false);
    expect(gone.message).toContain(`pid ${2 ** 22 + 1} is not running on this host any more`);
    const alive = refusal(holder({ host: hostname(), pid: process.pid }), false);
    expect(alive.message).not.toContain('not running');
  });
});
