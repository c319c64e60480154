/**
 * The fields a request selects, as a tree the compiler walks: fragments inlined, @skip/@include
 * applied, fields with the same response key merged, arguments coerced with their SDL defaults.
 * graphql's CJS build is used on purpose: the schema objects come from mercurius (CJS), and
 * graphql's helpers check types with instanceof.
 */
import { createRequire } from 'node:module';
import type {
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Field {
  /** The schema field name, e.g. `relations`. */
  name: string;
  /** The response key: the alias if any, else the name. */
  key: string;
  args: Record<string, unknown>;
  /** Selected sub-fields (empty for scalars). */
  fields: Field[];
  /** The AST nodes merged into this field (a resolver's `info.fieldNodes[0]` is one of them). */
  nodes: readonly FieldNode[];
}

type Context = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues' | 'schema'>;

function included(node: { directives?: readonly import('graphql').DirectiveNode[] }, ctx: Context): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value =
      arg?.kind === 'Variable'
        ? ctx.variableValues[arg.name.value]
        : arg?.kind === 'BooleanValue' && arg.value;
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value !== true) return false;
  }
  return true;
}

function collectNodes(set: SelectionSetNode, ctx: Context, out: FieldNode[]): FieldNode[] {
  for (const selection of set.selections) {
    if (!included(selection, ctx)) continue;
    if (selection.kind === 'Field') out.push(selection);
    else if (selection.kind === 'InlineFragment') collectNodes(selection.selectionSet, ctx, out);
    else {
      const fragment = ctx.fragments[selection.name.value];
      if (fragment) collectNodes(fragment.selectionSet, ctx, out);
    }
  }
  return out;
}

/** The fields of `sets` (merged) on `type`. */
export function collectFields(
  sets: readonly SelectionSetNode[],
  type: GraphQLNamedType,
  ctx: Context,
): Field[] {
  const byKey = new Map<string, { name: string; nodes: FieldNode[] }>();
  for (const set of sets) {
    for (const node of collectNodes(set, ctx, [])) {
      const key = node.alias?.value ?? node.name.value;
      const entry = byKey.get(key);
      if (entry) entry.nodes.push(node);
      else byKey.set(key, { name: node.name.value, nodes: [node] });
    }
  }
  const fieldsOf = 'getFields' in type ? (type as GraphQLObjectType).getFields() : {};
  return [...byKey].map(([key, { name, nodes }]) => {
    const def = fieldsOf[name] as GraphQLField<unknown, unknown> | undefined;
    if (!def) return { name, key, args: {}, fields: [], nodes };
    const childSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    return {
      name,
      key,
      args: graphql.getArgumentValues(def, nodes[0]!, ctx.variableValues),
      fields: childSets.length > 0 ? collectFields(childSets, graphql.getNamedType(def.type), ctx) : [],
      nodes,
    };
  });
}

/** The root fields of the operation a resolver runs in. */
export function operationFields(info: GraphQLResolveInfo): Field[] {
  return collectFields([info.operation.selectionSet], info.parentType, info);
}

/** The response key of the field being resolved. */
export function responseKey(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fieldName'>): string {
  return info.fieldNodes[0]?.alias?.value ?? info.fieldName;
}
