/**
 * How a GraphQL object type becomes a Cypher map. A scalar is one line: its name and the
 * expression that reads it. A composite (a child object, a list, a connection, or any field the
 * loaders resolve) compiles to a nested subquery expression under the key `@<response key>`,
 * which the field's resolver reads (see composite-fields.ts); its arguments become parameters or
 * pick among whitelisted pattern texts. A field with no compiler makes its root field
 * NotCompilable: that root is answered by the read functions and the loaders instead.
 */
import { pageWindow } from '../../read/paging.ts';
import { type CypherBuilder, mapKey, NotCompilable } from './cypher-builder.ts';
import type { Field } from './selection.ts';

/** Cypher variables a type's expressions read, by role (e.g. `{r: 'r4', o: 'o5', dir: 'd6'}`). */
export type Vars = Record<string, string>;

export type Finish = 'connection' | 'caption';

export interface Composite {
  compile(cy: CypherBuilder, vars: Vars, field: Field): string;
  /**
   * Turns the compiled value into what the field returns: a page into a Relay connection, an
   * entity's name and aliases into its caption (the rule lives in TypeScript, not Cypher).
   */
  finish?: Finish;
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
export function single(match: string, item: string): string {
  return `COLLECT { ${match} RETURN ${item} }[0]`;
}
