import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { badInput } from '../errors.ts';
import { withBom } from './csv.ts';
import { type ExportFile, type ExportFormat, filesOf } from './formats.ts';
import { countingSource } from './source.ts';
import type { ExportSource, ExportTally } from './types.ts';

export interface WrittenFile {
  path: string;
  bytes: number;
  tally: ExportTally;
  description: string;
}

/**
 * Where the files go: `out` is a directory unless it names a single-file format's file
 * (`--out graph.graphml`, `--out kg.jsonld`). CSV always writes three files into a directory.
 */
export function plan(format: ExportFormat, out: string): { file: ExportFile; target: string }[] {
  const files = filesOf(format);
  const only = files.length === 1 ? files[0] : undefined;
  if (path.extname(out) !== '') {
    if (!only)
      throw badInput(`${format} writes ${files.length} files: --out must be a directory, not "${out}".`);
    return [{ file: only, target: path.resolve(out) }];
  }
  return files.map((file) => ({ file, target: path.resolve(out, file.name) }));
}

/** Joins small chunks into writes of about `size` bytes. */
export async function* coalesce(chunks: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

export interface ExportOptions {
  /** Start CSV files with a UTF-8 byte-order mark (for Excel on Windows). */
  bom?: boolean;
}

/** The file's text, with a byte-order mark in front when asked for and the file is CSV. */
export function renderFile(file: ExportFile, source: ExportSource, options: ExportOptions = {}) {
  const chunks = file.render(source);
  return options.bom && file.format === 'csv' ? withBom(chunks) : chunks;
}

/** Streams each file of the format to disk, one source pass per file; returns what it wrote. */
export async function writeExport(
  sourceFactory: () => ExportSource,
  format: ExportFormat,
  out: string,
  options: ExportOptions = {},
): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  for (const { file, target } of plan(format, out)) {
    await mkdir(path.dirname(target), { recursive: true });
    const { source, tally } = countingSource(sourceFactory());
    await pipeline(
      Readable.from(coalesce(renderFile(file, source, options))),
      createWriteStream(target, { encoding: 'utf8' }),
    );
    const { size } = await stat(target);
    written.push({ path: target, bytes: size, tally, description: file.describe(tally) });
  }
  return written;
}
