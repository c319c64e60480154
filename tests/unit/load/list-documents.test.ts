import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../src/load/list-documents.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hkg-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listDocuments', () => {
  it('takes every supported type from a folder, sorted, and skips the rest', async () => {
    const folder = path.join(dir, 'ordner');
    mkdirSync(folder);
    for (const name of [
      'b.pdf',
      'a.txt',
      'c.HTML',
      'd.htm',
      'e.docx',
      'f.md',
      'a.meta.yaml',
      'g.xlsx',
      'h.doc',
    ])
      writeFileSync(path.join(folder, name), '');
    expect((await listDocuments([folder])).map((f) => path.basename(f))).toEqual([
      'a.txt',
      'b.pdf',
      'c.HTML',
      'd.htm',
      'e.docx',
      'f.md',
    ]);
  });

  it('refuses a file of another type named on the command line, naming it', async () => {
    const file = path.join(dir, 'tabelle.xlsx');
    writeFileSync(file, '');
    await expect(listDocuments([file])).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED',
      message: expect.stringContaining('tabelle.xlsx'),
    });
  });
});
