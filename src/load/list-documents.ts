import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { formatOf, unsupported } from '../ingest/formats/extract.ts';

/**
 * Expands folders to the documents in them (every supported format; other files such as
 * `.meta.yaml` sidecars are not documents), sorted, so a load's order is reproducible. A file
 * named explicitly must be of a supported format.
 */
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
    if (entries === null) {
      if (!formatOf(p)) throw unsupported(p);
      files.push(p);
    } else
      files.push(
        ...entries
          .filter((f) => formatOf(f) !== null)
          .sort()
          .map((f) => path.join(p, f)),
      );
  }
  return files;
}
