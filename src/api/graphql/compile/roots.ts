/**
 * Query fields that compile: each becomes one expression of the operation's statement, with
 * the same validation (and the same Cypher text, where one exists) as the read functions REST uses.
 */
import { asOfDay } from '../../read/as-of.ts';
import { assertEntityType, DEFAULT_ENTITIES_FIRST } from '../../read/entities.ts';
import { clamp } from '../../read/paging.ts';
import { DEFAULT_HOPS, MAX_HOPS, MIN_HOPS, pathMatch } from '../../read/path.ts';
import { SEARCH_HITS, searchParams } from '../../read/search.ts';
import { SEARCH_MATCHES } from '../../read/types.ts';
import type { CypherBuilder } from './cypher-builder.ts';
import { DOCUMENT } from './documents.ts';
import { page, project, type TypeSpec } from './project.ts';
import type { Field } from './selection.ts';
import { ENTITY, RELATION } from './types.ts';

export interface RootCompiler {
  compile(cy: CypherBuilder, field: Field): string;
  finish?: 'connection';
}

const SEARCH_HIT: TypeSpec = {
  scalars: {
    score: ({ score }) => score!,
    exactMatch: ({ exact }) => exact!,
    matchedOn: ({ matched }) => matched!,
  },
  composites: { entity: { compile: (cy, { e }, field) => project(cy, ENTITY, { e: e! }, field.fields) } },
};

const PATH: TypeSpec = {
  scalars: { length: ({ p }) => `length(${p})` },
  composites: {
    nodes: {
      compile: (cy, { p }, field) => {
        const n = cy.variable('n');
        return `[${n} IN nodes(${p}) | ${project(cy, ENTITY, { e: n }, field.fields)}]`;
      },
    },
    steps: {
      compile: (cy, { p }, field) => {
        const [i, r, near, o, dir] = ['i', 'r', 'near', 'o', 'dir'].map((v) => cy.variable(v)) as string[];
        return `COLLECT { UNWIND range(0, length(${p}) - 1) AS ${i}
          WITH relationships(${p})[${i}] AS ${r}, nodes(${p})[${i}] AS ${near}, nodes(${p})[${i} + 1] AS ${o}
          WITH ${r}, ${o}, CASE WHEN startNode(${r}) = ${near} THEN 'OUT' ELSE 'IN' END AS ${dir}
          RETURN ${project(cy, RELATION, { r: r!, o: o!, dir: dir! }, field.fields)} }`;
      },
    },
  },
};

function entityById(cy: CypherBuilder, field: Field): string {
  const e = cy.variable('e');
  return `COLLECT { MATCH (${e}:Entity {id: ${cy.param(field.args.id)}}) RETURN ${project(cy, ENTITY, { e }, field.fields)} }[0]`;
}

function entities(cy: CypherBuilder, field: Field): string {
  const e = cy.variable('e');
  const type = field.args.type == null ? null : assertEntityType(field.args.type as string);
  // Typed and untyped listings differ in text, not by `$type IS NULL OR …`, which hides the indexes.
  const typed = type === null ? '' : ` WHERE ${e}.type = ${cy.param(type)}`;
  return page(cy, field, DEFAULT_ENTITIES_FIRST, {
    count: `MATCH (${e}:Entity)${typed}`,
    match: `MATCH (${e}:Entity)${typed}${typed ? ' AND' : ' WHERE'} ${e}.name IS NOT NULL`,
    order: `${e}.name, ${e}.id`,
    item: (fields) => project(cy, ENTITY, { e }, fields),
  });
}

function search(cy: CypherBuilder, field: Field): string {
  const params = searchParams(
    {
      text: field.args.text as string,
      types: field.args.types as string[] | null,
      first: field.args.first as number,
    },
    cy.maxPageSize,
  );
  if (params === null) return '[]';
  const matched = cy.variable('matched');
  // matchedOn in the order of the SearchMatch enum, as the read function sorts it.
  return `COLLECT { ${cy.scoped(SEARCH_HITS, params)}
    WITH e, score, exact, [m IN ${cy.param([...SEARCH_MATCHES])} WHERE m IN matchedOn] AS ${matched}
    RETURN ${project(cy, SEARCH_HIT, { e: 'e', score: 'score', exact: 'exact', matched }, field.fields)} }`;
}

function path(cy: CypherBuilder, field: Field): string {
  const { from, to } = field.args as { from: string; to: string };
  const asOf = asOfDay(field.args.asOf);
  if (from === to) {
    const e = cy.variable('e');
    return `COLLECT { MATCH (${e}:Entity {id: ${cy.param(from)}}) WITH [${e}] AS nodes, [] AS rels
      RETURN ${project(cy, PATH_OF_ONE, { nodes: 'nodes' }, field.fields)} }[0]`;
  }
  const hops = clamp((field.args.maxHops as number | null) ?? DEFAULT_HOPS, MIN_HOPS, MAX_HOPS);
  return `COLLECT { ${cy.scoped(pathMatch(hops, field.args.weak === true, asOf !== null), asOf === null ? { from, to } : { from, to, asOf })}
    RETURN ${project(cy, PATH, { p: 'p' }, field.fields)} }[0]`;
}

/** A path from an entity to itself: one node, no steps (shortestPath needs two different nodes). */
const PATH_OF_ONE: TypeSpec = {
  scalars: { length: () => '0' },
  composites: {
    nodes: {
      compile: (cy, { nodes }, field) => {
        const n = cy.variable('n');
        return `[${n} IN ${nodes} | ${project(cy, ENTITY, { e: n }, field.fields)}]`;
      },
    },
    steps: { compile: () => '[]' },
  },
};

function documents(cy: CypherBuilder, field: Field): string {
  const d = cy.variable('d');
  return `COLLECT { MATCH (${d}:Document) WITH ${d} ORDER BY coalesce(${d}.date, '') DESC, ${d}.title, ${d}.id
    RETURN ${project(cy, DOCUMENT, { d }, field.fields)} }`;
}

function documentById(cy: CypherBuilder, field: Field): string {
  const d = cy.variable('d');
  return `COLLECT { MATCH (${d}:Document {id: ${cy.param(field.args.id)}}) RETURN ${project(cy, DOCUMENT, { d }, field.fields)} }[0]`;
}

/** Object types only root fields produce; their composite fields get the same resolvers as TYPE_SPECS'. */
export const ROOT_TYPE_SPECS: Readonly<Record<string, TypeSpec>> = { SearchHit: SEARCH_HIT, Path: PATH };

export const ROOTS: Readonly<Record<string, RootCompiler>> = {
  entity: { compile: entityById },
  entities: { compile: entities, finish: 'connection' },
  search: { compile: search },
  path: { compile: path },
  documents: { compile: documents },
  document: { compile: documentById },
};
