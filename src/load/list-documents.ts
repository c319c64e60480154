import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';

/** Source files the loader reads from a folder: plain-text dumps (sidecar .meta.yaml files are not documents). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** Expands folders to the documents in them, sorted, so a load's order is reproducible. */
export async function listDocuments(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let entries: string[] | null = null;
    try {
      entries = await readdir(p);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError('DOCUMENT_UNREADABLE', `${p}: no such file or folder.`, {
            details: { file: p },
          });
        }
        throw error;
      }
    }
    if (entries === null) files.push(p);
    else
      files.push(
        ...entries
          .filter((f) => DOCUMENT_EXTENSIONS.includes(path.extname(f)))
          .sort()
          .map((f) => path.join(p, f)),
      );
  }
  return files;
}
