/**
 * State of one compilation: fresh variable names, the parameters (every value from the request
 * is a parameter; only whitelisted names and constant text become Cypher), and the limits.
 */
import type { FieldNode } from 'graphql';
import neo4j from 'neo4j-driver';

/** The request cannot be expressed as one statement; the resolvers' loaders answer it instead. */
export class NotCompilable extends Error {}

export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  /** Nested fields whose arguments are invalid: they compile to null and their resolver throws. */
  readonly errors = new Map<FieldNode, unknown>();
  #next = 0;

  constructor(readonly maxPageSize: number) {}

  /** A variable name not used elsewhere in the statement, e.g. `r3`. */
  variable(prefix: string): string {
    this.#next += 1;
    return `${prefix}${this.#next}`;
  }

  /** `$pN` bound to `value`; whole numbers go to Cypher as integers. */
  param(value: unknown): string {
    const name = this.variable('p');
    this.params[name] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    return `$${name}`;
  }

  /** Constant statement text written with its own `$names`, renamed to fresh parameters. */
  scoped(text: string, values: Record<string, unknown>): string {
    const names = new Map(Object.entries(values).map(([name, value]) => [name, this.param(value)]));
    return text.replace(/\$(\w+)/g, (_whole, name: string) => {
      const renamed = names.get(name);
      if (renamed === undefined) throw new Error(`statement parameter $${name} has no value`);
      return renamed;
    });
  }
}

/** A backquoted map key, e.g. `@relations` (response keys are GraphQL names: [_A-Za-z][_0-9A-Za-z]*). */
export function mapKey(key: string): string {
  return `\`${key}\``;
}
