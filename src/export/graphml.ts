/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape and graphology:
 * one directed graph, entities as nodes, entity relationships as edges, every attribute declared
 * by a <key>. Lists are joined with " | "; an edge carries its first quote and its evidence count
 * (all quotes are in the CSV and JSON-LD exports).
 */
import type { ExportEntity, ExportRelation, ExportSource } from './types.ts';
import { escapeXml, toNmtoken } from './xml.ts';

export const GRAPHML_CONTENT_TYPE = 'application/graphml+xml; charset=utf-8';
export const LIST_SEPARATOR = ' | ';

type AttrType = 'string' | 'int' | 'double';
interface KeySpec<T> {
  id: string;
  name: string;
  type: AttrType;
  value: (item: T) => string | number | null | undefined;
}

const joined = (list: readonly string[]) => (list.length > 0 ? list.join(LIST_SEPARATOR) : null);

export const NODE_KEYS: readonly KeySpec<ExportEntity>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (e) => e.name },
  { id: 'n_entity_id', name: 'entity_id', type: 'string', value: (e) => e.id },
  { id: 'n_type', name: 'type', type: 'string', value: (e) => e.type },
  { id: 'n_name', name: 'name', type: 'string', value: (e) => e.name },
  { id: 'n_aliases', name: 'aliases', type: 'string', value: (e) => joined(e.aliases) },
  { id: 'n_description', name: 'description', type: 'string', value: (e) => e.description },
  { id: 'n_titles', name: 'titles', type: 'string', value: (e) => joined(e.titles) },
  { id: 'n_origin', name: 'origin', type: 'string', value: (e) => e.origin },
  { id: 'n_documents', name: 'documents', type: 'string', value: (e) => joined(e.documents) },
];

export const EDGE_KEYS: readonly KeySpec<ExportRelation>[] = [
  { id: 'e_type', name: 'type', type: 'string', value: (r) => r.type },
  { id: 'e_key', name: 'key', type: 'string', value: (r) => r.key },
  { id: 'e_confidence', name: 'confidence', type: 'double', value: (r) => r.confidence },
  { id: 'e_method', name: 'method', type: 'string', value: (r) => r.method },
  { id: 'e_evidence_count', name: 'evidence_count', type: 'int', value: (r) => r.evidenceCount },
  { id: 'e_documents', name: 'documents', type: 'string', value: (r) => joined(r.documents) },
  { id: 'e_quote', name: 'quote', type: 'string', value: (r) => r.evidence[0]?.quote },
  { id: 'e_page', name: 'page', type: 'int', value: (r) => r.evidence.find((ev) => ev.page !== null)?.page },
  {
    id: 'e_cited_page',
    name: 'cited_page',
    type: 'int',
    value: (r) => r.evidence.find((ev) => ev.citedPage !== null)?.citedPage,
  },
];

function keyDeclarations(): string {
  const declare = (domain: 'node' | 'edge', spec: KeySpec<never>) =>
    `  <key id="${spec.id}" for="${domain}" attr.name="${spec.name}" attr.type="${spec.type}"/>\n`;
  return [
    ...NODE_KEYS.map((k) => declare('node', k as KeySpec<never>)),
    ...EDGE_KEYS.map((k) => declare('edge', k as KeySpec<never>)),
  ].join('');
}

function dataElements<T>(keys: readonly KeySpec<T>[], item: T): string {
  let out = '';
  for (const key of keys) {
    const value = key.value(item);
    if (value === null || value === undefined || value === '') continue;
    out += `      <data key="${key.id}">${escapeXml(String(value))}</data>\n`;
  }
  return out;
}

export function graphmlNode(entity: ExportEntity): string {
  return `    <node id="${escapeXml(toNmtoken(entity.id))}">\n${dataElements(NODE_KEYS, entity)}    </node>\n`;
}

export function graphmlEdge(relation: ExportRelation, index: number): string {
  const source = escapeXml(toNmtoken(relation.source));
  const target = escapeXml(toNmtoken(relation.target));
  return `    <edge id="e${index}" source="${source}" target="${target}">\n${dataElements(EDGE_KEYS, relation)}    </edge>\n`;
}

/** The whole document as a stream of chunks: header and keys, every node, then every edge. */
export async function* graphml(source: ExportSource): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"\n' +
    '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keyDeclarations() +
    '  <graph id="hessen-kg" edgedefault="directed">\n';
  for await (const entity of source.entities()) yield graphmlNode(entity);
  let index = 0;
  for await (const relation of source.relations()) yield graphmlEdge(relation, index++);
  yield '  </graph>\n</graphml>\n';
}
