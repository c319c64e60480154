import { AppError } from '../errors.ts';

/** Where a load is, so that a stopped load can say exactly what it did and did not write. */
export class LoadProgress {
  phase: 'read' | 'reset' | 'write' = 'read';
  /** Documents whose transaction committed (written, or unchanged and skipped), in load order. */
  readonly written: string[] = [];
  /** The group whose transaction is open (or about to open). */
  unfinished: string[] = [];
  /** Documents after the unfinished group. */
  notStarted = 0;
}

function documents(ids: readonly string[]): string {
  return ids.length === 1 ? `document ${ids[0]}` : `documents ${ids.join(', ')}`;
}

function describe(progress: LoadProgress): string {
  if (progress.phase === 'read') return 'while reading the documents: nothing was written.';
  if (progress.phase === 'reset') {
    return 'while emptying the graph (--reset): it is partly emptied; run the load again to fill it.';
  }
  const parts = [
    progress.unfinished.length > 0
      ? `while writing: nothing of ${documents(progress.unfinished)} written (the open transaction was rolled back).`
      : 'while writing, between two transactions.',
    progress.written.length > 0
      ? `Done before, each complete: ${progress.written.length} document(s), ${progress.written[0]} … ${progress.written.at(-1)}.`
      : 'No document had been written.',
  ];
  if (progress.notStarted > 0) parts.push(`Not started: ${progress.notStarted} document(s).`);
  return parts.join(' ');
}

/**
 * The error a stopped load ends with: the reason (an interrupt, or the lease lost to another
 * loader) with what was written, what was rolled back and what never started.
 */
export function stoppedLoad(reason: unknown, progress: LoadProgress): AppError {
  const cause =
    reason instanceof AppError ? reason : new AppError('LOAD_INTERRUPTED', 'Interrupted', { cause: reason });
  return new AppError(cause.code, `${cause.message} ${describe(progress)}`, {
    details: {
      ...cause.details,
      phase: progress.phase,
      written: [...progress.written],
      unfinished: [...progress.unfinished],
      notStarted: progress.notStarted,
    },
    cause,
  });
}
