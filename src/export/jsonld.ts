/**
 * JSON-LD 1.1 with an inline @context (vocabulary.ts): schema.org for what things are, PROV-O for
 * where each claim comes from, `hkg:` for the rest. One `@graph` holds, in this order:
 *
 *   documents   schema:DigitalDocument + prov:Entity
 *   entities    schema.org class + hkg: class (ENTITY_CLASSES); outgoing relationships as direct
 *               `hkg:<relation>` properties (e.g. hkg:operates), so the plain triples are there
 *   statements  one rdf:Statement per relationship (subject, predicate, object + hkg:confidence,
 *               hkg:method), which `prov:wasDerivedFrom` its evidence
 *   evidence    embedded in its statement: a prov:Entity whose `prov:value` is the verbatim quote,
 *               `prov:wasDerivedFrom` the document, with hkg:page (where it stands), hkg:citedPage
 *               (the page of another work it cites), hkg:start / hkg:end
 *
 * Modelling choice: qualification by RDF reification (rdf:Statement), not PROV's qualified
 * derivation, because the thing that needs provenance is a triple (A operates B), not an entity;
 * a statement node is the one place that carries its confidence, method and evidence. The direct
 * triple stays on the entity, so consumers that ignore reification still see the graph.
 */
import type { ExportDocument, ExportEntity, ExportEvidence, ExportRelation, ExportSource } from './types.ts';
import {
  documentIri,
  entityClasses,
  entityIri,
  evidenceIri,
  JSONLD_CONTEXT,
  relationIri,
  relationTerm,
} from './vocabulary.ts';

export const JSONLD_CONTENT_TYPE = 'application/ld+json; charset=utf-8';

type Node = Record<string, unknown>;

/** Drops nulls and empty lists so the output says only what the graph knows. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

export function documentNode(d: ExportDocument): Node {
  return compact({
    '@id': documentIri(d.id),
    '@type': ['schema:DigitalDocument', 'prov:Entity'],
    identifier: d.id,
    name: d.title,
    publisher: d.publisher,
    datePublished: d.date,
    sha256: d.sha256,
    characters: d.length,
  });
}

export function entityNode(e: ExportEntity): Node {
  const relations: Record<string, string[]> = {};
  for (const { type, target } of e.outgoing) {
    const term = relationTerm(type);
    relations[term] = [...(relations[term] ?? []), entityIri(target)];
  }
  return compact({
    '@id': entityIri(e.id),
    '@type': [...entityClasses(e.type)],
    identifier: e.id,
    name: e.name,
    alternateName: e.aliases,
    description: e.description,
    honorificPrefix: e.titles,
    entityType: e.type,
    origin: e.origin,
    subjectOf: e.documents.map(documentIri),
    ...relations,
  });
}

export function evidenceNode(ev: ExportEvidence): Node {
  return compact({
    '@id': evidenceIri(ev.id),
    '@type': ['prov:Entity', 'hkg:Evidence'],
    value: ev.quote,
    wasDerivedFrom: documentIri(ev.documentId),
    sectionId: ev.sectionId,
    page: ev.page,
    citedPage: ev.citedPage,
    start: ev.start,
    end: ev.end,
    method: ev.method,
    confidence: ev.confidence,
  });
}

export function statementNode(r: ExportRelation): Node {
  return compact({
    '@id': relationIri(r.key),
    '@type': ['rdf:Statement', 'prov:Entity'],
    subject: entityIri(r.source),
    predicate: `hkg:${relationTerm(r.type)}`,
    object: entityIri(r.target),
    confidence: r.confidence,
    method: r.method,
    evidenceCount: r.evidenceCount,
    wasDerivedFrom: r.evidence.map(evidenceNode),
  });
}

/** The whole document as a stream of chunks; valid JSON once concatenated. */
export async function* jsonld(source: ExportSource): AsyncGenerator<string> {
  yield `{\n"@context": ${JSON.stringify(JSONLD_CONTEXT)},\n"@graph": [`;
  let first = true;
  const item = (node: Node) => {
    const text = `${first ? '\n' : ',\n'}${JSON.stringify(node)}`;
    first = false;
    return text;
  };
  for await (const d of source.documents()) yield item(documentNode(d));
  for await (const e of source.entities()) yield item(entityNode(e));
  for await (const r of source.relations()) yield item(statementNode(r));
  yield '\n]\n}\n';
}
