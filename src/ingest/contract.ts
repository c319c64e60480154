/**
 * The pipeline's contract, checked when a pipeline is built (as spaCy's `analyze_pipes`): every
 * field a component requires must be assigned by a component before it. The Doc starts with its
 * metadata, raw text and entity registry; everything else some component has to fill.
 */
import { AppError } from '../errors.ts';
import type { Component, DocField } from './components/component.ts';

/** What a new Doc carries before any component runs (pipeline.ts newDoc). */
const GIVEN: readonly string[] = ['meta', 'raw', 'registry'];

/** One row of the contract: a component, what it reads and from which earlier component. */
export interface ContractRow {
  component: string;
  requires: { field: DocField; from: string }[];
  assigns: readonly DocField[];
}

/** The contract table of a pipeline; throws PIPELINE_INVALID naming the first broken requirement. */
export function checkPipeline(components: readonly Component[]): ContractRow[] {
  const assignedBy = new Map<string, string>(GIVEN.map((f) => [f, 'the new document']));
  const names = new Set<string>();
  return components.map((c) => {
    if (names.has(c.name))
      throw new AppError('PIPELINE_INVALID', `Component "${c.name}" appears twice in the pipeline.`);
    names.add(c.name);
    const requires = c.requires.map((field) => {
      const from = assignedBy.get(field);
      if (from === undefined)
        throw new AppError(
          'PIPELINE_INVALID',
          `Component "${c.name}" requires "${field}", which no component before it assigns.`,
        );
      return { field, from };
    });
    for (const field of c.assigns)
      if (!assignedBy.has(field) || GIVEN.includes(field)) assignedBy.set(field, c.name);
    return { component: c.name, requires, assigns: c.assigns };
  });
}
