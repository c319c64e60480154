import { describe, expect, it } from 'vitest';
import { renderConf } from '../../../scripts/neo4j/conf.ts';
import { layoutFor } from '../../../scripts/neo4j/layout.ts';

const settings = {
  name: 'dev',
  boltPort: 7687,
  httpPort: 7474,
  heap: '1g',
  pageCache: '512m',
  user: 'neo4j',
  password: 'hessen-kg-local',
  startTimeoutMs: 1000,
};

function conf(): Map<string, string> {
  const text = renderConf(layoutFor('/opt/neo4j', 'dev'), settings);
  return new Map(
    text
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('the managed neo4j.conf', () => {
  it('lets Browser play guides and styles from the API on localhost and 127.0.0.1', () => {
    expect(conf().get('browser.remote_content_hostname_whitelist')?.split(',')).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1']),
    );
  });

  it('turns Browser telemetry and usage reports off, and sets nothing Neo4j 5.26 would refuse', () => {
    const c = conf();
    // Not a declared setting of 5.26: strict validation would stop the server from starting.
    expect(c.has('browser.allow_outgoing_connections')).toBe(false);
    expect(c.get('client.allow_telemetry')).toBe('false');
    expect(c.get('dbms.usage_report.enabled')).toBe('false');
  });

  it('listens on loopback only', () => {
    expect(conf().get('server.default_listen_address')).toBe('127.0.0.1');
  });
});
