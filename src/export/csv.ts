/**
 * CSV for pandas, R and spreadsheet tools (RFC 4180): UTF-8 (with a byte-order mark on request, for
 * Excel on Windows, which otherwise reads UTF-8 as ANSI and garbles umlauts), a header row, CRLF line
 * ends, a field quoted when it holds a comma, a double quote, CR or LF, inner quotes doubled.
 * Lists inside one field are joined with " | ". Three files:
 *   nodes.csv     one row per entity
 *   edges.csv     one row per entity relationship, with all its quotes, pages and cited pages joined
 *   evidence.csv  one row per supporting passage (the tidy form of edges.quotes)
 * Values are written as they are: a spreadsheet may interpret a leading `=`; pandas and R do not.
 */
import type { ExportEntity, ExportEvidence, ExportRelation, ExportSource } from './types.ts';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const CSV_LIST_SEPARATOR = ' | ';
/** The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The chunks with a byte-order mark in front. */
export async function* withBom(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  yield UTF8_BOM;
  yield* chunks;
}
const EOL = '\r\n';

type Cell = string | number | boolean | null | undefined | readonly (string | number | null)[];

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.filter((v) => v !== null).join(CSV_LIST_SEPARATOR)
    : String(value as string | number | boolean);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + EOL;
}

export const NODE_COLUMNS = [
  'id',
  'type',
  'label',
  'name',
  'aliases',
  'description',
  'titles',
  'origin',
  'documents',
] as const;

export const EDGE_COLUMNS = [
  'source',
  'target',
  'type',
  'key',
  'confidence',
  'method',
  'documents',
  'evidence_count',
  'quotes',
  'pages',
  'cited_pages',
] as const;

export const EVIDENCE_COLUMNS = [
  'evidence_id',
  'relation_key',
  'source',
  'target',
  'type',
  'document_id',
  'section_id',
  'page',
  'cited_page',
  'start',
  'end',
  'method',
  'confidence',
  'quote',
] as const;

export const nodeCells = (e: ExportEntity): Cell[] => [
  e.id,
  e.type,
  e.label,
  e.name,
  e.aliases,
  e.description,
  e.titles,
  e.origin,
  e.documents,
];

export const edgeCells = (r: ExportRelation): Cell[] => [
  r.source,
  r.target,
  r.type,
  r.key,
  r.confidence,
  r.method,
  r.documents,
  r.evidenceCount,
  r.evidence.map((ev) => ev.quote),
  distinctPages(r.evidence.map((ev) => ev.page)),
  distinctPages(r.evidence.map((ev) => ev.citedPage)),
];

function distinctPages(pages: readonly (number | null)[]): number[] {
  return [...new Set(pages.filter((p): p is number => p !== null))];
}

export const evidenceCells = (r: ExportRelation, ev: ExportEvidence): Cell[] => [
  ev.id,
  r.key,
  r.source,
  r.target,
  r.type,
  ev.documentId,
  ev.sectionId,
  ev.page,
  ev.citedPage,
  ev.start,
  ev.end,
  ev.method ?? r.method,
  ev.confidence ?? r.confidence,
  ev.quote,
];

export async function* nodesCsv(source: ExportSource): AsyncGenerator<string> {
  yield csvRow(NODE_COLUMNS);
  for await (const entity of source.entities()) yield csvRow(nodeCells(entity));
}

export async function* edgesCsv(source: ExportSource): AsyncGenerator<string> {
  yield csvRow(EDGE_COLUMNS);
  for await (const relation of source.relations()) yield csvRow(edgeCells(relation));
}

export async function* evidenceCsv(source: ExportSource): AsyncGenerator<string> {
  yield csvRow(EVIDENCE_COLUMNS);
  for await (const relation of source.relations()) {
    for (const ev of relation.evidence) yield csvRow(evidenceCells(relation, ev));
  }
}
