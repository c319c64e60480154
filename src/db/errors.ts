import { AppError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Maps a driver error to the catalogue. Driver messages and Cypher text stay in the cause
 * (for the log), never in the client-visible message.
 */
export function mapDriverError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ECONNRESET|socket|connection/i.test(code)) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'The graph database is not reachable right now; retry shortly.',
      {
        cause: error,
      },
    );
  }
  if (/TransactionTimedOut|TransactionTimeout/i.test(code)) {
    return new AppError('QUERY_TIMEOUT', 'The query ran past its time limit.', { cause: error });
  }
  if (error instanceof Error && /Pool is closed|Driver is closed/i.test(error.message)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The graph database connection is closed.', { cause: error });
  }
  return new AppError('INTERNAL', 'The database query failed.', { cause: error });
}
