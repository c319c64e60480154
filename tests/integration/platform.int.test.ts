import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { applyMigrations, pendingMigrations } from '../../src/db/migrations.ts';
import { testConfig, testExecutor } from '../support/context.ts';

const config = testConfig();
const executor = testExecutor(config);

beforeAll(async () => {
  await applyMigrations(executor);
});
afterAll(async () => {
  await executor.write('MATCH (n:PlatformProbe) DETACH DELETE n');
  await executor.driver.close();
});

describe('Neo4j over Bolt', () => {
  it('writes in executeWrite and reads back in executeRead', async () => {
    const token = `probe-${Date.now()}`;
    await executor.write('CREATE (:PlatformProbe {token: $token, text: $text})', {
      token,
      text: 'Größe, Übung, Straße',
    });
    const rows = await executor.read<{ text: string }>(
      'MATCH (n:PlatformProbe {token: $token}) RETURN n.text AS text',
      {
        token,
      },
    );
    expect(rows).toEqual([{ text: 'Größe, Übung, Straße' }]);
  });

  it('rolls a failing write transaction back completely', async () => {
    const token = `rollback-${Date.now()}`;
    await expect(
      executor.writeTx(async (tx) => {
        await tx.run('CREATE (:PlatformProbe {token: $token})', { token });
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
    const rows = await executor.read('MATCH (n:PlatformProbe {token: $token}) RETURN n', { token });
    expect(rows).toHaveLength(0);
  });

  it('applies migrations idempotently and records them', async () => {
    await applyMigrations(executor);
    expect(await pendingMigrations(executor)).toEqual([]);
    const indexes = await executor.read<{ name: string }>(
      "SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN name",
    );
    expect(indexes).toHaveLength(1);
  });

  it('applies a recorded migration once: a rerun (every load runs them) rebuilds no index', async () => {
    await applyMigrations(executor);
    const roleIndex = () =>
      executor.read<{ id: unknown }>("SHOW INDEXES YIELD name, id WHERE name = 'relation_role' RETURN id");
    const before = await roleIndex();
    expect(before).toHaveLength(1);
    expect(await applyMigrations(executor)).toEqual([]);
    expect(await roleIndex()).toEqual(before);
  });
});

describe('health', () => {
  it('reports live and ready against a migrated database', async () => {
    const app = await buildApp(config, { logger: false });
    try {
      expect((await app.inject('/health/live')).json()).toEqual({ status: 'ok' });
      const ready = await app.inject('/health/ready');
      expect(ready.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 503 with a reason when Neo4j cannot be reached', async () => {
    const app = await buildApp(testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), { logger: false });
    try {
      const ready = await app.inject('/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({
        status: 'unavailable',
        reason: expect.stringMatching(/not reachable/),
      });
    } finally {
      await app.close();
    }
  });
});
