/**
 * Validation rule that refuses `__schema` and `__type` when INTROSPECTION=false. Written
 * against the AST only: mercurius validates with graphql's CJS build while this module loads
 * the ESM build, so graphql's own rule (which checks types by instanceof) cannot be shared.
 */
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

export function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(
          new GraphQLError(`Introspection is disabled on this server; "${name}" cannot be queried.`, {
            nodes: node,
          }),
        );
      }
    },
  };
}
