/**
 * The error catalogue: every error a client or an operator can see, with a stable code and
 * its HTTP status. GraphQL (`extensions.code`), REST and the CLI map from here and nowhere else.
 */

export const ERROR_CATALOGUE = {
  BAD_USER_INPUT: { status: 400, summary: 'The request is malformed or a parameter is invalid.' },
  QUERY_TOO_COMPLEX: { status: 400, summary: 'The GraphQL query exceeds the depth or cost limit.' },
  NOT_FOUND: { status: 404, summary: 'No entity, document or route with that id.' },
  PAYLOAD_TOO_LARGE: { status: 413, summary: 'The request body exceeds BODY_LIMIT_BYTES.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    summary: 'The request body has a content type this route does not accept.',
  },
  LOAD_IN_PROGRESS: { status: 409, summary: 'Another load holds the graph; loads are serialised.' },
  LOAD_LOCK_BREAK_REFUSED: {
    status: 409,
    summary: "--break-lock was refused: the lease holder's heartbeat is fresh, so it is alive.",
  },
  LOAD_LEASE_LOST: {
    status: 409,
    summary: 'Another loader took over the lease while this load ran; this load stopped.',
  },
  LOAD_INTERRUPTED: {
    status: 503,
    summary: 'The load was interrupted; its open transaction was rolled back and its lease released.',
  },
  RATE_LIMITED: { status: 429, summary: 'Too many requests from this client; retry after the given time.' },
  CONFIG_INVALID: { status: 500, summary: 'An environment variable has an invalid value.' },
  CATALOG_INVALID: { status: 422, summary: 'The entity catalog does not validate.' },
  GOLD_INVALID: { status: 422, summary: 'An evaluation corpus gold.yaml does not validate.' },
  PIPELINE_INVALID: {
    status: 500,
    summary: 'The load pipeline is built wrong: a component reads what no earlier component assigns.',
  },
  DOCUMENT_UNREADABLE: { status: 422, summary: 'A source document cannot be read or decoded.' },
  DOCUMENT_UNSUPPORTED: {
    status: 415,
    summary: 'A source document is of a type the loader does not read (.txt .md .pdf .html .htm .docx).',
  },
  LOAD_FAILED: { status: 500, summary: 'A load failed; the graph was left as it was.' },
  DATABASE_UNAVAILABLE: { status: 503, summary: 'Neo4j cannot be reached right now; retry shortly.' },
  NLP_UNAVAILABLE: {
    status: 503,
    summary: 'The German NLP service cannot be reached or is still loading its models; retry shortly.',
  },
  NLP_FAILED: { status: 502, summary: 'The German NLP service could not annotate a document.' },
  QUERY_TIMEOUT: { status: 503, summary: 'The database query ran past its time limit.' },
  INTERNAL: { status: 500, summary: 'An unexpected error; details are in the server log.' },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe, structured details for the client (never driver messages or Cypher). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { details?: Record<string, unknown>; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options?.details ? Object.freeze({ ...options.details }) : undefined;
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details ? { details } : undefined);

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} '${id}' does not exist.`, { details: { id } });

/** JavaScript's own exceptions: their messages describe our code, never the request. */
const RUNTIME_ERRORS: ReadonlySet<string> = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
]);

/**
 * The message a client may read of a 4xx error raised by fastify, mercurius or a library:
 * theirs, unless it is a JavaScript exception's (a library may tag one with a 4xx status).
 */
export function clientMessageOf(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (typeof message !== 'string' || message === '' || RUNTIME_ERRORS.has(String(name))) {
    return ERROR_CATALOGUE.BAD_USER_INPUT.summary;
  }
  return message;
}

/** What a client may see of any error: known errors pass, unknown ones become INTERNAL. */
export function toPublicError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', ERROR_CATALOGUE.INTERNAL.summary, { cause: error });
}
