import type { Doc, PipelineContext } from '../doc.ts';

/** A field of the Doc; `meta`, `raw` and `registry` exist from the start, components fill the rest. */
export type DocField = keyof Doc;

/**
 * One named step of the load pipeline: reads what earlier steps left on the Doc and adds its own.
 * It states both (as spaCy's `requires` and `assigns`), and the pipeline is checked against them
 * when it is built (contract.ts), so a step that reads what nothing before it wrote fails at once.
 */
export interface Component {
  readonly name: string;
  /** Doc fields this step reads: an earlier step must assign each. */
  readonly requires: readonly DocField[];
  /** Doc fields this step sets or adds to. */
  readonly assigns: readonly DocField[];
  run(doc: Doc, ctx: PipelineContext): void | Promise<void>;
}
