/** Every loader of the schema, keyed by type and field as mercurius expects. */
import type { MercuriusLoaders } from 'mercurius';
import type { ReadContext } from '../../read/context.ts';
import { documentByIdLoader, documentLoaders } from './document.ts';
import { entityLoaders } from './entity.ts';
import { relationLoaders } from './relation.ts';

export function createLoaders(ctx: ReadContext): MercuriusLoaders {
  return {
    Entity: entityLoaders(ctx),
    Relation: relationLoaders(ctx),
    Document: documentLoaders(ctx),
    Evidence: { document: documentByIdLoader(ctx) },
    Mention: { document: documentByIdLoader(ctx) },
    DocumentAppearance: { document: documentByIdLoader(ctx) },
    StatedDate: { document: documentByIdLoader(ctx) },
    DatedPassage: { document: documentByIdLoader(ctx) },
  };
}
