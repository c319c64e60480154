/**
 * The floor: one hand-written Cypher statement per benchmarked operation, returning the JSON
 * our API answers (cursors aside), written the way one would by hand for exactly this request —
 * no compiler, no GraphQL, no loaders. What our API costs beyond these is our overhead.
 */
import { SEARCH_HITS } from '../src/api/read/search.ts';
import { CLAIMED_RELATION_TYPES } from '../src/graph/model.ts';

/** Relation lists and paths read the claimed types by default (weak CO_OCCURS_WITH is opt-in). */
const CLAIMED = CLAIMED_RELATION_TYPES.join('|');

/**
 * Ranking (three indexes, exact-name and acronym lifts) is one statement already in the read
 * layer, written by hand; the floor runs it with a plain projection of exactly the selected fields.
 */
export const FLOOR_SEARCH = `${SEARCH_HITS}
RETURN {score: score, exactMatch: exact,
        entity: e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description}} AS hit`;

export const FLOOR_ENTITY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${CLAIMED}]-(:Entity)
  RETURN count(r) AS totalCount
}
CALL (e) {
  MATCH (e)-[r:${CLAIMED}]-(o:Entity)
  WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), o.name, o.id, direction
  LIMIT $rels
  CALL (r) {
    MATCH (ev:Evidence {relKey: r.key})
    WITH ev ORDER BY ev.documentId, ev.start, ev.id LIMIT $ev
    OPTIONAL MATCH (ev)-[:IN_SECTION]->(s:Section)
    MATCH (d:Document {id: ev.documentId})
    RETURN collect({quote: ev.quote, page: ev.page, section: s.heading, document: {id: d.id, title: d.title}}) AS evidence
  }
  RETURN collect({node: {type: type(r), direction: direction, confidence: r.confidence,
                         evidenceCount: coalesce(r.evidenceCount, 0), other: o {.id, .name, .type},
                         evidence: evidence}}) AS edges
}
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description,
          relations: {totalCount: totalCount, edges: edges}} AS entity`;

export const FLOOR_ENTITIES = `
CALL () { MATCH (e:Entity) RETURN count(e) AS totalCount }
CALL () {
  MATCH (e:Entity) WHERE e.name IS NOT NULL
  WITH e ORDER BY e.name, e.id LIMIT $first
  CALL (e) {
    MATCH (e)-[r:${CLAIMED}]-(:Entity)
    RETURN count(r) AS relations
  }
  CALL (e) {
    MATCH (e)-[r:${CLAIMED}]-(o:Entity)
    WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
    ORDER BY type(r), o.name, o.id, direction
    LIMIT $rels
    RETURN collect({node: {type: type(r), direction: direction, other: o {.id, .name, .type}}}) AS edges
  }
  RETURN collect(e {.id, .name, .type, relations: {totalCount: relations, edges: edges}}) AS nodes
}
RETURN totalCount, nodes`;

export function floorPath(hops: number): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${CLAIMED}*..${hops}]-(b))
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN {length: size(rs), nodes: [n IN ns | n {.id, .name, .type}],
        steps: [i IN range(0, size(rs) - 1) | {type: type(rs[i]),
                 direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUT' ELSE 'IN' END,
                 confidence: rs[i].confidence, other: {id: ns[i + 1].id}}]} AS path`;
}
