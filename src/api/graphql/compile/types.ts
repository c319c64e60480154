/**
 * How each GraphQL object type becomes a Cypher map. A scalar is one line: its name and the
 * expression that reads it. A composite (a child object, a list, a connection, or any field the
 * loaders resolve) compiles to a nested subquery expression under the key `@<response key>`,
 * which the field's resolver reads (see resolvers.ts); its arguments become parameters or pick
 * among whitelisted pattern texts.
 */

import { RELATION_TYPES } from '../../../graph/model.ts';
import { DEFAULT_EVIDENCE_FIRST } from '../../read/evidence.ts';
import { clamp, pageWindow } from '../../read/paging.ts';
import { documentFileName } from '../../read/projections.ts';
import { requestedRelationTypes } from '../../read/relations.ts';
import type { Direction } from '../../read/types.ts';
import { type CypherBuilder, mapKey, NotCompilable } from './cypher-builder.ts';
import type { Field } from './selection.ts';

/** Cypher variables a type's expressions read, by role (e.g. `{r: 'r4', o: 'o5', dir: 'd6'}`). */
export type Vars = Record<string, string>;

export interface Composite {
  compile(cy: CypherBuilder, vars: Vars, field: Field): string;
  /** Turns the compiled value into what the field returns (e.g. a page into a Relay connection). */
  finish?: 'connection';
}

export interface TypeSpec {
  scalars: Record<string, (vars: Vars) => string>;
  composites: Record<string, Composite>;
}

/** A nested field with invalid arguments becomes null here and fails alone when resolved. */
function compileComposite(cy: CypherBuilder, composite: Composite, vars: Vars, field: Field): string {
  try {
    return composite.compile(cy, vars, field);
  } catch (error) {
    if (error instanceof NotCompilable) throw error;
    for (const node of field.nodes) cy.errors.set(node, error);
    return 'null';
  }
}

/** The map of `fields` for one object of `spec`, bound to `vars`. */
export function project(cy: CypherBuilder, spec: TypeSpec, vars: Vars, fields: readonly Field[]): string {
  const parts = new Map<string, string>();
  for (const field of fields) {
    if (field.name === '__typename') continue;
    const scalar = spec.scalars[field.name];
    if (scalar) {
      parts.set(field.name, `${mapKey(field.name)}: ${scalar(vars)}`);
      continue;
    }
    const composite = spec.composites[field.name];
    if (!composite) throw new NotCompilable(`no compiler for field ${field.name}`);
    parts.set(`@${field.key}`, `${mapKey(`@${field.key}`)}: ${compileComposite(cy, composite, vars, field)}`);
  }
  return `{${[...parts.values()].join(', ')}}`;
}

/** The sub-fields under `edges { node { … } }` of a connection selection, merged. */
function nodeFields(connection: Field): Field[] {
  const nodes = connection.fields
    .filter((f) => f.name === 'edges')
    .flatMap((edges) => edges.fields.filter((f) => f.name === 'node'));
  const merged = new Map<string, Field>();
  for (const field of nodes.flatMap((n) => n.fields)) {
    const seen = merged.get(field.key);
    // Two `node` selections may ask one response key with different arguments: one object cannot hold both.
    if (seen && JSON.stringify(seen.args) !== JSON.stringify(field.args)) {
      throw new NotCompilable(`conflicting selections of ${field.key}`);
    }
    merged.set(field.key, seen ? { ...seen, fields: [...seen.fields, ...field.fields] } : field);
  }
  return [...merged.values()];
}

function wantsCount(connection: Field): boolean {
  return connection.fields.some((f) => f.name === 'totalCount' || f.name === 'pageInfo');
}

/**
 * A page `{totalCount, offset, items}`: `match` binds the rows (its text uses the variables it
 * is given), `order` sorts them, `item` projects one; the count runs only when the selection
 * needs it (totalCount, pageInfo).
 */
export function page(
  cy: CypherBuilder,
  field: Field,
  defaultFirst: number,
  parts: { match: string; order: string; item: (fields: Field[]) => string; count?: string },
): string {
  const window = pageWindow(field.args, defaultFirst, cy.maxPageSize);
  const count = wantsCount(field) ? `COUNT { ${parts.count ?? parts.match} }` : '0';
  return `{offset: ${cy.param(window.skip)}, totalCount: ${count}, items: COLLECT { ${parts.match}
    WITH * ORDER BY ${parts.order} SKIP ${cy.param(window.skip)} LIMIT ${cy.param(window.limit)}
    RETURN ${parts.item(nodeFields(field))} }}`;
}

/** One object of `spec` per `expression` (a document id, a node), or null: `COLLECT {…}[0]`. */
function single(match: string, item: string): string {
  return `COLLECT { ${match} RETURN ${item} }[0]`;
}

export const SECTION: TypeSpec = {
  scalars: {
    id: ({ s }) => `${s}.id`,
    heading: ({ s }) => `${s}.heading`,
    order: ({ s }) => `${s}.order`,
    start: ({ s }) => `${s}.start`,
    end: ({ s }) => `${s}.end`,
  },
  composites: {},
};

export const DOCUMENT: TypeSpec = {
  scalars: {
    id: ({ d }) => `${d}.id`,
    title: ({ d }) => `coalesce(${d}.title, ${d}.id)`,
    publisher: ({ d }) => `${d}.publisher`,
    date: ({ d }) => `toString(${d}.date)`,
    file: ({ d }) => documentFileName(d!),
    length: ({ d }) => `${d}.length`,
  },
  composites: {
    entityCount: {
      compile: (cy, { d }) => {
        const [s, e] = [cy.variable('s'), cy.variable('e')];
        return `size(COLLECT { MATCH (${s}:Section {documentId: ${d}.id})-[:MENTIONS]->(${e}:Entity) RETURN DISTINCT ${e}.id })`;
      },
    },
    sections: {
      compile: (cy, { d }, field) => {
        const s = cy.variable('s');
        return `COLLECT { MATCH (${s}:Section {documentId: ${d}.id}) WITH ${s} ORDER BY ${s}.order, ${s}.start
          RETURN ${project(cy, SECTION, { s }, field.fields)} }`;
      },
    },
  },
};

/** The document with id `idExpression`, projected for `field`. */
function documentById(cy: CypherBuilder, idExpression: string, field: Field): string {
  const d = cy.variable('d');
  return single(`MATCH (${d}:Document {id: ${idExpression}})`, project(cy, DOCUMENT, { d }, field.fields));
}

export const EVIDENCE: TypeSpec = {
  scalars: {
    quote: ({ ev }) => `${ev}.quote`,
    page: ({ ev }) => `${ev}.page`,
    section: ({ ev }) => `COLLECT { MATCH (${ev})-[:IN_SECTION]->(s:Section) RETURN s.heading }[0]`,
    method: ({ ev }) => `${ev}.method`,
    confidence: ({ ev }) => `${ev}.confidence`,
    start: ({ ev }) => `${ev}.start`,
    end: ({ ev }) => `${ev}.end`,
  },
  composites: {
    document: { compile: (cy, { ev }, field) => documentById(cy, `${ev}.documentId`, field) },
  },
};

export const MENTION: TypeSpec = {
  scalars: {
    quote: ({ m }) => `${m}.quote`,
    page: ({ m }) => `${m}.page`,
    section: ({ s }) => `${s}.heading`,
    surface: ({ m }) => `${m}.surface`,
    start: ({ m }) => `${m}.start`,
    end: ({ m }) => `${m}.end`,
  },
  composites: {
    document: {
      compile: (cy, { m, s }, field) => documentById(cy, `coalesce(${m}.documentId, ${s}.documentId)`, field),
    },
  },
};

export const APPEARANCE: TypeSpec = {
  scalars: { mentionCount: ({ count }) => count! },
  composites: { document: { compile: (cy, { documentId }, field) => documentById(cy, documentId!, field) } },
};

/** The entity in `e`; composites filled in below (entity and relation refer to each other). */
export const ENTITY: TypeSpec = {
  scalars: {
    id: ({ e }) => `${e}.id`,
    name: ({ e }) => `coalesce(${e}.name, ${e}.id)`,
    type: ({ e }) => `${e}.type`,
    aliases: ({ e }) => `coalesce(${e}.aliases, [])`,
    description: ({ e }) => `${e}.description`,
    titles: ({ e }) => `coalesce(${e}.titles, [])`,
    origin: ({ e }) => `${e}.origin`,
  },
  composites: {},
};

/** An entity held by an expression (`startNode(r)`), bound to a fresh variable first. */
function entityOf(cy: CypherBuilder, expression: string, field: Field): string {
  const e = cy.variable('e');
  return single(`WITH ${expression} AS ${e}`, project(cy, ENTITY, { e }, field.fields));
}

export const RELATION: TypeSpec = {
  scalars: {
    type: ({ r }) => `type(${r})`,
    direction: ({ dir }) => dir!,
    confidence: ({ r }) => `${r}.confidence`,
    key: ({ r }) => `${r}.key`,
    method: ({ r }) => `${r}.method`,
    role: ({ r }) => `${r}.role`,
    evidenceCount: ({ r }) => `coalesce(${r}.evidenceCount, 0)`,
    documentIds: ({ r }) => `coalesce(${r}.documents, [])`,
  },
  composites: {
    other: { compile: (cy, { o }, field) => project(cy, ENTITY, { e: o! }, field.fields) },
    from: { compile: (cy, { r }, field) => entityOf(cy, `startNode(${r})`, field) },
    to: { compile: (cy, { r }, field) => entityOf(cy, `endNode(${r})`, field) },
    evidence: {
      compile: (cy, { r }, field) => {
        const ev = cy.variable('ev');
        const first = clamp((field.args.first as number | null) ?? DEFAULT_EVIDENCE_FIRST, 0, cy.maxPageSize);
        return `COLLECT { MATCH (${ev}:Evidence {relKey: ${r}.key})
          WITH ${ev} ORDER BY ${ev}.documentId, ${ev}.start, ${ev}.id LIMIT ${cy.param(first)}
          RETURN ${project(cy, EVIDENCE, { ev }, field.fields)} }`;
      },
    },
  },
};

const ARROWS: Readonly<Record<Direction, [string, string]>> = {
  OUT: ['-', '->'],
  IN: ['<-', '-'],
  BOTH: ['-', '-'],
};

ENTITY.composites.relations = {
  finish: 'connection',
  compile: (cy, { e }, field) => {
    const direction = (field.args.direction as Direction | null) ?? 'BOTH';
    const [left, right] = ARROWS[direction] ?? ARROWS.BOTH;
    // Validated against the whitelist: the alternation is built from whitelisted names only.
    const types = requestedRelationTypes(
      field.args.types as string[] | null,
      field.args.weak as boolean | null,
    );
    if (types !== null && types.length === 0) return `{offset: 0, totalCount: 0, items: []}`;
    const [r, o, dir] = [cy.variable('r'), cy.variable('o'), cy.variable('dir')];
    const alternation = (types ?? RELATION_TYPES).filter((t) =>
      (RELATION_TYPES as readonly string[]).includes(t),
    );
    const pattern = `MATCH (${e})${left}[${r}:${alternation.join('|')}]${right}(${o}:Entity)`;
    return page(cy, field, 20, {
      match: `${pattern} WITH ${r}, ${o}, CASE WHEN startNode(${r}) = ${e} THEN 'OUT' ELSE 'IN' END AS ${dir}`,
      count: pattern,
      order: `type(${r}), ${o}.name, ${o}.id, ${dir}`,
      item: (fields) => project(cy, RELATION, { r, o, dir }, fields),
    });
  },
};

ENTITY.composites.mentions = {
  finish: 'connection',
  compile: (cy, { e }, field) => {
    const [s, m] = [cy.variable('s'), cy.variable('m')];
    const match = `MATCH (${s}:Section)-[${m}:MENTIONS]->(${e})`;
    return page(cy, field, 20, {
      match,
      order: `${m}.documentId, ${m}.start, ${s}.id`,
      item: (fields) => project(cy, MENTION, { m, s }, fields),
    });
  },
};

/**
 * Mentions per document without count(*): Neo4j 5 refuses an aggregation inside a subquery
 * expression nested in a map (it takes the outer RETURN for a grouping one), so each distinct
 * document gets a COUNT subquery instead.
 */
ENTITY.composites.documents = {
  compile: (cy, { e }, field) => {
    const [s, m, s2, m2, documentId, count] = ['s', 'm', 's', 'm', 'documentId', 'mentionCount'].map((v) =>
      cy.variable(v),
    ) as [string, string, string, string, string, string];
    return `COLLECT { MATCH (${s}:Section)-[${m}:MENTIONS]->(${e})
      WITH DISTINCT coalesce(${m}.documentId, ${s}.documentId) AS ${documentId}
      WITH ${documentId}, COUNT { MATCH (${s2}:Section)-[${m2}:MENTIONS]->(${e})
        WHERE coalesce(${m2}.documentId, ${s2}.documentId) = ${documentId} } AS ${count}
      ORDER BY ${count} DESC, ${documentId}
      RETURN ${project(cy, APPEARANCE, { documentId, count }, field.fields)} }`;
  },
};

/** Every compiled type by its GraphQL name: resolvers.ts wraps these types' composite fields. */
export const TYPE_SPECS: Readonly<Record<string, TypeSpec>> = {
  Entity: ENTITY,
  Relation: RELATION,
  Evidence: EVIDENCE,
  Mention: MENTION,
  DocumentAppearance: APPEARANCE,
  Document: DOCUMENT,
  Section: SECTION,
};
