import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../db/migrations.ts';
import { AppError } from '../errors.ts';

const statusSchema = {
  type: 'object',
  properties: { status: { type: 'string' }, reason: { type: 'string' } },
  required: ['status'],
} as const;

/** Liveness says the process answers; readiness says Neo4j answers and is migrated. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/health/live',
    { schema: { tags: ['health'], summary: 'The process is up', response: { 200: statusSchema } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/health/ready',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Neo4j is reachable and all migrations are applied',
        response: { 200: statusSchema, 503: statusSchema },
      },
    },
    async (_request, reply) => {
      try {
        await app.executor.ping();
        const pending = await pendingMigrations(app.executor);
        if (pending.length > 0) {
          return reply
            .code(503)
            .send({ status: 'unavailable', reason: `migrations pending: ${pending.join(', ')}` });
        }
        return { status: 'ok' };
      } catch (error) {
        const reason = error instanceof AppError ? error.message : 'database check failed';
        return reply.code(503).send({ status: 'unavailable', reason });
      }
    },
  );
}
