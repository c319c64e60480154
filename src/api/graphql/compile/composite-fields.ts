/**
 * The resolvers of composite fields (children, lists, connections, loader fields) of compiled
 * types: a compiled parent holds the value under `@<response key>`; any other parent (e.g. an
 * entity of `pledgedAndDescribed`, which is not compiled) goes to the field's own resolver, the
 * batched loader. Installed on the schema after mercurius has defined its loaders.
 */
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { finishValue, nestedError } from './operation.ts';
import { ROOT_TYPE_SPECS } from './roots.ts';
import { responseKey } from './selection.ts';
import { TYPE_SPECS } from './types.ts';

export function installCompositeResolvers(schema: GraphQLSchema): void {
  for (const [typeName, spec] of Object.entries({ ...TYPE_SPECS, ...ROOT_TYPE_SPECS })) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    if (!type) continue;
    const fields = type.getFields();
    for (const [name, composite] of Object.entries(spec.composites)) {
      const field = fields[name];
      if (!field) continue;
      const own: GraphQLFieldResolver<unknown, unknown> =
        field.resolve ?? ((parent) => (parent as Record<string, unknown>)[name]);
      field.resolve = (parent, args, context, info) => {
        const key = `@${responseKey(info)}`;
        if (parent !== null && typeof parent === 'object' && key in parent) {
          const error = nestedError(context as object, info.fieldNodes[0]);
          if (error !== undefined) throw error;
          return finishValue((parent as Record<string, unknown>)[key], composite.finish);
        }
        return own(parent, args, context, info);
      };
    }
  }
}
