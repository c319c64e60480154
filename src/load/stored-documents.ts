/**
 * What the graph keeps of the documents earlier loads wrote, so that a load can tell which of them
 * it explains (their open words, what they were read against) and read them again without their
 * files: the text the extraction saw, its pages and the metadata handed over.
 */
import type { Executor } from '../db/executor.ts';
import type { DocumentRecord } from '../graph/model.ts';
import type { StoredSource } from './read-source.ts';

/**
 * The documents with one of `$keys` among their open or linked words: only
 * these can have anything to learn from entities with those keys. A scan of the documents' key
 * lists in the database, so that a load sends and receives only what concerns it.
 */
const STORED_DOCUMENTS = `
MATCH (d:Document)
WHERE NOT d.id IN $excluded
  AND (any(k IN coalesce(d.unresolved, []) WHERE k IN $keys) OR any(k IN coalesce(d.linked, []) WHERE k IN $keys))
RETURN d.id AS id, d.unresolved AS unresolved, coalesce(d.linked, []) AS linked,
       coalesce(d.readAgainst, []) AS readAgainst, d.sourceKey AS sourceKey
ORDER BY id`;

const STORED_SOURCE = `
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.file AS file, d.sha256 AS sha256, d.text AS text, d.pages AS pages,
       d.givenTitle AS title, d.givenPublisher AS publisher, d.givenDate AS date`;

/** A document of the graph as the re-reading sees it. */
export interface StoredDocument {
  id: string;
  unresolved: string[];
  linked: string[];
  readAgainst: string[];
  sourceKey: string | null;
}

/** The graph's documents (other than `excluded`) whose open or linked words have one of `keys`. */
export async function storedDocumentsWith(
  executor: Executor,
  keys: readonly string[],
  excluded: readonly string[],
): Promise<StoredDocument[]> {
  if (keys.length === 0) return [];
  return executor.read<StoredDocument & Record<string, unknown>>(STORED_DOCUMENTS, { keys, excluded });
}

interface SourceRow {
  [key: string]: unknown;
  id: string;
  file: string | null;
  sha256: string | null;
  text: string | null;
  pages: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
}

/** The stored source of one document; null when the graph does not hold its text. */
export async function storedSource(executor: Executor, id: string): Promise<StoredSource | null> {
  const [row] = await executor.read<SourceRow>(STORED_SOURCE, { id });
  if (!row || row.text === null) return null;
  return {
    id: row.id,
    file: row.file ?? `${row.id}.txt`,
    // The read step takes a text with a hash as handed over: never empty.
    sha256: row.sha256 || '-',
    text: row.text,
    pages: row.pages ? (JSON.parse(row.pages) as NonNullable<DocumentRecord['pages']>) : [],
    given: { title: row.title, publisher: row.publisher, date: row.date },
  };
}
