/**
 * The lexicon of predicates: frames over the dependency parse, by family. A frame names a predicate
 * by its lemmas — a verb (any tense or voice), a predicative adjective or participle, a relational
 * noun, a light verb's noun („den Vorsitz führen“), a relational phrase („im Auftrag des …“) — and
 * where its two arguments stand:
 *  - `subject`: who acts; in the passive the „von“/„durch“ agent; for an attributive participle
 *    („die vom Land geförderte App“) the „von“ phrase,
 *  - `object`: what is acted on; in the passive the grammatical subject; for an attributive
 *    participle the noun it describes,
 *  - `anchor`: for a noun or adjective, the entity it is said of (copula subject, apposition head,
 *    the object beside it, or the subject of the clause it stands in),
 *  - `prep:…`: a prepositional phrase („mit …“, „in …“) or, for `prep:gen`, a genitive attribute,
 *  - `task`: the genitive of an object that names a task or office („die Aufgaben des Stabs“).
 * Every frame carries an example sentence written for it (not taken from any evaluation document);
 * a parametrised test runs each one through the whole pipeline.
 */
import { ACTIVITIES_FRAMES } from './activities.ts';
import { BASIS_FRAMES } from './basis.ts';
import { COMMISSIONING_FRAMES } from './commissioning.ts';
import { COOPERATION_FRAMES } from './cooperation.ts';
import { COOPERATION_NOUN_FRAMES } from './cooperation-nouns.ts';
import { DEVELOPMENT_FRAMES } from './development.ts';
import { EMPLOYMENT_FRAMES } from './employment.ts';
import { ESTABLISHING_FRAMES } from './establishing.ts';
import { FUNDING_FRAMES } from './funding.ts';
import { GENITIVE_FRAMES } from './genitives.ts';
import { LEADING_FRAMES } from './leading.ts';
import { LIGHT_VERB_FRAMES } from './light-verbs.ts';
import { MEMBERSHIP_FRAMES } from './membership.ts';
import { MERGER_FRAMES } from './mergers.ts';
import { OFFICES_FRAMES } from './offices.ts';
import { PARTS_FRAMES } from './parts.ts';
import { PILOTING_FRAMES } from './piloting.ts';
import { PLACES_FRAMES } from './places.ts';
import { RESPONSIBILITY_FRAMES } from './responsibility.ts';
import { ROLE_NOUN_FRAMES } from './role-nouns.ts';
import { STRUCTURE_FRAMES } from './structure.ts';
import { SUCCESSION_FRAMES } from './succession.ts';
import type { Frame } from './types.ts';

export type { Frame, Slot } from './types.ts';
export { INSTITUTIONS, pairAdmissible, THINGS } from './types.ts';

/** Every frame, by family. */
export const FRAMES: readonly Frame[] = [
  ...ACTIVITIES_FRAMES,
  ...DEVELOPMENT_FRAMES,
  ...FUNDING_FRAMES,
  ...BASIS_FRAMES,
  ...RESPONSIBILITY_FRAMES,
  ...LEADING_FRAMES,
  ...COMMISSIONING_FRAMES,
  ...MEMBERSHIP_FRAMES,
  ...STRUCTURE_FRAMES,
  ...ESTABLISHING_FRAMES,
  ...PARTS_FRAMES,
  ...PLACES_FRAMES,
  ...SUCCESSION_FRAMES,
  ...MERGER_FRAMES,
  ...COOPERATION_FRAMES,
  ...COOPERATION_NOUN_FRAMES,
  ...EMPLOYMENT_FRAMES,
  ...PILOTING_FRAMES,
  ...LIGHT_VERB_FRAMES,
  ...GENITIVE_FRAMES,
  ...OFFICES_FRAMES,
  ...ROLE_NOUN_FRAMES,
];
