import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/ingest/formats/extract.ts';
import { makePdf } from '../../../support/documents.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('extractDocument', () => {
  it('refuses a file type it does not read, naming the file', async () => {
    await expect(extractDocument(bytes('x'), 'tabelle.xlsx')).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED',
      status: 415,
      message: expect.stringContaining('tabelle.xlsx'),
    });
  });

  it.each([
    ['bericht.pdf', bytes('Das ist kein PDF.')],
    ['antwort.docx', bytes('Das ist kein Word-Dokument.')],
    ['antwort.docx', bytes('PK\u0003\u0004 kaputtes Archiv')],
    ['notiz.txt', new Uint8Array([0x48, 0x00, 0x49])],
  ])('calls %s unreadable when its content is not what its name says', async (file, content) => {
    await expect(extractDocument(content, file)).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      message: expect.stringContaining(file),
    });
  });

  it('calls a truncated PDF unreadable', async () => {
    const pdf = await makePdf([['Ein Absatz.']]);
    await expect(extractDocument(pdf.subarray(0, 400), 'halb.pdf')).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      message: expect.stringContaining('halb.pdf'),
    });
  });

  it('reads by extension, whatever its case', async () => {
    const r = await extractDocument(await makePdf([['Ein Absatz über Kassel.']]), 'BERICHT.PDF');
    expect(r.text).toBe('Ein Absatz über Kassel.');
  });
});
