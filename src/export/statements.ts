/**
 * Read statements of the exports: static Cypher with $parameters, each one page of a keyset
 * pagination over the `Entity.id` / `Document.id` uniqueness constraints (`id > $after ORDER BY id
 * LIMIT $limit`), so no page costs more than the previous one and no result is ever the whole graph.
 * Relationships are paged by their source entity; `$relationTypes` is the RELATION_TYPES whitelist.
 */

export const ENTITY_PAGE = `
MATCH (e:Entity) WHERE e.id > $after
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id AS id, e.type AS type, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name,
       coalesce(e.aliases, []) AS aliases, e.description AS description, coalesce(e.titles, []) AS titles,
       e.origin AS origin,
       COLLECT {
         MATCH (s:Section)-[:MENTIONS]->(e)
         WITH DISTINCT s.documentId AS documentId ORDER BY documentId
         RETURN documentId
       } AS documents,
       COLLECT {
         MATCH (e)-[r]->(b:Entity) WHERE type(r) IN $relationTypes
         WITH type(r) AS type, b.id AS target ORDER BY type, target
         RETURN {type: type, target: target}
       } AS outgoing`;

/** One row per source entity of the page (so the cursor advances even past entities without relations). */
export const RELATION_PAGE = `
MATCH (a:Entity) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id,
       COLLECT {
         MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $relationTypes
         WITH a, r, b ORDER BY type(r), b.id
         RETURN {
           key: r.key, source: a.id, target: b.id, type: type(r), confidence: r.confidence, method: r.method,
           documents: coalesce(r.documents, []), evidenceCount: r.evidenceCount,
           evidence: COLLECT {
             MATCH (ev:Evidence) WHERE ev.relKey = r.key
             WITH ev ORDER BY ev.documentId, ev.start, ev.id
             RETURN ev {.id, .documentId, .sectionId, .quote, .start, .end, .page, .citedPage, .method, .confidence}
           }
         }
       } AS relations`;

/** A bare file name even where an older load stored the path it was given (see api/read/projections.ts). */
export const DOCUMENT_PAGE = `
MATCH (d:Document) WHERE d.id > $after
WITH d ORDER BY d.id LIMIT $limit
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.date AS date,
       CASE WHEN d.file IS NULL THEN null ELSE last(split(replace(d.file, '\\\\', '/'), '/')) END AS file,
       d.sha256 AS sha256, d.length AS length`;

/** What a complete export must contain: the round-trip tests and the CLI compare against it. */
export const EXPORT_COUNTS = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes RETURN count(r) AS relations }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN entities, relations, documents`;
