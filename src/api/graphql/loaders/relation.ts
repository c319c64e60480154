/** Relation.evidence: the passages of every relation of the request in one query. */
import type { Loader } from 'mercurius';
import type { ReadContext } from '../../read/context.ts';
import { evidenceOfRelations } from '../../read/evidence.ts';
import type { RelationView } from '../../read/types.ts';

export function relationLoaders(ctx: ReadContext) {
  const evidence: Loader<RelationView, { first?: number | null }> = (queries) =>
    evidenceOfRelations(
      ctx,
      queries.map(({ obj, params }) => ({ relationKey: obj.key, first: params.first })),
    );
  return { evidence };
}
