/**
 * Route hooks that put the response cache in front of GraphQL execution: the ETag names the
 * graph version and the request, so `If-None-Match` is answered 304 without executing; a hit
 * is sent without executing; a successful answer without errors is stored. GET answers carry
 * `Cache-Control`. When the graph version cannot be read (Neo4j down), nothing is cached.
 */
import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Config } from '../../config.ts';
import type { GraphqlRequest, ResponseCache } from './response-cache.ts';
import type { GraphVersionWatch } from './version-watch.ts';

interface Pending {
  version: number;
  key: string;
}

const pending = new WeakMap<FastifyRequest, Pending>();

/** The operation of a POST body or a GET query string; null if it is not one we can key. */
function requestOf(request: FastifyRequest): GraphqlRequest | null {
  const source = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | null;
  if (!source || typeof source !== 'object' || typeof source.query !== 'string') return null;
  let variables = source.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  const operationName = typeof source.operationName === 'string' ? source.operationName : null;
  return { query: source.query, operationName, variables };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export interface GraphqlCacheOptions {
  cache: ResponseCache;
  watch: GraphVersionWatch;
  config: Pick<Config, 'cache'>;
}

export function graphqlCacheHooks({ cache, watch, config }: GraphqlCacheOptions) {
  const cacheControl = `public, max-age=${config.cache.httpMaxAgeSeconds}, must-revalidate`;

  async function preHandler(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const operation = requestOf(request);
    if (operation === null) return;
    const version = await watch.current();
    if (version === null) return;
    const key = cache.key(version, operation);
    if (key === null) return;
    const etag = `"${version}-${key}"`;
    reply.header('etag', etag);
    if (request.method === 'GET') reply.header('cache-control', cacheControl);
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const noCache = /no-cache|no-store/i.test(request.headers['cache-control'] ?? '');
    const hit = noCache ? undefined : cache.get(version, key);
    if (hit) return reply.header('content-type', 'application/json; charset=utf-8').send(hit.body);
    pending.set(request, { version, key });
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const entry = pending.get(request);
    if (reply.statusCode === 304) return payload;
    const clean = reply.statusCode === 200 && typeof payload === 'string' && !payload.includes('"errors"');
    if (!clean) {
      // Errors may be transient (timeouts, outages): such an answer gets no validator.
      reply.removeHeader('etag');
      reply.removeHeader('cache-control');
      return payload;
    }
    if (entry) cache.set(entry.version, entry.key, { body: payload as string });
    return payload;
  }

  return { preHandler, onSend };
}

/** Merges two route option sets' hooks (each may be a function or a list). */
export function withHooks(
  base: RouteShorthandOptions,
  hooks: { preHandler: RouteShorthandOptions['preHandler']; onSend: RouteShorthandOptions['onSend'] },
): RouteShorthandOptions {
  const list = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  return {
    ...base,
    preHandler: [...list(base.preHandler), ...list(hooks.preHandler)] as RouteShorthandOptions['preHandler'],
    onSend: [...list(hooks.onSend), ...list(base.onSend)] as RouteShorthandOptions['onSend'],
  };
}
