import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';

/**
 * Security headers, CORS and a per-IP rate limit (429 with Retry-After and x-ratelimit-* headers). The CSP allows only our own scripts:
 * GraphiQL, Swagger UI and the explorer load their assets from this server, never a CDN.
 */
export const securityPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // GraphiQL and Swagger UI set inline styles at runtime.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
        },
      },
      // Neo4j Browser (another origin) fetches the guide.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    await app.register(cors, {
      origin: config.api.corsOrigin === '*' ? true : config.api.corsOrigin.split(',').map((o) => o.trim()),
      methods: ['GET', 'POST', 'OPTIONS'],
    });
    // Graceful close: a response finished after close() began tells keep-alive clients to go, so
    // the connection ends with it and close() does not wait for the keep-alive timeout.
    app.addHook('onSend', async (request, reply) => {
      if (!app.server.listening && request.raw.socket?.remoteAddress !== undefined) {
        reply.header('connection', 'close');
      }
    });
    // Global: every route counts, /graphql (GET and POST) included; probes never get a 429.
    await app.register(rateLimit, {
      global: true,
      max: config.api.rateLimitMax,
      timeWindow: config.api.rateLimitWindowMs,
      allowList: (request) => request.url.startsWith('/health/'),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new AppError(
            'RATE_LIMITED',
            `Rate limit of ${context.max} requests per ${context.after} exceeded; retry later.`,
          ),
          { statusCode: 429 },
        ),
    });
  },
  { name: 'security' },
);
