/**
 * Pronouns that stand for an entity as an argument: personal („sie betreibt“, „ihm folgte“, „von
 * ihr“) and demonstrative („Diese betreibt …“), with what their referent must be. Left alone: an
 * „es“ that stands for nothing („es gibt“, „es ist geplant, …“), a capitalised „Sie“ inside a
 * sentence or in a question (the reader addressed), a „sie“ whose verb is plural, relative pronouns
 * (relative-clause.ts) and possessives (possessives.ts).
 */

import { personNounGender } from '../../lang/de/person-nouns.ts';
import {
  DEMONSTRATIVE_PRONOUNS,
  EXPLETIVE_VERBS,
  PERSONAL_PRONOUNS,
  PLURAL_FINITE,
  type PronounReading,
  SINGULAR_FINITE,
} from '../../lang/de/references.ts';
import { officeOf } from '../../lang/de/roles.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';

export interface Pronoun {
  token: ParsedToken;
  reading: PronounReading;
  /** A demonstrative takes the entity named last; a personal pronoun the salient one. */
  demonstrative: boolean;
  /** „… war sie Landesvorsitzende“: the subject of a role noun stands for a person. */
  person: boolean;
}

/** A noun for a person: an office („Präsidentin“) or what one is („Professorin“, „Jurist“). */
function namesPerson(t: ParsedToken): boolean {
  return officeOf(t.key) !== null || personNounGender(t.key, '') !== undefined;
}

/**
 * Whether the pronoun stands for a person by what its clause says it is: the subject of a copula
 * whose predicate is a role noun („sie war Präsidentin“), or an argument of a verb with an „als“
 * phrase naming a person („lehrte sie als Professorin“, „hat ihn als Referenten eingestellt“).
 */
function subjectOfRole(s: ParsedSentence, pronoun: ParsedToken): boolean {
  const predicate = s.tokens[pronoun.head];
  if (!predicate) return false;
  if (
    pronoun.dep.startsWith('nsubj') &&
    predicate.pos === 'NOUN' &&
    childrenOf(s, predicate, 'cop').length > 0
  )
    return officeOf(predicate.key) !== null;
  if (!/^(?:nsubj|obj)/.test(pronoun.dep) || !/^(?:VERB|AUX)$/.test(predicate.pos)) return false;
  return childrenOf(s, predicate, 'obl', 'advcl', 'xcomp').some(
    (c) => caseOf(s, c) === 'als' && namesPerson(c),
  );
}

/** Dependencies under which a pronoun is an argument a relation may read. */
const ARGUMENT = /^(?:nsubj|obj|iobj|obl)/;

/** Clauses a predicate may have as its real subject or object, leaving an „es“ as placeholder. */
const CLAUSAL = /^(?:ccomp|csubj|xcomp|advcl)/;

/** The verb group of a predicate: itself and its auxiliaries. */
function verbGroup(s: ParsedSentence, predicate: ParsedToken): ParsedToken[] {
  return [predicate, ...childrenOf(s, predicate, 'aux', 'cop')].filter((t) => /^(?:VERB|AUX)$/.test(t.pos));
}

/**
 * The number of a clause's finite verb, read off its forms: „ist“, „wurde“, „betreibt“ are singular,
 * „sind“, „wurden“, „betreiben“ plural; null when the forms do not tell („werden“ is also an infinitive).
 */
export function verbNumber(s: ParsedSentence, predicate: ParsedToken): 'sg' | 'pl' | null {
  const group = verbGroup(s, predicate);
  if (group.some((t) => SINGULAR_FINITE.has(t.key))) return 'sg';
  if (group.some((t) => PLURAL_FINITE.has(t.key))) return 'pl';
  // A lone full verb: the 3rd person plural ends in -en/-n („betreiben“, „fördern“), the singular in -t („betreibt“, „leitete“).
  if (group.length !== 1 || predicate.pos !== 'VERB') return null;
  if (/(?:en|ern|eln)$/.test(predicate.key)) return 'pl';
  return /t(?:e)?$/.test(predicate.key) || !/n$/.test(predicate.key) ? 'sg' : null;
}

/** „Es gibt …“, „Es ist wichtig, dass …“, „Es wurde beschlossen, … zu …“: an „es“ standing for nothing. */
function expletive(s: ParsedSentence, pronoun: ParsedToken, predicate: ParsedToken): boolean {
  if (pronoun.dep === 'expl') return true;
  if (verbGroup(s, predicate).some((t) => EXPLETIVE_VERBS.test(t.key))) return true;
  if (childrenOf(s, predicate).some((c) => CLAUSAL.test(c.dep) || c.key === 'sich')) return true;
  // „Es ist wichtig“: a copula with an adjective says how things are, not what an entity is.
  return predicate.pos === 'ADJ';
}

/**
 * A demonstrative's reading by its function: „dieser“ is masculine as subject, feminine after a
 * preposition or as a dative („mit dieser“); „diesen“ after a preposition is a plural („mit diesen“).
 */
function demonstrativeReading(s: ParsedSentence, t: ParsedToken): PronounReading | undefined {
  const reading = DEMONSTRATIVE_PRONOUNS[t.key];
  const governed = childrenOf(s, t, 'case').length > 0 || /^(?:iobj|obl)/.test(t.dep);
  if (!reading || !governed) return reading;
  if (t.key === 'dieser') return { genders: ['f'], plural: false, dative: true };
  return t.key === 'diesen' ? undefined : reading;
}

/** Pronouns of a parsed sentence that may stand for an entity, in text order. */
export function pronounsOf(s: ParsedSentence, question: boolean): Pronoun[] {
  const out: Pronoun[] = [];
  for (const t of s.tokens) {
    // („Letzterer“ is tagged as the adjective it is made from.)
    const latter = t.pos === 'ADJ' && t.key.startsWith('letzter');
    if (!ARGUMENT.test(t.dep) || (!/^(?:PRON|DET)$/.test(t.pos) && !latter)) continue;
    const personal = PERSONAL_PRONOUNS[t.key];
    const demonstrative = demonstrativeReading(s, t);
    const reading = personal ?? demonstrative;
    const predicate = s.tokens[t.head];
    if (!reading || !predicate) continue;
    // „Sie“ capitalised inside a sentence, or in a question, addresses the reader.
    if (t.key === 'sie' && (question || (t.i > 0 && t.word === 'Sie'))) continue;
    if (t.key === 'es' && expletive(s, t, predicate)) continue;
    if (reading.plural) {
      // „sie“/„diese“ as subject: singular only with a singular verb; otherwise its number is open.
      if (!t.dep.startsWith('nsubj') || verbNumber(s, predicate) !== 'sg') continue;
    }
    out.push({ token: t, reading, demonstrative: !personal, person: subjectOfRole(s, t) });
  }
  return out;
}
