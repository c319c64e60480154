import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InstanceSettings, Neo4jLayout } from './layout.ts';

/** The JVM flags Neo4j's own launcher (bin/neo4j) passes, minus the ones that only slow a small machine. */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/** Hosts Neo4j Browser may fetch guides and styles from: the API runs on loopback. */
export const BROWSER_CONTENT_HOSTS = ['localhost', '127.0.0.1'];

/** neo4j.conf for a loopback-only instance; rewritten on every start so config changes apply. */
export function renderConf(layout: Neo4jLayout, settings: InstanceSettings): string {
  return [
    '# Written by scripts/neo4j/conf.ts on every start; edit the project config (.env), not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    `server.http.listen_address=127.0.0.1:${settings.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${settings.httpPort}`,
    'server.https.enabled=false',
    'server.bolt.tls_level=DISABLED',
    'dbms.usage_report.enabled=false',
    // Browser: :play guides and :style sheets from the API on either loopback name, and no
    // telemetry from the browser (analytics, the tracking banner). Neo4j 5.26 Community no longer
    // declares browser.allow_outgoing_connections: with strict config validation it refuses to start.
    `browser.remote_content_hostname_whitelist=${BROWSER_CONTENT_HOSTS.join(',')}`,
    'client.allow_telemetry=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.memory.transaction.total.max=1g',
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    `server.directories.import=${layout.importDir}`,
    `server.directories.lib=${layout.lib}`,
    `server.directories.run=${path.dirname(layout.pidFile)}`,
    'dbms.transaction.timeout=60s',
    '',
  ].join('\n');
}

export function writeConf(layout: Neo4jLayout, settings: InstanceSettings): void {
  for (const dir of [layout.conf, layout.data, layout.logs, layout.importDir, path.dirname(layout.pidFile)]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(path.join(layout.conf, 'neo4j.conf'), renderConf(layout, settings));
}
