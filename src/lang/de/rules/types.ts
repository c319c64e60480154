/** The shape of a relation rule, the entity types rules name together, the parts of speech of a verbal predicate. */
import type { EntityType, RelationType } from '../../../graph/model.ts';

export type Slot = 'subject' | 'object' | 'anchor' | 'self' | 'between' | 'task' | `prep:${string}`;

export interface RelationRule {
  id: string;
  type: RelationType;
  /** Predicate: regex on the folded word ("betreibt" → "betreibt", "Förderung" → "foerderung"). */
  predicate: RegExp;
  /** Part of speech of the predicate. */
  pos: readonly ('VERB' | 'AUX' | 'ADJ' | 'ADV' | 'NOUN' | 'PROPN')[];
  /** A separable particle the verb needs: „löst … ab“, „arbeitet … zusammen“. */
  particle?: string;
  /** The preposition a predicate noun must stand with: „tritt an die Stelle“. */
  preposition?: string;
  from: Slot | readonly Slot[];
  to: Slot | readonly Slot[];
  /** Prepositions of the passive agent, when not „von“/„durch“ („finanziert aus …“). */
  agents?: readonly string[];
  fromTypes: readonly EntityType[];
  toTypes: readonly EntityType[];
  /** Office title for HOLDS_OFFICE rules („leitet“ → Leiter). */
  role?: string;
  confidence: number;
  example: { sentence: string; from: string; to: string };
}

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
