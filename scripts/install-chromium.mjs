#!/usr/bin/env node
// Makes sure Debian's chromium is present for the browser (e2e) tests.
// Exit 0: /usr/bin/chromium exists (or was just installed). Exit 1: cannot install; says how.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const APT_LISTS = '/var/lib/apt/lists';
const APT_LISTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function log(message) {
  console.log(`[install-chromium] ${message}`);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** apt's package lists are missing or older than a day: only then is `apt-get update` worth it. */
function aptListsStale() {
  try {
    const lists = readdirSync(APT_LISTS).filter(
      (f) => f.endsWith('_Packages') || f.endsWith('_Packages.lz4'),
    );
    if (lists.length === 0) return true;
    const newest = Math.max(...lists.map((f) => statSync(`${APT_LISTS}/${f}`).mtimeMs));
    return Date.now() - newest > APT_LISTS_MAX_AGE_MS;
  } catch {
    return true;
  }
}

function run(command, args) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    log(`${command} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function main() {
  if (existsSync(CHROMIUM)) {
    log(`${CHROMIUM} is present.`);
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(
      [
        `[install-chromium] ${CHROMIUM} is missing and cannot be installed automatically`,
        `  (${!isRoot ? 'not running as root' : 'apt-get not found'}).`,
        '  The browser tests use Debian/Ubuntu chromium through playwright-core. Install it with:',
        '    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
        '  On other systems install Chromium and link it to /usr/bin/chromium.',
      ].join('\n'),
    );
    return 1;
  }
  if (aptListsStale()) {
    log('apt package lists are missing or older than a day: updating …');
    run('apt-get', ['update']);
  } else {
    log('apt package lists are fresh: skipping apt-get update.');
  }
  log('installing chromium (this can take a few minutes) …');
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM)) {
    console.error(`[install-chromium] apt-get finished but ${CHROMIUM} is still missing.`);
    return 1;
  }
  log(`installed: ${CHROMIUM}`);
  return 0;
}

process.exit(main());
