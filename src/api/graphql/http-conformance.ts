/**
 * Route options that close a gap between mercurius and the GraphQL-over-HTTP spec, checked by
 * graphql-http's audit in tests/integration/audit-graphql-http.int.test.ts: a client that
 * accepts `application/graphql-response+json` gets that media type back. (`extensions: null`
 * is allowed by the parameter schemas in request-params.ts.)
 */
import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** True when the Accept header lists graphql-response+json before (or instead of) plain JSON. */
export function prefersGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const graphql = types.indexOf(GRAPHQL_RESPONSE_JSON);
  const json = types.indexOf('application/json');
  return graphql !== -1 && (json === -1 || graphql < json);
}

async function negotiateMediaType(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  const type = String(reply.getHeader('content-type') ?? '');
  if (type.startsWith('application/json') && prefersGraphqlResponseJson(request.headers.accept)) {
    reply.header('content-type', `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`);
  }
  return payload;
}

export const conformanceRouteOptions: RouteShorthandOptions = {
  onSend: negotiateMediaType,
};
