/**
 * MAX_QUERY_DEPTH as a validation rule. mercurius' own `queryDepth` counts introspection too,
 * and the IntrospectionQuery every GraphQL IDE and code generator sends is 15 levels deep
 * (`ofType { ofType { … } }`), so it would refuse GraphiQL. Introspection reads the static
 * schema, not the database, so `__`-fields are not counted here (INTROSPECTION=false is the
 * switch for them). Depth does not depend on variables, so mercurius' per-query validation
 * cache is correct for this rule. AST-only, for the same realm reason as no-introspection.ts.
 */
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { AppError } from '../../../errors.ts';

export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string> = new Set(),
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Unknown and cyclic spreads are reported by graphql's own rules.
      if (fragment === undefined || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

export function depthLimit(maxDepth: number): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments);
        if (depth <= maxDepth) return;
        const name = operation.name ? ` (${operation.name.value})` : '';
        const message =
          `Query depth ${depth}${name} exceeds the limit of ${maxDepth} (MAX_QUERY_DEPTH). ` +
          'Nest fewer levels; ask follow-up queries for what lies further out.';
        context.reportError(
          new GraphQLError(message, {
            nodes: operation,
            originalError: new AppError('QUERY_TOO_COMPLEX', message, {
              details: { depth, limit: maxDepth },
            }),
          }),
        );
      },
    };
  };
}
