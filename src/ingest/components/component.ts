import type { Doc, PipelineContext } from '../doc.ts';

/** One named step of the load pipeline: reads what earlier steps left on the Doc and adds its own. */
export interface Component {
  readonly name: string;
  run(doc: Doc, ctx: PipelineContext): void | Promise<void>;
}
