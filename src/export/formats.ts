/**
 * Every export file by format: its name, content type and serialiser. The CLI writes these
 * files, the REST plugin serves the same list as download routes.
 */
import { CSV_CONTENT_TYPE, edgesCsv, evidenceCsv, nodesCsv } from './csv.ts';
import { GRAPHML_CONTENT_TYPE, graphml } from './graphml.ts';
import { JSONLD_CONTENT_TYPE, jsonld } from './jsonld.ts';
import type { ExportSource, ExportTally } from './types.ts';

export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  format: ExportFormat;
  contentType: string;
  /** One line for humans: what the file is for. */
  summary: string;
  render: (source: ExportSource) => AsyncIterable<string>;
  /** What the file holds, from the tally of the source it was rendered from. */
  describe: (tally: ExportTally) => string;
}

export const EXPORT_FILES: readonly ExportFile[] = Object.freeze([
  {
    name: 'graph.graphml',
    format: 'graphml',
    contentType: GRAPHML_CONTENT_TYPE,
    summary: 'The entity graph as GraphML 1.0 (Gephi, yEd, Cytoscape, graphology)',
    render: graphml,
    describe: (t) => `${t.entities} nodes, ${t.relations} edges`,
  },
  {
    name: 'nodes.csv',
    format: 'csv',
    contentType: CSV_CONTENT_TYPE,
    summary: 'Entities as CSV, one row each (pandas, R)',
    render: nodesCsv,
    describe: (t) => `${t.entities} entities`,
  },
  {
    name: 'edges.csv',
    format: 'csv',
    contentType: CSV_CONTENT_TYPE,
    summary: 'Entity relationships as CSV with their quotes joined (pandas, R, Gephi)',
    render: edgesCsv,
    describe: (t) => `${t.relations} relationships`,
  },
  {
    name: 'evidence.csv',
    format: 'csv',
    contentType: CSV_CONTENT_TYPE,
    summary: 'One row per quoted passage supporting a relationship',
    render: evidenceCsv,
    describe: (t) => `${t.evidence} passages of ${t.relations} relationships`,
  },
  {
    name: 'graph.jsonld',
    format: 'jsonld',
    contentType: JSONLD_CONTENT_TYPE,
    summary: 'JSON-LD with schema.org and PROV-O terms and stable IRIs (linked-data stores)',
    render: jsonld,
    describe: (t) =>
      `${t.documents} documents, ${t.entities} entities, ${t.relations} statements, ${t.evidence} passages`,
  },
]);

export function filesOf(format: ExportFormat): ExportFile[] {
  return EXPORT_FILES.filter((f) => f.format === format);
}
