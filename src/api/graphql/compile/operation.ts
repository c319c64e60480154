/**
 * One Cypher statement per GraphQL operation: the first compiled root field a request resolves
 * compiles every compilable root field of the operation into one `RETURN expr AS f0, …`
 * statement, runs it once, and the other root fields take their part of the row. A root field
 * whose arguments are invalid fails alone (its error, the others' data); one that cannot be
 * compiled (NotCompilable) is left to the read functions and the loaders.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { shortCaption } from '../../../graph/caption.ts';
import type { ReadContext } from '../../read/context.ts';
import { toConnection } from '../../read/paging.ts';
import type { Page } from '../../read/types.ts';
import { CypherBuilder, NotCompilable } from './cypher-builder.ts';
import type { Finish } from './project.ts';
import { ROOTS } from './roots.ts';
import { operationFields, responseKey } from './selection.ts';

type Outcome = { value: unknown } | { error: unknown };

/** The statement of an operation and which response key each result column belongs to. */
export interface CompiledOperation {
  cypher: string;
  params: Record<string, unknown>;
  columns: Map<string, string>;
  /** Root fields that failed (invalid arguments), by response key. */
  failed: Map<string, unknown>;
  /** Nested fields that failed, by AST node. */
  nested: Map<FieldNode, unknown>;
}

export function compileOperation(info: GraphQLResolveInfo, maxPageSize: number): CompiledOperation {
  const cy = new CypherBuilder(maxPageSize);
  const columns = new Map<string, string>();
  const failed = new Map<string, unknown>();
  const returns: string[] = [];
  for (const field of operationFields(info)) {
    const root = ROOTS[field.name];
    if (!root) continue;
    try {
      const expression = root.compile(cy, field);
      const column = `f${columns.size}`;
      columns.set(field.key, column);
      returns.push(`${expression} AS ${column}`);
    } catch (error) {
      if (!(error instanceof NotCompilable)) failed.set(field.key, error);
    }
  }
  return {
    cypher: returns.length > 0 ? `RETURN ${returns.join(',\n')}` : '',
    params: cy.params,
    columns,
    failed,
    nested: cy.errors,
  };
}

/** Per request (the mercurius context object): the outcome of every compiled root field. */
const operations = new WeakMap<object, Promise<Map<string, Outcome>>>();
/** Per request: nested fields that failed to compile, for their resolvers to throw. */
const nestedErrors = new WeakMap<object, Map<FieldNode, unknown>>();

/** The error of a nested field of this request's statement, if it failed to compile. */
export function nestedError(context: object, node: FieldNode | undefined): unknown {
  return node === undefined ? undefined : nestedErrors.get(context)?.get(node);
}

async function runOperation(
  ctx: ReadContext,
  context: object,
  info: GraphQLResolveInfo,
): Promise<Map<string, Outcome>> {
  const compiled = compileOperation(info, ctx.maxPageSize);
  if (compiled.nested.size > 0) nestedErrors.set(context, compiled.nested);
  const outcomes = new Map<string, Outcome>([...compiled.failed].map(([key, error]) => [key, { error }]));
  if (compiled.columns.size === 0) return outcomes;
  const [row] = await ctx.executor.read(compiled.cypher, compiled.params);
  for (const [key, column] of compiled.columns) outcomes.set(key, { value: row?.[column] ?? null });
  return outcomes;
}

export function finishValue(value: unknown, finish: Finish | undefined): unknown {
  if (value == null) return value;
  if (finish === 'connection') return toConnection(value as Page<unknown>);
  if (finish === 'caption') {
    const { name, aliases } = value as { name: string; aliases: string[] };
    return shortCaption(name, aliases);
  }
  return value;
}

/**
 * A Query resolver that answers from the operation's statement, or with `fallback` (the read
 * functions) when this field was not compiled.
 */
export function compiledRoot(
  ctx: ReadContext,
  fallback: (args: Record<string, unknown>) => unknown,
): (
  root: unknown,
  args: Record<string, unknown>,
  context: object,
  info: GraphQLResolveInfo,
) => Promise<unknown> {
  return async (_root, args, context, info) => {
    let pending = operations.get(context);
    if (!pending) {
      pending = runOperation(ctx, context, info);
      operations.set(context, pending);
    }
    const outcome = (await pending).get(responseKey(info));
    if (!outcome) return fallback(args);
    if ('error' in outcome) throw outcome.error;
    return finishValue(outcome.value, ROOTS[info.fieldName]?.finish);
  };
}
