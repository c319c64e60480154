import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapDriverError } from './errors.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction handle that returns plain rows and counts its round trips. */
export interface Tx {
  run<T extends Row = Row>(cypher: string, params?: Params): Promise<T[]>;
}

export interface ExecutorOptions {
  database: string;
  /** Server-side transaction timeout: no query can run forever. */
  timeoutMs: number;
  /** Tag shown in Neo4j's query log and `SHOW TRANSACTIONS`. */
  app?: string;
}

/**
 * The only class that opens sessions. Reads run in executeRead, writes in executeWrite, the
 * session is always closed, driver errors leave as typed AppErrors.
 */
export class Executor {
  #queries = 0;

  constructor(
    readonly driver: Driver,
    readonly options: ExecutorOptions,
  ) {}

  /** Cypher round trips since start; tests use it to prove batching. */
  get queryCount(): number {
    return this.#queries;
  }

  read<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => tx.run<T>(cypher, params));
  }

  write<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(cypher, params));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#withSession('READ', work);
  }

  /**
   * One transaction for all of `work`: it commits whole or not at all. When `signal` aborts
   * before the commit, the transaction is rolled back (the session is closed, which resets the
   * connection: the server stops the running statement and discards the transaction) and the
   * signal's reason is thrown. A commit already under way completes and its result is returned.
   */
  writeTx<T>(work: (tx: Tx) => Promise<T>, options: { signal?: AbortSignal } = {}): Promise<T> {
    return this.#withSession('WRITE', work, options.signal);
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data. */
  async runSchema(cypher: string): Promise<void> {
    await this.#withSession('WRITE', (tx) => tx.run(cypher));
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  async #withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    signal?.throwIfAborted();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const txConfig = { timeout: this.options.timeoutMs, metadata: { app: this.options.app ?? 'hessen-kg' } };
    let closing: Promise<void> | undefined;
    const abort = () => {
      closing ??= session.close();
    };
    signal?.addEventListener('abort', abort, { once: true });
    const wrap = (tx: ManagedTransaction): Tx => ({
      run: async <R extends Row>(cypher: string, params: Params = {}) => {
        signal?.throwIfAborted();
        this.#queries += 1;
        const result = await tx.run(cypher, params);
        return result.records.map((record) => record.toObject() as R);
      },
    });
    // Checked after the work too: returning from it commits, which an abort must prevent. Any
    // failure after an abort is the abort (never a retryable driver error that would run it again).
    const guarded = async (tx: ManagedTransaction): Promise<T> => {
      try {
        const result = await work(wrap(tx));
        signal?.throwIfAborted();
        return result;
      } catch (error) {
        signal?.throwIfAborted();
        throw error;
      }
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(guarded, txConfig)
        : await session.executeWrite(guarded, txConfig);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw mapDriverError(error);
    } finally {
      signal?.removeEventListener('abort', abort);
      await (closing ?? session.close());
    }
  }
}
