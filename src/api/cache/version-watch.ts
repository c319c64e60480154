/**
 * The graph version as this process last saw it. Read from Neo4j at most once per `pollMs` (and
 * by one request at a time: concurrent callers share the read), and at once after a load in this
 * process. A failed read answers null: without a known version nothing may be served from cache.
 */
import type { Executor } from '../../db/executor.ts';
import { onGraphChanged, READ_GRAPH_VERSION } from '../../graph/version.ts';

export class GraphVersionWatch {
  #version: number | null = null;
  #checkedAt = Number.NEGATIVE_INFINITY;
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
    if (performance.now() - this.#checkedAt < this.pollMs && this.#version !== null) {
      return Promise.resolve(this.#version);
    }
    this.#pending ??= this.#read().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
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
    }
    return this.#version;
  }
}
