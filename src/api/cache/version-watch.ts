/**
 * The graph version as this process last saw it. Read from Neo4j at most once per `pollMs` (and
 * by one request at a time: concurrent callers share the read), and at once after a load in this
 * process. A failed read answers null: without a known version nothing may be served from cache.
 * A request waits for the read at most VERSION_WAIT_MS and then goes on uncached: during an outage
 * it must not pay for a failing version read before its own statement fails too.
 */
import type { Executor } from '../../db/executor.ts';
import { onGraphChanged, READ_GRAPH_VERSION } from '../../graph/version.ts';

/** A healthy read takes milliseconds; longer, and the request does better without the cache. */
export const VERSION_WAIT_MS = 250;

export class GraphVersionWatch {
  #version: number | null = null;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #failedAt = Number.NEGATIVE_INFINITY;
  #pending: Promise<number | null> | null = null;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly executor: Executor,
    private readonly pollMs: number,
  ) {
    this.#unsubscribe = onGraphChanged(() => {
      this.#checkedAt = Number.NEGATIVE_INFINITY;
    });
  }

  /** The version, read again if the last read is older than `pollMs`; null if Neo4j cannot say. */
  current(): Promise<number | null> {
    const now = performance.now();
    if (now - this.#checkedAt < this.pollMs && this.#version !== null) return Promise.resolve(this.#version);
    // A failed read is not tried again by every request until pollMs has passed.
    if (now - this.#failedAt < this.pollMs) return Promise.resolve(null);
    this.#pending ??= this.#read().finally(() => {
      this.#pending = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), VERSION_WAIT_MS);
    });
    return Promise.race([this.#pending, late]).finally(() => clearTimeout(timer));
  }

  close(): void {
    this.#unsubscribe();
  }

  async #read(): Promise<number | null> {
    const started = performance.now();
    try {
      const [row] = await this.executor.read<{ version: number }>(READ_GRAPH_VERSION);
      this.#version = row?.version ?? 0;
      this.#checkedAt = started;
    } catch {
      this.#version = null;
      this.#failedAt = started;
    }
    return this.#version;
  }
}
