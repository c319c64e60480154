import { STATUS_CODES as HTTP_STATUS } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, clientMessageOf, ERROR_CATALOGUE, type ErrorCode } from '../../errors.ts';

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; details?: Record<string, unknown> };
}

/** Fastify's own 4xx (body limit, content type, routing) keep their status and get a catalogue code. */
const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

function fromFastify(error: FastifyError): { status: number; body: ErrorBody } | null {
  if (error.validation) {
    return { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: clientMessageOf(error) } } };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'BAD_USER_INPUT';
    return { status, body: { error: { code, message: clientMessageOf(error) } } };
  }
  return null;
}

/**
 * The single place where errors become HTTP responses: catalogue errors keep their status and
 * code, fastify's own 4xx pass with their message, anything else is a 500 without internals.
 * Also fastify's `frameworkErrors` (a URL that does not decode), which never reach a route.
 */
export function replyWithError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.status >= 500)
      request.log.error({ err: error.cause ?? error, code: error.code }, error.message);
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details) body.error.details = { ...error.details };
    if (error.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '5');
    return reply.code(error.status).send(body);
  }
  const mapped = fromFastify(error);
  if (mapped) return reply.code(mapped.status).send(mapped.body);
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send({ error: { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.summary } });
}

/** HTTP that Node's parser refuses before any route: status and message per parser error code. */
const CLIENT_ERRORS: Readonly<Record<string, [number, string]>> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'The URL and headers exceed the 16 KB HTTP limit: send long queries and variables by POST.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time (REQUEST_TIMEOUT_MS).'],
};

/**
 * fastify `clientErrorHandler`: like fastify's default (answer, then close the socket), but in
 * the API's error shape, so even a request that never reached a route gets a code and a message.
 */
export function replyToClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The HTTP request is malformed.'];
  const body = JSON.stringify({ error: { code: 'BAD_USER_INPUT', message } } satisfies ErrorBody);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${HTTP_STATUS[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(replyWithError);

    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` },
      }),
    );
  },
  { name: 'error-handler' },
);
