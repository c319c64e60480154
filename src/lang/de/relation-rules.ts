/**
 * Relation rules over the dependency parse. A rule names a predicate — a verb (any tense or voice),
 * a predicative adjective or participle, or a relational noun — and where its two arguments stand:
 *  - `subject`: who acts; in the passive the „von“/„durch“ agent; for an attributive participle
 *    („die vom Land geförderte App“) the „von“ phrase,
 *  - `object`: what is acted on; in the passive the grammatical subject; for an attributive
 *    participle the noun it describes,
 *  - `anchor`: for a noun or adjective, the entity it is said of (copula subject, apposition head,
 *    or the subject of the clause it stands in),
 *  - `prep:…`: a prepositional phrase („mit …“, „in …“) or, for `prep:gen`, a genitive attribute,
 *  - `task`: the genitive of an object that names a task or office („die Aufgaben des Stabs“).
 * Every rule carries an example sentence written for this purpose (not taken from any evaluation
 * document); a parametrised test runs each one through the whole pipeline.
 */

import { ACTIVITIES_RULES } from './rules/activities.ts';
import { COOPERATION_RULES } from './rules/cooperation.ts';
import { OFFICES_RULES } from './rules/offices.ts';
import { PLACES_RULES } from './rules/places.ts';
import { RESPONSIBILITY_RULES } from './rules/responsibility.ts';
import { STRUCTURE_RULES } from './rules/structure.ts';
import { SUCCESSION_RULES } from './rules/succession.ts';
import type { RelationRule } from './rules/types.ts';

export type { RelationRule, Slot } from './rules/types.ts';

/** Every rule, by family (files in ./rules). */
export const RELATION_RULES: readonly RelationRule[] = [
  ...ACTIVITIES_RULES,
  ...RESPONSIBILITY_RULES,
  ...STRUCTURE_RULES,
  ...PLACES_RULES,
  ...SUCCESSION_RULES,
  ...COOPERATION_RULES,
  ...OFFICES_RULES,
];

/** Nouns of a task or office that stand for whose it is: „die Aufgaben des Aufbaustabs“ (slot `task`). */
export const TASK_NOUNS =
  /^(?:aufgabe|aufgaben|arbeit|amt|funktion|zustaendigkeit|zustaendigkeiten|geschaefte)$/;

/** Modal and future auxiliaries: the clause states a plan, not a fact („soll … betreiben“). */
export const PLAN_AUXILIARIES =
  /^(?:soll|sollen|sollte|sollten|will|wollen|moechte|moechten|plant|planen|beabsichtigt|wird|werden)$/;

/**
 * Verbs whose „zu“ infinitive is intended, asked for or promised, not done („plant, … zu betreiben“,
 * „bat die HZD, … zu entwickeln“): the infinitive states no fact.
 */
export const NON_FACTIVE_CONTROL =
  /^(?:plan|geplant|beabsichtig|vorhab|vorgehab|versuch|hoff|erwaeg|erwog|pruef|bitt|bat|gebeten|forder|gefordert|aufforder|ersuch|empfiehl|empfahl|empfohl|empfehl|schlaegt|schlug|vorschlag|vorgeschlag|anstreb|strebt|angestrebt|will|woll|moecht|soll|zusag|sagt|zugesagt|verpflicht|vereinbar|kuendig|angekuendigt|ziel|erlaub|gestattet|ermoeglich|hilf|half|geholfen|wuensch|gewuenscht|denk|gedacht|ueberleg|vorseh|vorgeseh|sieht)/;

/** Negation: „betreibt nicht“, „keine“. */
export const NEGATIONS = /^(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem)$/;

/** Auxiliaries of the active perfect: „hat … entwickelt“ is no passive, whatever the tagger labels. */
export const PERFECT_AUXILIARIES = /^(?:hat|haben|habe|hatte|hatten|haette|haetten)$/;

/**
 * Determiners of a noun phrase without preposition whose case the form leaves open between
 * subject and another argument: feminine, neuter and plural read the same as nominative and
 * accusative („Die App hat die Datenzentrale entwickelt“), „der“ as nominative or dative. Only the
 * types then tell who acted. A name without a determiner is just as open; „den“/„dem“ are not.
 */
export const CASE_OPEN_DETERMINERS = /^(?:die|das|der|eine|ein|diese|dieses|dieser|jene|jenes|jener)$/;

/** Pronouns whose case the form leaves open (relative „die“/„das“/„der“, „sie“, „es“). */
export const CASE_OPEN_PRONOUNS = /^(?:die|das|der|sie|es)$/;

/** Prepositions of the passive agent. */
export const AGENT_PREPOSITIONS = /^(?:von|vom|durch)$/;
