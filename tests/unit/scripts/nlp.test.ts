/**
 * The local NLP service's install and start decisions that need no Java: an install from before the
 * German dictionary is not taken for complete, and an older service answering on the port is
 * refused unless this NLP_HOME started it (then `start` restarts it; that path runs Java and is
 * exercised by starting the tests against an older service).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isInstalled, nlpLayout, REQUIRED_JARS } from '../../../scripts/nlp/install.ts';
import { start, status } from '../../../scripts/nlp/server.ts';
import { InstallError } from '../../../scripts/process.ts';
import { healthStandIn, HEALTH_BEFORE_MORPHOLOGY as OLD_HEALTH } from '../../support/nlp-health-stand-in.ts';

let home: string;
beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'nlp-home-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('isInstalled', () => {
  afterEach(() => rmSync(path.join(home, 'lib'), { recursive: true, force: true }));

  const touch = (...files: string[]) => {
    mkdirSync(path.join(home, 'lib'), { recursive: true });
    for (const f of files) writeFileSync(path.join(home, 'lib', f), '');
  };

  it('is false for an install from before the dictionary (old marker, CoreNLP jars only)', () => {
    touch(
      '.installed-corenlp-4.5.10-german',
      'stanford-corenlp-4.5.10.jar',
      'stanford-corenlp-4.5.10-models-german.jar',
    );
    expect(isInstalled(nlpLayout(home))).toBe(false);
  });

  it('is true with this set’s marker and every required jar, false when one is missing', () => {
    const layout = nlpLayout(home);
    touch(path.basename(layout.installedMarker), ...REQUIRED_JARS);
    expect(REQUIRED_JARS).toContain('german-pos-dict-1.2.2.jar');
    expect(isInstalled(layout)).toBe(true);
    rmSync(path.join(layout.lib, 'german-pos-dict-1.2.2.jar'));
    expect(isInstalled(layout)).toBe(false);
  });
});

describe('a service from before lemmas on the port', () => {
  let standIn: Awaited<ReturnType<typeof healthStandIn>>;
  beforeAll(async () => {
    standIn = await healthStandIn(OLD_HEALTH);
  });
  afterAll(() => standIn.close());

  const settings = () => ({ port: standIn.port, heap: '1g', threads: 1, startTimeoutMs: 5_000 });

  it('is reported as stale, not ready', async () => {
    const s = await status(nlpLayout(home), settings());
    expect(s).toMatchObject({ ready: false, stale: expect.stringMatching(/no morphology/) });
  });

  it('is not reused, and refused when this NLP_HOME did not start it', async () => {
    const result = start(nlpLayout(home), settings(), { detached: true, log: () => {} });
    await expect(result).rejects.toThrow(InstallError);
    await expect(result).rejects.toThrow(/older version of this project's NLP service.*no morphology/);
  });
});
