#!/usr/bin/env node
// Plain JS on purpose: it runs before node_modules (and so tsx) exist on a fresh clone.
// Installs what is missing before any TypeScript runs: npm dependencies (and chromium for the e2e test).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`bootstrap: could not run ${cmd}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`bootstrap: Node ${process.versions.node} found; this project needs Node 20 or newer.`);
  process.exit(1);
}

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs)) {
  console.log('bootstrap: installing npm dependencies …');
  // `npm install` rather than `npm ci`: npm 11 writes lock files whose optional platform packages
  // (biome, esbuild) `npm ci` then rejects as out of sync; install still honours the locked versions.
  run('npm', ['install', '--no-audit', '--no-fund']);
}

// Neo4j itself is installed on demand by whatever starts it (npm start, the test setup):
// scripts/neo4j/server.ts runs the Maven install when .neo4j/lib lacks it.

// The explorer's end-to-end test drives Debian's chromium (a tool's own browser download fails offline).
if (process.argv.includes('--with-browser')) run('node', ['scripts/install-chromium.mjs']);
