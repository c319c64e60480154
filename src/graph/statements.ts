/**
 * Write statements of the loader: Cypher with $parameters. Entity labels are dynamic (`$(…)`)
 * parameters and relationship types are part of per-type statements; both come only from the
 * whitelists in model.ts.
 */
import { isRelationType, type RelationType } from './model.ts';

/** The type as it goes into Cypher: only a whitelisted name, whatever a caller's types claim. */
function typeName(type: RelationType): RelationType {
  if (!isRelationType(type)) throw new Error(`Not a relation type: ${type}`);
  return type;
}

/** Entity relationships only: the provenance edges are not part of the entity graph. */
export const PROVENANCE_RELATIONSHIPS = ['MENTIONS', 'IN_DOCUMENT', 'IN_SECTION'] as const;

/** The content hash each document was last written with (null for a new document). */
export const DOCUMENT_HASHES = `
UNWIND $documentIds AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, d.batchHash AS hash, d IS NOT NULL AS known`;

/** Relationships these documents support, before their evidence is removed. */
export const DETACH_DOCUMENTS_FROM_RELATIONS = `
MATCH (ev:Evidence) WHERE ev.documentId IN $documentIds
WITH DISTINCT ev.relKey AS key, ev.fromId AS fromId, ev.toId AS toId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity {id: toId})
WHERE r.key = key
SET r.validFrom = CASE WHEN r.validFromDocument IN $documentIds THEN null ELSE r.validFrom END,
    r.validTo = CASE WHEN r.validToDocument IN $documentIds THEN null ELSE r.validTo END,
    r.validThrough = CASE WHEN r.validToDocument IN $documentIds THEN null ELSE r.validThrough END
WITH r, a, b, key
${fromEvidence('key', '$documentIds')}
WITH r, a, b
CALL (r) {
  WITH r WHERE size(r.documents) = 0
  DELETE r
}
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS touched`;

export const DELETE_DOCUMENTS_EVIDENCE = `
MATCH (ev:Evidence) WHERE ev.documentId IN $documentIds
DETACH DELETE ev`;

/** Removes the documents' sections (and with them their MENTIONS) and returns who was mentioned. */
export const DELETE_DOCUMENTS_SECTIONS = `
MATCH (s:Section) WHERE s.documentId IN $documentIds
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH collect(DISTINCT s) AS sections, collect(DISTINCT e.id) AS mentioned
FOREACH (s IN sections | DETACH DELETE s)
RETURN mentioned`;

export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title,
    d.publisher = row.publisher,
    d.date = row.date,
    d.datePrecision = row.datePrecision,
    d.file = row.file,
    d.sha256 = row.sha256,
    d.length = row.length,
    d.batchHash = row.hash,
    d.sourceKey = row.sourceKey,
    d.text = row.text,
    d.pages = row.pages,
    d.givenTitle = row.givenTitle,
    d.givenPublisher = row.givenPublisher,
    d.givenDate = row.givenDate,
    d.unresolved = row.unresolved,
    d.linked = row.linked,
    d.readAgainst = row.readAgainst,
    d.loadedAt = datetime()`;

/** What an unchanged document was read against (see DocumentRecord.readAgainst): kept current, nothing rewritten. */
export const SET_DOCUMENT_READINGS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.unresolved = row.unresolved, d.linked = row.linked, d.readAgainst = row.readAgainst`;

export const CREATE_SECTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (s:Section {id: row.id, documentId: row.documentId, heading: row.heading, order: row.order,
                   start: row.start, end: row.end})
CREATE (s)-[:IN_DOCUMENT]->(d)`;

/**
 * One statement for every entity type: `$(row.label)` is Neo4j 5.26's dynamic label. The label
 * still comes only from ENTITY_LABELS (the writer maps and checks it); one plan instead of one
 * per type keeps a cold database's first load fast. The drawing caption is set here for a new
 * entity and recomputed after each load (ENTITY_CAPTIONS): later aliases may shorten it.
 */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.label), e.type = row.type, e.name = row.name, e.aliases = row.aliases,
              e.description = row.description, e.titles = row.titles, e.origin = row.origin,
              e.searchText = row.searchText, e.caption = row.caption
ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
             e.titles = coalesce(e.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(e.titles, [])],
             e.description = coalesce(e.description, row.description),
             e.searchText = CASE WHEN e.searchText CONTAINS row.searchText THEN e.searchText
                                 ELSE e.searchText + ' | ' + row.searchText END
FOREACH (_ IN CASE WHEN row.founded IS NULL THEN [] ELSE [1] END |
  SET e.founded = date(row.founded), e.foundedPrecision = row.foundedPrecision,
      e.foundedQuote = row.foundedQuote, e.foundedDocument = row.foundedDocument)
FOREACH (_ IN CASE WHEN row.dissolved IS NULL THEN [] ELSE [1] END |
  SET e.dissolved = date(row.dissolved), e.dissolvedPrecision = row.dissolvedPrecision,
      e.dissolvedQuote = row.dissolvedQuote, e.dissolvedDocument = row.dissolvedDocument)`;

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {documentId: row.documentId, quote: row.quote, start: row.start, end: row.end,
                       page: row.page, citedPage: row.citedPage, surface: row.surface}]->(e)`;

/**
 * The relationship type is written into the statement, one statement per type: a dynamic type
 * (`$(row.type)`) makes MERGE expand every relationship of both nodes and filter afterwards,
 * and entities mentioned everywhere have tens of thousands (mostly MENTIONS), so the load grew
 * faster than linear. `type` is a RelationType, i.e. from the RELATION_TYPES whitelist, never
 * from input. One row per relationship for the whole transaction (the writer pools the
 * documents that support it). Runs after the evidence is written, so `evidenceCount` is true.
 * 'dynamic' (`$(row.type)`, types still from the whitelist) is for the few rows of rare types:
 * each typed statement costs a query plan, which on a freshly started Neo4j takes ~0.5 s.
 */
export function mergeRelations(type: RelationType | 'dynamic'): string {
  const pattern = type === 'dynamic' ? '$(row.type)' : typeName(type);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${pattern} {key: row.key}]->(b)
WITH r, row
${fromEvidence('row.key', '[]')}
${RELATION_DATES}`;
}

/**
 * What a relationship says it rests on, from the evidence that supports it now (less the passages
 * of the `excluded` documents): its documents in id order, its passage count, and the confidence,
 * method and role of its most confident passage (ties: method, document, offset). A function of
 * the supporting documents alone, so that the order in which documents were loaded, and versions
 * of a document since replaced, leave no trace. Expects `r` and the variable `key` starts with in scope.
 */
function fromEvidence(key: string, excluded: string): string {
  return `CALL (r, ${key.split('.')[0]}) {
  MATCH (ev:Evidence) WHERE ev.relKey = ${key} AND NOT ev.documentId IN ${excluded}
  WITH ev ORDER BY ev.confidence DESC, ev.method, ev.documentId, ev.start
  RETURN count(ev) AS evidenceCount, head(collect(ev.confidence)) AS confidence,
         head(collect(ev.method)) AS method, head(collect(ev.role)) AS role
}
SET r.documents = COLLECT { MATCH (ev:Evidence) WHERE ev.relKey = ${key} AND NOT ev.documentId IN ${excluded}
                            RETURN DISTINCT ev.documentId AS id ORDER BY id },
    r.evidenceCount = evidenceCount, r.confidence = coalesce(confidence, r.confidence),
    r.method = coalesce(method, r.method), r.role = role`;
}

/**
 * Stated dates of a relationship (see dating.ts): a more precise date replaces a vaguer one, among
 * equals the earlier start and the later end win; stored as Neo4j dates so range filters and
 * the validFrom indexes apply.
 */
const RELATION_DATES = `
WITH r, row, {YEAR: 1, MONTH: 2, DAY: 3} AS rank
FOREACH (_ IN CASE WHEN row.validFrom IS NOT NULL AND (r.validFrom IS NULL
    OR rank[row.validFromPrecision] > rank[r.validFromPrecision]
    OR (rank[row.validFromPrecision] = rank[r.validFromPrecision] AND date(row.validFrom) < r.validFrom))
  THEN [1] ELSE [] END |
  SET r.validFrom = date(row.validFrom), r.validFromPrecision = row.validFromPrecision,
      r.validFromQuote = row.validFromQuote, r.validFromDocument = row.validFromDocument)
FOREACH (_ IN CASE WHEN row.validTo IS NOT NULL AND (r.validTo IS NULL
    OR rank[row.validToPrecision] > rank[r.validToPrecision]
    OR (rank[row.validToPrecision] = rank[r.validToPrecision] AND date(row.validTo) > r.validTo))
  THEN [1] ELSE [] END |
  SET r.validTo = date(row.validTo), r.validToPrecision = row.validToPrecision,
      r.validThrough = date(row.validThrough),
      r.validToQuote = row.validToQuote, r.validToDocument = row.validToDocument)
FOREACH (_ IN CASE WHEN row.heldOn IS NOT NULL AND (r.heldOn IS NULL OR date(row.heldOn) > r.heldOn)
  THEN [1] ELSE [] END | SET r.heldOn = date(row.heldOn))
FOREACH (_ IN CASE WHEN row.endedBy IS NOT NULL AND (r.endedBy IS NULL OR date(row.endedBy) < r.endedBy)
  THEN [1] ELSE [] END | SET r.endedBy = date(row.endedBy))`;

export const CREATE_EVIDENCE = `
UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
CREATE (ev:Evidence {id: row.id, relKey: row.relKey, fromId: row.fromId, toId: row.toId,
                     documentId: row.documentId, sectionId: row.sectionId, quote: row.quote,
                     start: row.start, end: row.end, page: row.page, citedPage: row.citedPage, method: row.method,
                     confidence: row.confidence, role: row.role})
CREATE (ev)-[:IN_SECTION]->(s)`;

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

/** Every entity's name, aliases and stored caption, to recompute captions after a load. */
export const ENTITY_CAPTIONS = `
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.caption AS caption`;

export const SET_CAPTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.caption = row.caption`;
