import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LOCAL_DEFAULT_PASSWORD, loadConfig, PROJECT_ROOT } from '../../src/config.ts';

describe('config', () => {
  it('has sensible local defaults', () => {
    const config = loadConfig({}, {});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.neo4j.password).toBe(LOCAL_DEFAULT_PASSWORD);
    expect(config.localNeo4j.managed).toBe(true);
    expect(Object.isFrozen(config.api)).toBe(true);
  });

  it('does not manage a local Neo4j when NEO4J_URI points elsewhere', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }, {}).localNeo4j.managed).toBe(false);
  });

  it('runs its own NLP service on loopback unless NLP_URL points elsewhere', () => {
    const local = loadConfig({}, {});
    expect(local.nlp).toMatchObject({ url: 'http://127.0.0.1:9000', managed: true, heap: '3g', threads: 2 });
    const remote = loadConfig({ NLP_URL: 'http://nlp:9000/' }, {});
    expect(remote.nlp).toMatchObject({ url: 'http://nlp:9000', managed: false });
    expect(remote.test.nlpUrl).toBe('http://nlp:9000');
    expect(() => loadConfig({ NLP_URL: 'nlp:9000', NLP_THREADS: '0' }, {})).toThrowError(
      /NLP_URL[\s\S]*NLP_THREADS|NLP_THREADS[\s\S]*NLP_URL/,
    );
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      loadConfig({ PORT: 'abc', NEO4J_PASSWORD: 'short', NEO4J_URI: 'http://x' }, {}),
    ).toThrowError(
      /PORT:.*\n.*NEO4J_URI:.*\n.*NEO4J_PASSWORD: Neo4j requires at least 8 characters|PORT[\s\S]*NEO4J_URI[\s\S]*NEO4J_PASSWORD/,
    );
  });

  it('gives the load lease 30 s, renewed every 10 s, and refuses a heartbeat that cannot keep it alive', () => {
    expect(loadConfig({}, {}).load).toEqual({ leaseMs: 30_000, heartbeatMs: 10_000 });
    expect(loadConfig({ LOAD_LEASE_MS: '4000', LOAD_HEARTBEAT_MS: '1000' }, {}).load.leaseMs).toBe(4000);
    expect(() => loadConfig({ LOAD_LEASE_MS: '10000', LOAD_HEARTBEAT_MS: '8000' }, {})).toThrowError(
      /LOAD_HEARTBEAT_MS: must be at most half of LOAD_LEASE_MS/,
    );
  });

  it('exits with code 2 and a readable message, not a stack trace, on invalid config', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/neo4j/cli.ts', 'status'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
