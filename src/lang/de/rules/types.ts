/** Entity types the relation rules name together, and the parts of speech of a verbal predicate. */
import type { EntityType } from '../../../graph/model.ts';
import type { RelationRule } from '../relation-rules.ts';

export const INSTITUTIONS: EntityType[] = ['MINISTRY', 'AGENCY', 'ORGANISATION', 'GOVERNMENT'];
export const ACTORS: EntityType[] = [...INSTITUTIONS, 'PERSON', 'PLACE'];
export const THINGS: EntityType[] = ['PROGRAMME', 'PLATFORM', 'SERVICE', 'LAW'];
export const BODIES: EntityType[] = [...INSTITUTIONS, 'PARTY'];
export const SUCCESSIVE: EntityType[] = [
  ...INSTITUTIONS,
  'PROGRAMME',
  'PLATFORM',
  'SERVICE',
  'LAW',
  'PERSON',
];
export const VERB: RelationRule['pos'] = ['VERB', 'AUX', 'ADJ'];
