/**
 * The one place where GraphQL errors get their public shape: every error carries
 * `extensions.code` from the catalogue in src/errors.ts; unknown errors become INTERNAL with
 * the catalogue's generic message (the cause goes to the log only), so no stack, Cypher or
 * driver message reaches a client.
 */
import { type ExecutionResult, GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { AppError, clientMessageOf, ERROR_CATALOGUE, type ErrorCode } from '../../errors.ts';

/**
 * graphql ships CJS and ESM builds; mercurius (CJS) and this module (ESM) can hold different
 * GraphQLError classes, so errors are recognised by name, not instanceof.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

function errorsOf(error: GraphQLError): GraphQLError[] {
  // mercurius wraps parse/validation/depth failures as one MER_ERR_GQL_VALIDATION with `.errors`
  const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(nested)) {
    // Plain nested errors (e.g. "Operation cannot be performed via a GET request") inherit the
    // wrapper's 4xx status, so they classify as client errors rather than INTERNAL.
    const wrapperStatus = statusCodeOf(error.originalError);
    return nested.map((e) => {
      if (isGraphQLError(e)) return e;
      const plain = e as Error & { code?: unknown; statusCode?: unknown };
      const originalError = Object.assign(new Error(plain.message), {
        name: plain.name,
        code: plain.code,
        statusCode: statusCodeOf(plain) ?? wrapperStatus,
      });
      return new GraphQLError(plain.message, { originalError });
    });
  }
  return [error];
}

function statusCodeOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Request-level statuses (body limit, content type) that keep their own code and status. */
const REQUEST_CODES: Readonly<Record<number, ErrorCode>> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** The catalogue error a GraphQL error stands for. */
export function classifyGraphqlError(error: GraphQLError): AppError {
  const original = error.originalError;
  if (original instanceof AppError) return original;
  const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(error.message);
  if (tokens) {
    return new AppError(
      'QUERY_TOO_COMPLEX',
      `The query has more than ${tokens[1]} tokens (MAX_QUERY_TOKENS); send a smaller document.`,
    );
  }
  const merCode = (original as { code?: unknown } | undefined)?.code;
  if (merCode === 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND') {
    return new AppError('BAD_USER_INPUT', 'The request has no `query`: send {"query": "{ … }"} as JSON.');
  }
  // Syntax, validation and variable-coercion errors: raised before execution, no path.
  if ((original === undefined || isGraphQLError(original)) && error.path === undefined) {
    return new AppError('BAD_USER_INPUT', error.message);
  }
  // Request-level 4xx from fastify/mercurius (parameter schemas, malformed JSON body, wrong method…).
  const status = statusCodeOf(original);
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError(REQUEST_CODES[status] ?? 'BAD_USER_INPUT', clientMessageOf(original));
  }
  return new AppError('INTERNAL', ERROR_CATALOGUE.INTERNAL.summary, { cause: original ?? error });
}

function publicShape(error: GraphQLError, appError: AppError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { code: appError.code };
  if (appError.details) extensions.details = { ...appError.details };
  return {
    message: appError.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions,
  };
}

const UNAVAILABLE: ReadonlySet<ErrorCode> = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']);

/**
 * mercurius `errorFormatter`. HTTP status: 503 (with retry-after) when the database is
 * unavailable or timed out; otherwise 200 when there is partial data, else the catalogue
 * status of the first error (400 for client errors).
 */
export function formatGraphqlErrors(
  execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>,
  context: MercuriusContext,
): { statusCode: number; response: ExecutionResult } {
  const log = context.reply?.log ?? context.app.log;
  const classified = execution.errors.flatMap(errorsOf).map((error) => {
    const appError = classifyGraphqlError(error);
    if (appError.status >= 500) {
      log.error({ err: appError.cause ?? error.originalError ?? error, code: appError.code }, error.message);
    }
    return { error, appError };
  });
  const codes = classified.map((c) => c.appError.code);
  let statusCode = 200;
  if (codes.some((code) => UNAVAILABLE.has(code))) {
    statusCode = 503;
    context.reply?.header('retry-after', '5');
  } else if (execution.data == null && classified[0]) {
    statusCode = classified[0].appError.status;
  }
  return {
    statusCode,
    response: {
      // No `data` entry when the request failed before execution (GraphQL spec, 7.1.2).
      ...(execution.data === undefined ? {} : { data: execution.data }),
      errors: classified.map(({ error, appError }) =>
        publicShape(error, appError),
      ) as unknown as GraphQLError[],
    },
  };
}
