/** Entity.relations, Entity.mentions, Entity.documents: one query per field for all parents. */
import type { Loader } from 'mercurius';
import type { ReadContext } from '../../read/context.ts';
import { appearancesOfEntities, mentionsOfEntities } from '../../read/mentions.ts';
import { toConnection } from '../../read/paging.ts';
import { relationsOfEntities, timelinesOfEntities } from '../../read/relations.ts';
import type { Direction, EntityView } from '../../read/types.ts';

interface RelationParams {
  types?: string[] | null;
  direction?: Direction | null;
  weak?: boolean | null;
  first?: number | null;
  after?: string | null;
  asOf?: string | null;
}

interface MentionParams {
  first?: number | null;
  after?: string | null;
}

export function entityLoaders(ctx: ReadContext) {
  const relations: Loader<EntityView, RelationParams> = async (queries) => {
    const pages = await relationsOfEntities(
      ctx,
      queries.map(({ obj, params }) => ({ entityId: obj.id, ...params })),
    );
    return pages.map(toConnection);
  };

  const mentions: Loader<EntityView, MentionParams> = async (queries) => {
    const pages = await mentionsOfEntities(
      ctx,
      queries.map(({ obj, params }) => ({ entityId: obj.id, ...params })),
    );
    return pages.map(toConnection);
  };

  const documents: Loader<EntityView> = async (queries) => {
    const byId = await appearancesOfEntities(
      ctx,
      queries.map(({ obj }) => obj.id),
    );
    return queries.map(({ obj }) => byId.get(obj.id) ?? []);
  };

  const timeline: Loader<EntityView, { first?: number | null }> = (queries) =>
    timelinesOfEntities(
      ctx,
      queries.map(({ obj, params }) => ({ entityId: obj.id, first: params.first })),
    );

  return { relations, mentions, documents, timeline };
}
