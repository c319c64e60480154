import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coalesce, plan, writeExport } from '../../../src/export/files.ts';
import { arraySource } from '../../../src/export/source.ts';
import { DOCUMENTS, ENTITIES, RELATIONS } from './data.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('plan', () => {
  it('writes into a directory by default and to a named file for single-file formats', () => {
    expect(plan('csv', 'exports').map((p) => path.relative(process.cwd(), p.target))).toEqual([
      path.join('exports', 'nodes.csv'),
      path.join('exports', 'edges.csv'),
      path.join('exports', 'evidence.csv'),
    ]);
    expect(plan('graphml', '/tmp/kg.graphml')).toEqual([
      expect.objectContaining({ target: '/tmp/kg.graphml' }),
    ]);
    expect(() => plan('csv', 'data.csv')).toThrow(/must be a directory/);
  });
});

describe('coalesce', () => {
  it('joins small chunks without losing or reordering any', async () => {
    async function* parts() {
      for (let i = 0; i < 100; i += 1) yield `${i},`;
    }
    const out: string[] = [];
    for await (const chunk of coalesce(parts(), 50)) out.push(chunk);
    expect(out.length).toBeLessThan(100);
    expect(out.join('')).toBe(Array.from({ length: 100 }, (_, i) => `${i},`).join(''));
  });
});

describe('writeExport', () => {
  it('writes each file and reports what it holds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hkg-unit-export-'));
    dirs.push(dir);
    const source = () => arraySource({ documents: DOCUMENTS, entities: ENTITIES, relations: RELATIONS });
    const csv = await writeExport(source, 'csv', dir);
    expect(csv.map((f) => f.description)).toEqual([
      '3 entities',
      '2 relationships',
      '2 passages of 2 relationships',
    ]);
    const [ld] = await writeExport(source, 'jsonld', dir);
    expect(ld?.description).toBe('1 documents, 3 entities, 2 statements, 2 passages');
    expect(JSON.parse(await readFile(ld!.path, 'utf8'))['@graph']).toHaveLength(1 + 3 + 2);
  });
});
