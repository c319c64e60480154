/**
 * Write statements of the loader: static Cypher with $parameters. Labels and relationship types
 * are dynamic (`$(…)`) parameters whose values the writer takes only from the whitelists in model.ts.
 */

/** Entity relationships only: the provenance edges are not part of the entity graph. */
export const PROVENANCE_RELATIONSHIPS = ['MENTIONS', 'IN_DOCUMENT', 'IN_SECTION'] as const;

export const DOCUMENT_SHA = `MATCH (d:Document {id: $documentId}) RETURN d.sha256 AS sha256`;

/** Relationships this document supports, before its evidence is removed. */
export const DETACH_DOCUMENT_FROM_RELATIONS = `
MATCH (ev:Evidence {documentId: $documentId})
WITH DISTINCT ev.relKey AS key, ev.fromId AS fromId, ev.toId AS toId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity {id: toId})
WHERE r.key = key
SET r.documents = [d IN r.documents WHERE d <> $documentId]
WITH r, a, b
CALL (r) {
  WITH r WHERE size(r.documents) = 0
  DELETE r
}
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS touched`;

export const DELETE_DOCUMENT_EVIDENCE = `
MATCH (ev:Evidence {documentId: $documentId})
DETACH DELETE ev`;

/** Removes the document's sections (and with them its MENTIONS) and returns who was mentioned. */
export const DELETE_DOCUMENT_SECTIONS = `
MATCH (s:Section {documentId: $documentId})
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH collect(DISTINCT s) AS sections, collect(DISTINCT e.id) AS mentioned
FOREACH (s IN sections | DETACH DELETE s)
RETURN mentioned`;

export const MERGE_DOCUMENT = `
MERGE (d:Document {id: $document.id})
SET d.title = $document.title,
    d.publisher = $document.publisher,
    d.date = $document.date,
    d.file = $document.file,
    d.sha256 = $document.sha256,
    d.length = $document.length,
    d.batchHash = $hash,
    d.loadedAt = datetime()`;

export const CREATE_SECTIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (s:Section {id: row.id, documentId: row.documentId, heading: row.heading, order: row.order,
                   start: row.start, end: row.end})
CREATE (s)-[:IN_DOCUMENT]->(d)`;

/**
 * One statement for every entity type: `$(row.label)` is Neo4j 5.26's dynamic label. The label
 * still comes only from ENTITY_LABELS (the writer maps and checks it); one plan instead of one
 * per type keeps a cold database's first load fast.
 */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.label), e.type = row.type, e.name = row.name, e.aliases = row.aliases,
              e.description = row.description, e.titles = row.titles, e.origin = row.origin,
              e.searchText = row.searchText
ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
             e.titles = coalesce(e.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(e.titles, [])],
             e.description = coalesce(e.description, row.description),
             e.searchText = CASE WHEN e.searchText CONTAINS row.searchText THEN e.searchText
                                 ELSE e.searchText + ' | ' + row.searchText END`;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {documentId: row.documentId, quote: row.quote, start: row.start, end: row.end,
                       page: row.page, surface: row.surface}]->(e)`;

/** Relationship type as a dynamic type `$(row.type)`, checked against RELATION_TYPES by the writer. */
export const MERGE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.documents = [], r.confidence = row.confidence, r.method = row.method
SET r.documents = CASE WHEN $documentId IN r.documents THEN r.documents ELSE r.documents + $documentId END,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END`;

export const CREATE_EVIDENCE = `
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
CREATE (ev:Evidence {id: row.id, relKey: row.relKey, fromId: row.fromId, toId: row.toId,
                     documentId: row.documentId, sectionId: row.sectionId, quote: row.quote,
                     start: row.start, end: row.end, page: row.page, method: row.method,
                     confidence: row.confidence})
CREATE (ev)-[:IN_SECTION]->(s)`;

/** Keeps each relationship's evidence count true after evidence was added or removed. */
export const REFRESH_EVIDENCE_COUNTS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.key = row.key
SET r.evidenceCount = COUNT { MATCH (ev:Evidence) WHERE ev.relKey = row.key }`;

/** Entities left with neither a mention nor a relationship are removed with the document that named them. */
export const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)-[]-(:Entity)
DETACH DELETE e
RETURN count(*) AS deleted`;

export const COUNT_GRAPH = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN nodes, relationships, entities, documents`;

export const EXISTING_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS existing`;

/**
 * Everything the loader owns, a slice at a time (run until it deletes nothing);
 * migrations (constraints, indexes, :Migration) survive a reset.
 */
export const RESET_GRAPH_SLICE = `
MATCH (n) WHERE n:Entity OR n:Document OR n:Section OR n:Evidence
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted`;
