import { describe, expect, inject, it } from 'vitest';
import { testExecutor } from '../support/context.ts';

/** The Neo4j the project runs itself was started with the conf scripts/neo4j/conf.ts writes. */
describe.runIf(inject('neo4j').kind === 'local')('the managed Neo4j runs with the project conf', () => {
  it('allows guides and styles from both loopback names and turns Browser telemetry off', async () => {
    const executor = testExecutor();
    try {
      const rows = await executor.read<{ name: string; value: string }>(
        `SHOW SETTINGS YIELD name, value
         WHERE name IN ['browser.remote_content_hostname_whitelist', 'client.allow_telemetry',
                        'dbms.usage_report.enabled']
         RETURN name, value`,
      );
      const settings = Object.fromEntries(rows.map((r) => [r.name, String(r.value)]));
      expect(settings['browser.remote_content_hostname_whitelist']?.split(',')).toEqual(
        expect.arrayContaining(['localhost', '127.0.0.1']),
      );
      expect(settings).toMatchObject({
        'client.allow_telemetry': 'false',
        'dbms.usage_report.enabled': 'false',
      });
    } finally {
      await executor.driver.close();
    }
  });
});
