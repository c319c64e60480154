/**
 * The floor: one hand-written Cypher statement per benchmarked operation, returning the JSON
 * our API answers (cursors aside), written the way one would by hand for exactly this request —
 * no compiler, no GraphQL, no loaders. What our API costs beyond these is our overhead.
 */
import { RELATION_TYPES } from '../src/graph/model.ts';

const TYPES = RELATION_TYPES.join('|');
const CLAIMED = RELATION_TYPES.filter((t) => t !== 'CO_OCCURS_WITH').join('|');

export const FLOOR_SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 500}) YIELD node, score
WHERE node:Entity
WITH node, score, $key IN split(coalesce(node.searchText, ''), ' | ') AS exact
WITH collect({node: node, score: score, exact: exact}) AS hits, max(score) AS top
UNWIND hits AS hit
WITH hit.node AS e, hit.exact AS exact, hit.score + CASE WHEN hit.exact THEN top ELSE 0.0 END AS score
ORDER BY score DESC, e.name, e.id
LIMIT $first
RETURN {score: score, exactMatch: exact,
        entity: e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description}} AS hit`;

export const FLOOR_ENTITY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${TYPES}]-(:Entity)
  RETURN count(r) AS totalCount
}
CALL (e) {
  MATCH (e)-[r:${TYPES}]-(o:Entity)
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
    MATCH (e)-[r:${TYPES}]-(:Entity)
    RETURN count(r) AS relations
  }
  CALL (e) {
    MATCH (e)-[r:${TYPES}]-(o:Entity)
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
