import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Annotation, PIPELINE_VERSION } from './annotation.ts';
import { AnnotationSchema } from './schema.ts';

/**
 * Annotations on disk, one JSON file per text: <dir>/<pipeline version>/<sha256 of the text>.json.
 * A new pipeline version starts a new folder, so a stale annotation is never read. Writes go to a
 * temporary file that is renamed into place: a reader sees a whole file or none.
 */
export class AnnotationCache {
  readonly folder: string;

  constructor(dir: string, version: string = PIPELINE_VERSION) {
    this.folder = path.join(dir, version);
  }

  fileFor(text: string): string {
    return path.join(this.folder, `${createHash('sha256').update(text, 'utf8').digest('hex')}.json`);
  }

  /** The cached annotation of exactly this text, or undefined (also for an unreadable or damaged file). */
  async get(text: string): Promise<Annotation | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.fileFor(text), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = AnnotationSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async set(text: string, annotation: Annotation): Promise<void> {
    const file = this.fileFor(text);
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(this.folder, { recursive: true });
    try {
      await writeFile(temp, JSON.stringify(annotation));
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
