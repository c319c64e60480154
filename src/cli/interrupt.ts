import { constants } from 'node:os';
import { AppError } from '../errors.ts';

export interface Interrupt {
  /** Aborted by the first SIGINT or SIGTERM, its reason a LOAD_INTERRUPTED error. */
  signal: AbortSignal;
  /** 128 + the signal's number (130 for SIGINT, 143 for SIGTERM); undefined before a signal. */
  exitCode(): number | undefined;
  /** Removes the handlers: the process's usual signal handling applies again. */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** The shell's convention for a process ended by a signal: 128 + its number (SIGINT 130, SIGTERM 143). */
export function signalExitCode(name: string): number {
  return 128 + (constants.signals[name as NodeJS.Signals] ?? 0);
}

/**
 * Turns Ctrl-C and SIGTERM into an abort the load can act on (roll back, release the lease,
 * report), instead of the process dying mid-transaction. A second signal exits at once: the
 * server rolls the open transaction back when the connection drops, the lease expires by itself.
 */
export function interruptOnSignals(onFirst?: (name: string) => void): Interrupt {
  const controller = new AbortController();
  let code: number | undefined;
  const handler = (name: (typeof SIGNALS)[number]) => {
    if (code !== undefined) process.exit(code);
    code = signalExitCode(name);
    onFirst?.(name);
    controller.abort(
      new AppError('LOAD_INTERRUPTED', `Interrupted (${name})`, { details: { signal: name } }),
    );
  };
  const handlers = SIGNALS.map((name) => [name, () => handler(name)] as const);
  for (const [name, fn] of handlers) process.on(name, fn);
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose: () => {
      for (const [name, fn] of handlers) process.off(name, fn);
    },
  };
}
