/**
 * The four benchmarked operations, each written three ways: our GraphQL query, the floor (one
 * hand-written Cypher statement answering the same JSON, bench/floor-cypher.ts), and the closest
 * @neo4j/graphql query. `differences` says what the peer cannot express.
 */
import neo4j from 'neo4j-driver';
import { buildSearchQuery } from '../src/api/read/lucene.ts';
import { toConnection } from '../src/api/read/paging.ts';
import { searchParams } from '../src/api/read/search.ts';
import type { Executor } from '../src/db/executor.ts';
import { FLOOR_ENTITIES, FLOOR_ENTITY, FLOOR_SEARCH, floorPath } from './floor-cypher.ts';
import { fieldName } from './peer-schema.ts';

export type OperationName = 'search' | 'entity' | 'entities' | 'path';
export const OPERATION_NAMES: readonly OperationName[] = ['search', 'entity', 'entities', 'path'];

/** The fixed arguments: seed-graph entities chosen for the shape each operation needs. */
export const ARGS = {
  search: { text: 'Hessen Digitalisierung', first: 10 },
  /** The seed entity with the most relations (37): a full page of 20, each with evidence. */
  entity: { id: 'koalition-cdu-spd-hessen', relations: 20, evidence: 5 },
  entities: { first: 50, relations: 10 },
  /** The digital minister and an EfA service: a 3–4 hop path in the seed graph. */
  path: { from: 'kristina-sinemus', to: 'fuehrerscheinantrag', maxHops: 4 },
} as const;

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: OperationName;
  description: string;
  ours: GraphqlRequest;
  /** Body of `POST /floor/<name>`; the floor route answers `{ data: … }` like ours. */
  floorBody: Record<string, unknown>;
  floor(executor: Executor, body: Record<string, unknown>): Promise<unknown>;
  peer: GraphqlRequest;
  differences: string;
}

/** Every stored relation type as …Out/…In connection fields: @neo4j/graphql has no "any type". */
function peerRelations(types: readonly string[], first: number, node: string): string {
  return types
    .flatMap((t) =>
      (['Out', 'In'] as const).map(
        (dir) =>
          `${fieldName(t)}${dir}Connection(first: ${first}, sort: [{ node: { name: ASC } }]) { totalCount edges { properties { key confidence method evidenceCount } node { ${node} } } }`,
      ),
    )
    .join('\n      ');
}

export function buildOperations(relationTypesInGraph: readonly string[]): Operation[] {
  const search: Operation = {
    name: 'search',
    description: `full-text search "${ARGS.search.text}", first ${ARGS.search.first}`,
    ours: {
      query: `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score exactMatch entity { id name type aliases description } }
}`,
      variables: { text: ARGS.search.text, first: ARGS.search.first },
    },
    floorBody: { text: ARGS.search.text, first: ARGS.search.first },
    floor: async (executor, body) => {
      const params = searchParams({ text: body.text as string, first: body.first as number }, 100);
      const rows = params === null ? [] : await executor.read<{ hit: unknown }>(FLOOR_SEARCH, params);
      return { data: { search: rows.map((row) => row.hit) } };
    },
    peer: {
      query: `query Search($phrase: String!, $first: Int) {
  searchEntities(phrase: $phrase, first: $first) { edges { score node { id name type aliases description } } }
}`,
      variables: { phrase: buildSearchQuery(ARGS.search.text)?.lucene ?? '', first: ARGS.search.first },
    },
    differences:
      "Floor: the read layer's hand-written ranking statement with a plain projection. " +
      'Peer: `@fulltext` over the same `entity_search` index with the same Lucene string (we pass it pre-built); ' +
      'no exact-name lift, no type filter, ranking by raw Lucene score only.',
  };

  const entity: Operation = {
    name: 'entity',
    description: `entity "${ARGS.entity.id}" with ${ARGS.entity.relations} relations, ${ARGS.entity.evidence} evidence each (with document)`,
    ours: {
      query: `query Entity($id: ID!, $rels: Int, $ev: Int) {
  entity(id: $id) {
    id name type aliases description
    relations(first: $rels) {
      totalCount
      edges { node {
        type direction confidence evidenceCount
        other { id name type }
        evidence(first: $ev) { quote page section document { id title } }
      } }
    }
  }
}`,
      variables: { id: ARGS.entity.id, rels: ARGS.entity.relations, ev: ARGS.entity.evidence },
    },
    floorBody: { id: ARGS.entity.id, rels: ARGS.entity.relations, ev: ARGS.entity.evidence },
    floor: async (executor, body) => {
      const [row] = await executor.read<{ entity: unknown }>(FLOOR_ENTITY, {
        id: body.id,
        rels: neo4j.int(body.rels as number),
        ev: neo4j.int(body.ev as number),
      });
      return { data: { entity: row?.entity ?? null } };
    },
    peer: {
      query: `query Entity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name type aliases description
    ${peerRelations(relationTypesInGraph, ARGS.entity.relations, 'id name type')}
    relationEvidence(limit: ${ARGS.entity.relations * ARGS.entity.evidence}) {
      quote page documentId section { heading document { id title } }
    }
  }
}`,
      variables: { id: ARGS.entity.id },
    },
    differences:
      `Peer: one …Out and one …In connection per relation type present in the graph (${relationTypesInGraph.length} types → ` +
      `${relationTypesInGraph.length * 2} fields, first ${ARGS.entity.relations} EACH, sorted by name within a type, not one mixed page of ${ARGS.entity.relations}); ` +
      'evidence cannot hang off a relationship, so it comes from a custom `@cypher` field on the entity (all relations pooled, not per relation).',
  };

  const entities: Operation = {
    name: 'entities',
    description: `entities page of ${ARGS.entities.first}, ${ARGS.entities.relations} relations each`,
    ours: {
      query: `query Entities($first: Int, $rels: Int) {
  entities(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name type
      relations(first: $rels) { totalCount edges { node { type direction other { id name type } } } }
    } }
  }
}`,
      variables: { first: ARGS.entities.first, rels: ARGS.entities.relations },
    },
    floorBody: { first: ARGS.entities.first, rels: ARGS.entities.relations },
    floor: async (executor, body) => {
      const [row] = await executor.read<{ totalCount: number; nodes: unknown[] }>(FLOOR_ENTITIES, {
        first: neo4j.int(body.first as number),
        rels: neo4j.int(body.rels as number),
      });
      const { totalCount, pageInfo, edges } = toConnection({
        totalCount: row?.totalCount ?? 0,
        offset: 0,
        items: row?.nodes ?? [],
      });
      return { data: { entities: { totalCount, pageInfo, edges } } };
    },
    peer: {
      query: `query Entities($first: Int) {
  entitiesConnection(first: $first, sort: [{ name: ASC }, { id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name type
      ${peerRelations(relationTypesInGraph, ARGS.entities.relations, 'id name type')}
    } }
  }
}`,
      variables: { first: ARGS.entities.first },
    },
    differences: `Peer: same page (entitiesConnection sorted by name, id); relations as ${relationTypesInGraph.length * 2} per-type connection fields, first ${ARGS.entities.relations} each.`,
  };

  const path: Operation = {
    name: 'path',
    description: `shortest path ${ARGS.path.from} → ${ARGS.path.to}, ≤ ${ARGS.path.maxHops} hops`,
    ours: {
      query: `query Path($from: ID!, $to: ID!, $hops: Int) {
  path(from: $from, to: $to, maxHops: $hops) {
    length
    nodes { id name type }
    steps { type direction confidence other { id } }
  }
}`,
      variables: { from: ARGS.path.from, to: ARGS.path.to, hops: ARGS.path.maxHops },
    },
    floorBody: { from: ARGS.path.from, to: ARGS.path.to, hops: ARGS.path.maxHops },
    floor: async (executor, body) => {
      const [row] = await executor.read<{ path: unknown }>(floorPath(body.hops as number), {
        from: body.from,
        to: body.to,
      });
      return { data: { path: row?.path ?? null } };
    },
    peer: {
      query: `query Path($from: ID!, $to: ID!) {
  shortestPathNodes(from: $from, to: $to) { id name type }
}`,
      variables: { from: ARGS.path.from, to: ARGS.path.to },
    },
    differences:
      'Peer: no path operation; a custom `@cypher` root field runs the same shortestPath and returns the nodes only (no steps).',
  };

  return [search, entity, entities, path];
}
