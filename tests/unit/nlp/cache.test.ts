import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/nlp/annotation.ts';
import { AnnotationCache } from '../../../src/nlp/cache.ts';

const annotation = (version: string): Annotation => ({
  version,
  sentences: [
    {
      start: 0,
      end: 6,
      tokens: [
        {
          word: 'Straße',
          start: 0,
          end: 6,
          pos: 'NOUN',
          ner: 'O',
          head: -1,
          dep: 'root',
          lemma: 'Straße',
          feats: { case: ['Nom', 'Gen', 'Dat', 'Acc'], number: ['Sing'], gender: ['Fem'] },
        },
      ],
      entities: [],
    },
  ],
});

describe('AnnotationCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'nlp-cache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns what was stored for exactly the same text, nothing for another', async () => {
    const cache = new AnnotationCache(dir, 'v1');
    await cache.set('Straße', annotation('v1'));
    expect(await cache.get('Straße')).toEqual(annotation('v1'));
    expect(await cache.get('Strasse')).toBeUndefined();
  });

  it('keeps each pipeline version apart', async () => {
    await new AnnotationCache(dir, 'v1').set('Straße', annotation('v1'));
    expect(await new AnnotationCache(dir, 'v2').get('Straße')).toBeUndefined();
  });

  it('stores one file named by the text hash and leaves no temporary file', async () => {
    const cache = new AnnotationCache(dir, 'v1');
    await Promise.all([cache.set('Straße', annotation('v1')), cache.set('Straße', annotation('v1'))]);
    const files = await readdir(path.join(dir, 'v1'));
    expect(files).toEqual([path.basename(cache.fileFor('Straße'))]);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('treats a damaged file as a miss', async () => {
    const cache = new AnnotationCache(dir, 'v1');
    await cache.set('Straße', annotation('v1'));
    await writeFile(cache.fileFor('Straße'), '{"version":"v1","sentences":[{"tok');
    expect(await cache.get('Straße')).toBeUndefined();
  });
});
