import type { Executor } from '../../db/executor.ts';

/** What every read function needs: the executor and the configured page-size ceiling. */
export interface ReadContext {
  executor: Executor;
  /** Upper bound for every `first`/`limit` (config.api.maxPageSize). */
  maxPageSize: number;
}
