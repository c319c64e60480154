/** The shape of a frame, the entity types frames name together, the parts of speech of a verbal predicate. */
import type { EntityType, RelationType } from '../../../graph/model.ts';

/**
 * Where an argument stands (see index.ts); `verb-subject` and `verb-object` are the subject and
 * object of the verb a light-verb noun belongs to („stellt X zur Verfügung“); `apposed` is the noun
 * a noun stands in apposition to („das Landesamt, eine Abteilung des Ministeriums“).
 */
export type Slot =
  | 'subject'
  | 'object'
  | 'anchor'
  | 'self'
  | 'between'
  | 'task'
  | 'verb-subject'
  | 'verb-object'
  | 'apposed'
  /** The possessive determiner of a noun: „sein Vorgänger“, „ihre Nachfolgerin“. */
  | 'possessor'
  /** Coordinated subjects of a reciprocal verb without a „mit“ phrase: „A und B kooperieren“ (the first with each other). */
  | 'co-subjects'
  | `prep:${string}`;

export interface Frame {
  id: string;
  type: RelationType;
  /**
   * The predicates, each by its lemma as a dictionary writes it („betreiben“, „Vorsitz“; a separable
   * verb with its particle before a bar, „ab|lösen“, so „löst … ab“ and „abgelöst“ both fit; `*` for
   * a frame any name carries, „das Amtsgericht in Limburg“), each with a sentence written for it.
   */
  predicates: Readonly<Record<string, Example>>;
  /** A noun that also heads compounds: „Vorsitz“ fits „Aufsichtsratsvorsitz“. */
  compounds?: boolean;
  /** Part of speech of the predicate. */
  pos: readonly ('VERB' | 'AUX' | 'ADJ' | 'ADV' | 'NOUN' | 'PROPN')[];
  /** The preposition a predicate noun must stand with: „tritt an die Stelle“. */
  preposition?: string;
  from: Slot | readonly Slot[];
  to: Slot | readonly Slot[];
  /** The predicate's object must be one of these nouns (folded lemma): „übergab die Leitung an …“, not „den Bescheid“. */
  object?: RegExp;
  /** The clause must (true) or must not (false) name money: „unterstützt mit 2 Millionen Euro“ funds, „unterstützt“ alone cooperates. */
  money?: boolean;
  /** Prepositions of the passive agent, when not „von“/„durch“ („finanziert aus …“). */
  agents?: readonly string[];
  fromTypes: readonly EntityType[];
  toTypes: readonly EntityType[];
  /** Office title for HOLDS_OFFICE frames („leitet“ → Leiter); a role noun's frame takes the noun („Direktorin“). */
  role?: string;
  confidence: number;
}

/** A sentence written for one predicate of a frame, and the two entities it relates. */
export interface Example {
  sentence: string;
  from: string;
  to: string;
}

export const INSTITUTIONS: EntityType[] = ['MINISTRY', 'AGENCY', 'ORGANISATION', 'GOVERNMENT'];
export const ACTORS: EntityType[] = [...INSTITUTIONS, 'PERSON', 'PLACE'];
export const THINGS: EntityType[] = ['PROGRAMME', 'PLATFORM', 'SERVICE', 'LAW'];
export const BODIES: EntityType[] = [...INSTITUTIONS, 'PARTY'];
/** Who can work together: bodies and places (towns, Kreise, the Land). */
export const PARTNERS: EntityType[] = [...INSTITUTIONS, 'PLACE'];
/** What a body is and what it makes: institutions and their programmes, platforms, services, laws. */
export const BODIES_AND_THINGS: EntityType[] = [...INSTITUTIONS, ...THINGS];
export const SUCCESSIVE: EntityType[] = [...BODIES_AND_THINGS, 'PERSON'];
export const VERB: Frame['pos'] = ['VERB', 'AUX', 'ADJ'];

/**
 * What the types of the two ends allow beyond each frame's lists: only people are members of a
 * party („trat sie der CDU bei“ cannot make a ministry a party member, whatever „sie“ was read as).
 */
export function pairAdmissible(type: RelationType, from: EntityType, to: EntityType): boolean {
  return !(type === 'MEMBER_OF' && to === 'PARTY' && from !== 'PERSON');
}
