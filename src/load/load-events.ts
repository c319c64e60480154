/** What a load reports while it runs: documents read, read again, written, committed; the lease taken. */
import type { WriteResult } from '../graph/writer.ts';

export type LoadEvent =
  | { phase: 'read'; index: number; total: number; file: string }
  /** A document is read again: the load learnt what its open words name (`because`, one line). */
  | { phase: 'reread'; round: number; documentId: string; because: string }
  | { phase: 'write'; index: number; total: number; documentId: string; result: WriteResult }
  /** A transaction committed: `written` documents of `total` are in the graph. */
  | { phase: 'commit'; written: number; total: number }
  /** The lease is held; `tookOverFrom`: the loader that held it before (expired, or --break-lock). */
  | { phase: 'lease'; tookOverFrom: { host: string | null; pid: number | null } | null };
