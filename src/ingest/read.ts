/** Reads a source document: bytes → UTF-8 text, sha256, and its metadata (sidecar or heuristics). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { isHeading } from './sections.ts';

export interface DocumentMeta {
  /** Stable slug: the file name without extension. */
  id: string;
  file: string;
  sha256: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
}

export interface SourceDocument {
  meta: DocumentMeta;
  raw: string;
}

const sidecarSchema = z
  .object({
    title: z.string().min(1).optional(),
    publisher: z.string().min(1).nullable().optional(),
    date: z
      .union([z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/), z.number().int(), z.date()])
      .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
      .nullable()
      .optional(),
  })
  .strict();

function unreadable(file: string, why: string, cause?: unknown): AppError {
  return new AppError('DOCUMENT_UNREADABLE', `${file}: ${why}`, {
    details: { file },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** UTF-8 text of the bytes; binary data and invalid encodings are refused. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw unreadable(file, 'binary content (NUL bytes), not a text document.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw unreadable(file, 'not valid UTF-8 text.', error);
  }
}

async function readSidecar(file: string): Promise<z.infer<typeof sidecarSchema> | null> {
  const candidates = [
    `${file}.meta.yaml`,
    path.join(path.dirname(file), `${path.parse(file).name}.meta.yaml`),
  ];
  for (const candidate of candidates) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    const parsed = sidecarSchema.safeParse(parse(text) ?? {});
    if (!parsed.success) {
      throw unreadable(
        candidate,
        `invalid metadata sidecar: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      );
    }
    return parsed.data;
  }
  return null;
}

export async function readDocument(file: string): Promise<SourceDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(file, 'cannot be read.', error);
  }
  const raw = decodeText(bytes, file);
  const sidecar = await readSidecar(file);
  return {
    raw,
    meta: {
      id: documentId(file),
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      title: sidecar?.title ?? null,
      publisher: sidecar?.publisher ?? null,
      date: sidecar?.date ?? null,
    },
  };
}

/** `seeds/documents/Digitale Verwaltung 2023.txt` → `digitale-verwaltung-2023`. */
export function documentId(file: string): string {
  return path.parse(file).name;
}

/** Title heuristic: the leading heading lines of the (normalised) text, without date lines. */
export function guessTitle(text: string, fallback: string): string {
  const lines: string[] = [];
  for (const p of text.split(/\n\n+/).slice(0, 5)) {
    if (/^[\p{Lu}][\p{L} .-]*,\s*\d{1,2}\.\d{1,2}\.\d{4}$/u.test(p)) continue;
    if (!isHeading(p)) break;
    lines.push(p.replace(/\n/g, ' '));
  }
  if (lines.length === 0) {
    const first = text.split('\n').find((l) => l.trim().length > 0);
    if (first && first.length <= 120) lines.push(first.trim());
  }
  if (lines.length > 1 && (lines[0] as string).length < 25 && /^[\p{Lu}\s]+$/u.test(lines[0] as string))
    lines.shift();
  const title = (lines[0]?.length ?? 0) >= 25 ? (lines[0] as string) : lines.slice(0, 2).join(' – ');
  return title.length > 0 ? title : fallback;
}

/** Date heuristic: "Berlin, 30.01.2024" near the start, else a year in the file name. ISO or year. */
export function guessDate(text: string, file: string): string | null {
  const m = /(?:^|\n)[\p{Lu}][\p{L} .-]*,\s*(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(text.slice(0, 2000));
  if (m) return `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(path.parse(file).name);
  return year ? (year[1] as string) : null;
}
