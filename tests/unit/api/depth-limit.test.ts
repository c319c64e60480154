import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionDepth } from '../../../src/api/graphql/limits/depth-limit.ts';

function depthOf(text: string): number {
  const document = parse(text, { noLocation: true });
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return selectionDepth(operation?.selectionSet, fragments);
}

describe('selectionDepth', () => {
  it('counts fields, not braces of fragments', () => {
    expect(depthOf('{ stats { nodes } }')).toBe(2);
    expect(depthOf('{ entity(id: "a") { ... on Entity { relations { totalCount } } } }')).toBe(3);
    expect(depthOf('{ entity(id: "a") { ...F } } fragment F on Entity { mentions { totalCount } }')).toBe(3);
  });

  it('takes the deepest branch', () => {
    expect(depthOf('{ stats { nodes } entity(id: "a") { relations { edges { cursor } } } }')).toBe(4);
  });

  it('does not count introspection fields', () => {
    expect(depthOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(0);
    expect(depthOf('{ __typename stats { __typename nodes } }')).toBe(2);
  });

  it('terminates on cyclic fragments (graphql reports them itself)', () => {
    expect(
      depthOf(
        '{ entity(id: "a") { ...A } } fragment A on Entity { name ...B } fragment B on Entity { ...A }',
      ),
    ).toBe(2);
  });
});
