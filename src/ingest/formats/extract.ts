/**
 * One entry for every source format: picks the reader by file extension and turns a reader's
 * failure into a DOCUMENT_UNREADABLE naming the file. Other extensions are DOCUMENT_UNSUPPORTED.
 */
import path from 'node:path';
import { AppError } from '../../errors.ts';
import { decodeText } from '../read.ts';
import { extractDocx } from './docx.ts';
import type { ExtractedText } from './extracted.ts';
import { extractHtml } from './html.ts';
import { extractPdf } from './pdf.ts';
import { extractPlainText } from './text.ts';

export type SourceFormat = 'text' | 'pdf' | 'html' | 'docx';

const FORMATS: Readonly<Record<string, SourceFormat>> = Object.freeze({
  '.txt': 'text',
  '.md': 'text',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
});

/** File extensions the loader reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(FORMATS));

export function formatOf(file: string): SourceFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

export function unreadable(file: string, why: string, cause?: unknown): AppError {
  return new AppError('DOCUMENT_UNREADABLE', `${file}: ${why}`, {
    details: { file },
    ...(cause === undefined ? {} : { cause }),
  });
}

export function unsupported(file: string): AppError {
  return new AppError(
    'DOCUMENT_UNSUPPORTED',
    `${file}: the loader reads ${SUPPORTED_EXTENSIONS.join(' ')} files, not '${path.extname(file) || 'without extension'}'.`,
    { details: { file } },
  );
}

/** A web page in the charset it declares (UTF-8 unless its head says otherwise). */
function decodeHtml(bytes: Uint8Array, file: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return decodeText(bytes, file);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch (error) {
    throw unreadable(file, `unknown charset '${charset}'.`, error);
  }
}

const startsWith = (bytes: Uint8Array, magic: string) =>
  [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));

async function read(format: SourceFormat, bytes: Uint8Array, file: string): Promise<ExtractedText> {
  switch (format) {
    case 'text':
      return extractPlainText(decodeText(bytes, file));
    case 'html':
      return extractHtml(decodeHtml(bytes, file));
    case 'pdf':
      if (!startsWith(bytes, '%PDF-')) throw unreadable(file, 'not a PDF file.');
      return extractPdf(bytes);
    case 'docx':
      if (!startsWith(bytes, 'PK')) throw unreadable(file, 'not a Word (.docx) file.');
      return extractDocx(bytes);
  }
}

/** The text, pages, headings and metadata of a source file's bytes. */
export async function extractDocument(bytes: Uint8Array, file: string): Promise<ExtractedText> {
  const format = formatOf(file);
  if (!format) throw unsupported(file);
  let extracted: ExtractedText;
  try {
    extracted = await read(format, bytes, file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const name = error instanceof Error ? error.name : '';
    const why = /password/i.test(name)
      ? 'the PDF is password-protected.'
      : `cannot be read as ${format.toUpperCase()}.`;
    throw unreadable(file, why, error);
  }
  if (format !== 'text' && extracted.text.trim().length === 0)
    throw unreadable(file, format === 'pdf' ? 'the PDF has no text layer (a scan?).' : 'no text found.');
  return extracted;
}
