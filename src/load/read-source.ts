/**
 * A source file of any supported format → its graph batch, every passage placed on the physical
 * page it stands on (`page`) and the page it cites kept apart (`citedPage`). The text the
 * extraction sees is the format reader's text: page furniture and web boilerplate are not in it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentRecord, Evidence, GraphBatch } from '../graph/model.ts';
import { extractDocument, formatOf, unreadable, unsupported } from '../ingest/formats/extract.ts';
import { type ExtractedText, pageAt } from '../ingest/formats/extracted.ts';
import { extractPlainText } from '../ingest/formats/text.ts';
import {
  type Catalog,
  type DocMeta,
  type ExtractOptions,
  ingestText,
  readDocument,
} from '../ingest/index.ts';
import { documentId } from '../ingest/read.ts';

/** A file's text as its format reader gives it (page furniture and boilerplate left out) and its metadata. */
export async function readSourceText(file: string): Promise<{ extracted: ExtractedText; meta: DocMeta }> {
  const format = formatOf(file);
  if (!format) throw unsupported(file);
  if (format === 'text') {
    // Text dumps keep their metadata sidecar (`<name>.meta.yaml`).
    const source = await readDocument(file);
    const extracted = extractPlainText(source.raw);
    // A running title the pages repeat stands in where the sidecar gives none.
    const title = source.meta.title ?? extracted.meta.title ?? null;
    return { extracted, meta: { ...source.meta, title } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(file, 'cannot be read.', error);
  }
  const extracted = await extractDocument(bytes, file);
  return {
    extracted,
    meta: {
      id: documentId(file),
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      title: extracted.meta.title ?? null,
      publisher: extracted.meta.publisher ?? null,
      date: extracted.meta.date ?? null,
    },
  };
}

/**
 * Sets `page` to the physical page where each passage (a mention: its name) stands, and
 * `citedPage` to the page the extraction read from a citation such as „(S.116)“.
 */
export function placeOnPages(batch: GraphBatch, extracted: Pick<ExtractedText, 'pages'>): GraphBatch {
  // Evidence offsets already point into the source text the reader produced.
  const pageOf = (offset: number) =>
    extracted.pages.length === 0 ? null : (pageAt(extracted.pages, offset)?.page ?? null);
  const place = <T extends Evidence>(ev: T, at: number): T => ({
    ...ev,
    page: pageOf(at),
    citedPage: ev.page,
  });
  return {
    ...batch,
    mentions: batch.mentions.map((m) => place(m, m.surfaceStart ?? m.start)),
    relations: batch.relations.map((r) => ({ ...r, evidence: r.evidence.map((ev) => place(ev, ev.start)) })),
  };
}

/**
 * Extracts the text a format reader produced. The document keeps that text, its pages and the
 * metadata handed over, so that a later load can read it again exactly (readStored).
 */
async function readText(
  extracted: Pick<ExtractedText, 'text' | 'pages'>,
  meta: DocMeta,
  catalog: Catalog,
  options: ExtractOptions,
): Promise<GraphBatch> {
  const batch = placeOnPages(await ingestText(extracted.text, meta, catalog, options), extracted);
  batch.document.pages = extracted.pages.map(({ page, label, start, end }) => ({ page, label, start, end }));
  batch.document.given = {
    title: meta.title ?? null,
    publisher: meta.publisher ?? null,
    date: meta.date ?? null,
  };
  return batch;
}

export async function readSource(
  file: string,
  catalog: Catalog,
  options: ExtractOptions = {},
): Promise<GraphBatch> {
  const { extracted, meta } = await readSourceText(file);
  return readText(extracted, meta, catalog, options);
}

/** What the graph keeps of a document to read it again without its file (see stored-documents.ts). */
export interface StoredSource {
  id: string;
  /** The file name (the graph keeps no folder). */
  file: string;
  sha256: string;
  text: string;
  pages: DocumentRecord['pages'];
  given: NonNullable<DocumentRecord['given']>;
}

/** The document as an earlier load read it, extracted again with what the load knows now. */
export function readStored(
  stored: StoredSource,
  catalog: Catalog,
  options: ExtractOptions = {},
): Promise<GraphBatch> {
  const meta: DocMeta = { id: stored.id, file: stored.file, sha256: stored.sha256, ...stored.given };
  return readText({ text: stored.text, pages: stored.pages ?? [] }, meta, catalog, options);
}
