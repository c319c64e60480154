/**
 * typeDefs for the @neo4j/graphql peer, written over OUR storage: one `Entity` node type (every
 * entity node carries :Entity; its type label is the `type` property's twin), one pair of
 * `@relationship` fields per relation type (…Out / …In) with the stored relationship properties,
 * Evidence as its own node type reached through a `@cypher` field (evidence is keyed by
 * `relKey`, not connected to the relationship), and the `entity_search` full-text index
 * through `@fulltext`. Generated from the same whitelist the API uses.
 */
import { RELATION_TYPES } from '../src/graph/model.ts';

/** `HEADS` → `heads`, `CO_OCCURS_WITH` → `coOccursWith`. */
export function fieldName(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const relationFields = RELATION_TYPES.flatMap((type) => [
  `  ${fieldName(type)}Out: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "RelProps")`,
  `  ${fieldName(type)}In: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "RelProps")`,
]).join('\n');

export const PEER_TYPE_DEFS = `
type RelProps @relationshipProperties {
  key: String!
  confidence: Float
  method: String
  documents: [String!]
  evidenceCount: Int
}

type Document @node {
  id: ID!
  title: String!
}

type Section @node {
  id: ID!
  heading: String!
  order: Int
  document: [Document!]! @relationship(type: "IN_DOCUMENT", direction: OUT)
}

type Evidence @node {
  id: ID!
  relKey: String!
  quote: String!
  page: Int
  sectionId: String
  documentId: String!
  method: String
  confidence: Float
  start: Int
  end: Int
  section: [Section!]! @relationship(type: "IN_SECTION", direction: OUT)
}

type Entity
  @node
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "searchText"] }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  description: String
  titles: [String!]
  origin: String
  searchText: String
  "Evidence of every relation of this entity (custom Cypher: evidence is keyed by relKey)."
  relationEvidence(limit: Int = 20): [Evidence!]!
    @cypher(
      statement: """
      MATCH (this)-[r]-(:Entity) WHERE r.key IS NOT NULL
      MATCH (ev:Evidence {relKey: r.key})
      WITH ev ORDER BY ev.documentId, ev.start LIMIT $limit
      RETURN ev
      """
      columnName: "ev"
    )
${relationFields}
}

type Query {
  "No path operation in @neo4j/graphql: the escape hatch is a custom-Cypher root field (nodes only)."
  shortestPathNodes(from: ID!, to: ID!): [Entity!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = shortestPath((a)-[:${RELATION_TYPES.join('|')}*..4]-(b))
      UNWIND nodes(p) AS n
      RETURN n
      """
      columnName: "n"
    )
}
`;
