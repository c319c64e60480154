/**
 * The arguments of a predicate in the dependency parse, by grammatical function: subject (the
 * agent of a passive or of a participle attribute), object, the anchor a noun or adjective is said
 * of, prepositional phrases, the genitive of a task noun. Word order, tense and voice do not matter.
 */

import type { Frame, Slot } from '../lang/de/frames/index.ts';
import {
  AGENT_PREPOSITIONS,
  CASE_OPEN_PRONOUNS,
  COMITATIVE,
  NEGATIONS,
  NON_FACTIVE_CONTROL,
  PLAN_AUXILIARIES,
  TASK_NOUNS,
} from '../lang/de/relation-rules.ts';
import type { GrammaticalCase } from '../nlp/annotation.ts';
import { typeFromHead } from './heads.ts';
import {
  argumentsOf,
  caseOf,
  childrenOf,
  determinerLeavesCaseOpen,
  dominates,
  type ParsedSentence,
  type ParsedToken,
} from './parse.ts';

const ATTRIBUTE = /^(?:amod|acl)/;

function isPassive(s: ParsedSentence, t: ParsedToken): boolean {
  return argumentsOf(s, t, ['aux:pass', 'nsubj:pass']).length > 0;
}

/** „die vom Land geförderte App“; a relative clause („…, der das Amt führte“) has a subject of its own. */
function isAttributive(s: ParsedSentence, t: ParsedToken): boolean {
  return ATTRIBUTE.test(t.dep) && t.head >= 0 && argumentsOf(s, t, ['nsubj']).length === 0;
}

/** The verb this predicate's clause hangs on, for auxiliaries and coordination. */
export function clauseHead(s: ParsedSentence, t: ParsedToken): ParsedToken {
  let h = t;
  while ((h.dep === 'conj' || h.dep === 'xcomp') && h.head >= 0) h = s.tokens[h.head] as ParsedToken;
  return h;
}

/** A „zu“ infinitive under a verb of intention or request states nothing („plant, … zu betreiben“). */
function intended(s: ParsedSentence, t: ParsedToken): boolean {
  for (let v: ParsedToken | undefined = t; v && v.head >= 0; v = s.tokens[v.head]) {
    if (!childrenOf(s, v, 'mark').some((m) => m.key === 'zu')) return false;
    let head = s.tokens[v.head] as ParsedToken;
    // „bat die HZD, … zu entwickeln“ with the infinitive hung on the object: the verb above it asks.
    if (/^(?:obj|iobj)$/.test(head.dep) && head.head >= 0) head = s.tokens[head.head] as ParsedToken;
    if (NON_FACTIVE_CONTROL.test(head.key)) return true;
  }
  return false;
}

export function states(s: ParsedSentence, t: ParsedToken): boolean {
  if (intended(s, t) || intended(s, clauseHead(s, t))) return false;
  const clause = [t, clauseHead(s, t)];
  for (const c of clause) {
    if (childrenOf(s, c, 'aux').some((a) => a.dep === 'aux' && PLAN_AUXILIARIES.test(a.key))) return false;
    if (childrenOf(s, c, 'advmod', 'det').some((a) => NEGATIONS.test(a.key))) return false;
  }
  return true;
}

/**
 * Whether the forms of a noun phrase allow the case: its determiner's, and a common noun's (a
 * name's word is often uninflected, „der Genossenschaft Kommunale IT“). Unknown forms do.
 */
function caseAllows(s: ParsedSentence, t: ParsedToken, wanted: GrammaticalCase): boolean {
  // A noun that a name goes on from („der Datenwerk Hessen eG“) is part of that name.
  const named = childrenOf(s, t, 'appos', 'flat').some((c) => c.pos === 'PROPN');
  const forms = [...(t.pos === 'NOUN' && !named ? [t] : []), ...childrenOf(s, t, 'det')];
  return forms.every((x) => x.feats.case === undefined || x.feats.case.includes(wanted));
}

function withPreposition(s: ParsedSentence, t: ParsedToken, preps: string[]): ParsedToken[] {
  // „arbeitet eng mit X zusammen“: the phrase may hang on an adverb of the verb.
  const adverbs = childrenOf(s, t, 'advmod').filter((a) => a.pos === 'ADJ' || a.pos === 'ADV');
  const args = [
    ...childrenOf(s, t, 'obl', 'nmod', 'iobj', 'obj'),
    ...adverbs.flatMap((a) => childrenOf(s, a, 'obl', 'nmod')),
  ];
  const own = args.filter((a) => {
    const p = caseOf(s, a);
    if (p !== null) return preps.includes(p);
    // A phrase without preposition is a genitive or a dative, as its forms allow („dem Ministerium“
    // is no genitive, whatever the tagger hung it on).
    return (
      (preps.includes('gen') && caseAllows(s, a, 'Gen')) || (preps.includes('dat') && caseAllows(s, a, 'Dat'))
    );
  });
  if (own.length > 0 || t.pos !== 'VERB') return own;
  // „den die Landesregierung mit der Telekom geschlossen hat“: the tagger may hang the verb's
  // phrase on its subject or object; a phrase with a preposition the frame asks for is the verb's.
  return childrenOf(s, t, 'nsubj', 'obj')
    .flatMap((a) => childrenOf(s, a, 'nmod'))
    .filter((a) => preps.includes(caseOf(s, a) ?? ''));
}

/** Whether a predicate's agent stands in a phrase: a passive or a participle attribute. */
function takesAgent(s: ParsedSentence, t: ParsedToken): boolean {
  return isPassive(s, t) || isAttributive(s, t);
}

/** The agents of a passive or a participle attribute: „von X“, „durch X“, or the frame's prepositions. */
function agentsOf(s: ParsedSentence, t: ParsedToken, agents?: readonly string[]): ParsedToken[] {
  const by = (p: string | null) => (agents ? agents.includes(p ?? '') : AGENT_PREPOSITIONS.test(p ?? ''));
  return childrenOf(s, t, 'obl', 'nmod').filter((a) => by(caseOf(s, a)));
}

function subjects(s: ParsedSentence, t: ParsedToken, agents?: readonly string[]): ParsedToken[] {
  const named = takesAgent(s, t) ? agentsOf(s, t, agents) : argumentsOf(s, t, ['nsubj'], true);
  return named.length > 0 ? [...named, ...comitatives(s, t)] : named;
}

/**
 * „Gemeinsam mit der ekom21 hat das Hessen3C … entwickelt“, „die HZD hat zusammen mit X …“: who
 * acts together with the subject acts as well.
 */
function comitatives(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  return childrenOf(s, t, 'obl').filter((c) => {
    if (caseOf(s, c) !== 'mit') return false;
    const prep = childrenOf(s, c, 'case')[0];
    const before = prep && s.tokens[prep.i - 1];
    return (
      childrenOf(s, c).some((m) => COMITATIVE.test(m.key)) ||
      (before !== undefined && COMITATIVE.test(before.key))
    );
  });
}

function objects(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  if (isAttributive(s, t)) return [s.tokens[t.head] as ParsedToken];
  // „ist … angesiedelt“ (a state passive) and „wird … entwickelt“: the subject is what is acted on.
  if (isPassive(s, t) || (t.pos !== 'NOUN' && childrenOf(s, t, 'cop').length > 0))
    return argumentsOf(s, t, ['nsubj']);
  // Taggers sometimes label the object of a verb-second clause as a second subject: types decide.
  const subj = childrenOf(s, t, 'nsubj');
  return [...argumentsOf(s, t, ['obj']), ...bareArguments(s, t), ...(subj.length > 1 ? subj : [])];
}

/** A noun phrase without preposition the tagger calls oblique („hat der Hub … aufgebaut“): a core argument. */
function bareArguments(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  return childrenOf(s, t, 'obl:arg').filter(
    (c) => /^(?:NOUN|PROPN|PRON)$/.test(c.pos) && caseOf(s, c) === null,
  );
}

/** A noun phrase whose form could be nominative or accusative: only types can tell its role. */
function caseOpen(s: ParsedSentence, t: ParsedToken): boolean {
  return t.pos === 'PRON' ? CASE_OPEN_PRONOUNS.test(t.key) : determinerLeavesCaseOpen(s, t);
}

/** An active clause whose subject and object the forms do not tell apart („Die App hat die Zentrale entwickelt“). */
export function rolesOpen(s: ParsedSentence, verb: ParsedToken): boolean {
  if (isPassive(s, verb) || isAttributive(s, verb)) return false;
  const args = [...argumentsOf(s, verb, ['nsubj', 'obj']), ...bareArguments(s, verb)];
  return args.length >= 2 && args.every((a) => caseOpen(s, a));
}

/** „gemeinsam mit X“ where the tagger hangs the adverb on X's phrase. */
function modifiesPhrase(s: ParsedSentence, t: ParsedToken): boolean {
  if (!/^(?:amod|advmod)$/.test(t.dep) || t.head < 0) return false;
  return caseOf(s, s.tokens[t.head] as ParsedToken) !== null;
}

/**
 * „das Referat im Präsidium, einer Abteilung des Ministeriums“: an apposition follows its noun,
 * so when the tagger hangs it on an earlier noun past a prepositional phrase, the noun of that
 * phrase, right before the comma, is the one it explains.
 */
function nearestAppositionHead(s: ParsedSentence, t: ParsedToken, head: ParsedToken): ParsedToken {
  const words = childrenOf(s, t).filter((c) => c.dep !== 'punct');
  const first = s.tokens.find((x) => x.start >= Math.min(t.start, ...words.map((c) => c.start)));
  const comma = first && s.tokens[first.i - 1];
  const near = comma?.word === ',' ? s.tokens[comma.i - 1] : undefined;
  if (t.dep !== 'appos' || !near || near.i <= head.i) return head;
  let phrase: ParsedToken | undefined = near;
  while (phrase && phrase.dep === 'flat') phrase = s.tokens[phrase.head];
  return phrase && phrase.head === head.i && caseOf(s, phrase) !== null ? phrase : head;
}

/** The argument of `head` whose words end right before `t`'s preposition: „bei der X GmbH“ before „mit Sitz …“. */
function phraseRightBefore(s: ParsedSentence, head: ParsedToken, t: ParsedToken): ParsedToken | undefined {
  const opening = childrenOf(s, t, 'case')[0] ?? t;
  const last = s.tokens[opening.i - 1];
  if (!last) return undefined;
  return argumentsOf(s, head, ['nsubj', 'obj', 'obl', 'iobj']).find(
    // (An „als“ phrase right before is said of the object: „gründet die FITKO als Anstalt … mit Sitz in …“.)
    (a) =>
      a !== t &&
      /^(?:NOUN|PROPN)$/.test(a.pos) &&
      a.i < t.i &&
      dominates(s, a, last) &&
      caseOf(s, a) !== 'als',
  );
}

/** What a noun or adjective is said of: its copula subject, the noun it modifies, or its clause's subject. */
function anchors(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  const own = argumentsOf(s, t, ['nsubj']);
  if (own.length > 0) return own;
  // „seinen Nachfolger Tobias Brandt“: the name right after the noun is the one it describes.
  const named = childrenOf(s, t, 'appos').filter((c) => c.pos === 'PROPN' && c.i === t.i + 1);
  if (named.length > 0) return named;
  if (t.head < 0) return [];
  let head = s.tokens[t.head] as ParsedToken;
  if (modifiesPhrase(s, t) && head.head >= 0) head = s.tokens[head.head] as ParsedToken;
  if (head.pos === 'NOUN' || head.pos === 'PROPN') {
    // „der IT-Dienstleister der Landesverwaltung mit Sitz in …“, „ein Landesbetrieb im
    // Geschäftsbereich des … mit Sitz in …“: a phrase the tagger hangs on an attribute of no kind
    // describes the noun that attribute belongs to …
    const phrase = caseOf(s, t) !== null && !t.dep.startsWith('nsubj');
    while (phrase && head.dep === 'nmod' && head.pos === 'NOUN' && !typeFromHead(head.word)) {
      const owner = s.tokens[head.head];
      if (!owner || (owner.pos !== 'NOUN' && owner.pos !== 'PROPN')) break;
      head = owner;
    }
    // … and one on a predicate noun („Die HZD ist der IT-Dienstleister … mit Sitz in …“), its subject;
    // „ist als Nachfolgerin von X im Amt“: an „als“ phrase is said of the clause's subject.
    const predicate =
      caseOf(s, t) === 'als' || (phrase && head.pos === 'NOUN' && childrenOf(s, head, 'cop').length > 0);
    const subjects = predicate ? childrenOf(s, head, 'nsubj') : [];
    return subjects.length > 0 ? subjects : [nearestAppositionHead(s, t, head)];
  }
  // „wird von X gemeinsam mit Y herausgegeben“, „der vom X gemeinsam mit Y ausgerichtete …“: an
  // adverb of a passive or a participle attribute is said of its agent, who acts.
  const agents = /^(?:ADV|ADJ)$/.test(t.pos) && takesAgent(s, head) ? agentsOf(s, head) : [];
  if (agents.length > 0) return agents;
  // „ist bei der X GmbH mit Sitz in Wiesbaden angesiedelt“: a „mit“ phrase the tagger hangs on the verb
  // describes the noun phrase right before it.
  const before = caseOf(s, t) === 'mit' ? phraseRightBefore(s, head, t) : undefined;
  if (before) return [before];
  // „gründet die FITKO … mit Sitz in Frankfurt“: a phrase beside the verb's object describes the object.
  const described = caseOf(s, t) === 'als' ? [] : objects(s, head).filter((o) => o.i < t.i);
  if (described.length > 0) return described;
  const subjects = argumentsOf(s, head, ['nsubj']);
  if (subjects.length === 0) return objects(s, head);
  if (!rolesOpen(s, head)) return subjects;
  // „Gemeinsam mit X hat das Amt ein Zentrum aufgebaut“: where the forms leave the roles open, what
  // an indefinite article introduces is what was made, not who made it.
  const both = [...subjects, ...objects(s, head)];
  const definite = both.filter((a) => !childrenOf(s, a, 'det').some((d) => /^ein(?:e[mnrs]?)?$/.test(d.key)));
  return definite.length > 0 ? definite : both;
}

/** „übernimmt die Aufgaben des Stabs“, „hat die Aufgabe von X übernommen“: whose task it was. */
function taskHolders(s: ParsedSentence, verb: ParsedToken): ParsedToken[] {
  const tasks = objects(s, verb).filter((o) => TASK_NOUNS.test(o.key));
  if (tasks.length === 0) return [];
  const from = (t: ParsedToken) =>
    childrenOf(s, t, 'nmod', 'obl').filter((g) => /^(?:von|vom)$/.test(caseOf(s, g) ?? ''));
  return [
    ...tasks.flatMap((o) => childrenOf(s, o, 'nmod').filter((g) => caseOf(s, g) === null)),
    ...tasks.flatMap(from),
    ...from(verb),
  ];
}

/** The verb a light-verb noun is part of („stellt … zur Verfügung“, „rief … ins Leben“). */
function lightVerb(s: ParsedSentence, t: ParsedToken): ParsedToken | undefined {
  const head = s.tokens[t.head];
  return head && /^(?:VERB|AUX)$/.test(head.pos) && /^(?:obl|obj|nmod)/.test(t.dep) ? head : undefined;
}

function slotTokens(s: ParsedSentence, t: ParsedToken, slot: Slot, frame: Frame): ParsedToken[] {
  if (slot === 'subject') return subjects(s, t, frame.agents);
  if (slot === 'object') return objects(s, t);
  if (slot === 'anchor') return anchors(s, t);
  if (slot === 'self') return [t];
  if (slot === 'possessor') return childrenOf(s, t, 'det:poss');
  if (slot === 'co-subjects')
    return withPreposition(s, t, ['mit']).length > 0 ? [] : subjects(s, t, frame.agents);
  if (slot === 'between') return withPreposition(s, t, ['zwischen']);
  if (slot === 'task') return taskHolders(s, t);
  if (slot === 'apposed')
    return t.dep === 'appos' && t.head >= 0
      ? [nearestAppositionHead(s, t, s.tokens[t.head] as ParsedToken)]
      : [];
  if (slot === 'verb-subject' || slot === 'verb-object') {
    const verb = lightVerb(s, t);
    if (!verb) return [];
    // Where the forms leave subject and object open, the types decide (as for verbs).
    if (slot === 'verb-subject')
      return [...subjects(s, verb, frame.agents), ...(rolesOpen(s, verb) ? objects(s, verb) : [])];
    // The tagger may hang the verb's object on the noun („stellt … das Portal zur Verfügung“).
    const onNoun = childrenOf(s, t, 'nsubj', 'obj', 'obl:arg').filter((c) => caseOf(s, c) === null);
    return [...objects(s, verb).filter((o) => o !== t), ...onNoun];
  }
  const preps = slot.slice('prep:'.length).split('|');
  if (modifiesPhrase(s, t) && preps.includes(caseOf(s, s.tokens[t.head] as ParsedToken) ?? ''))
    return [s.tokens[t.head] as ParsedToken];
  const own = withPreposition(s, t, preps);
  // „gemeinsam mit X“: the phrase may hang on the verb instead of the adverb; „hat ihren Sitz in X“:
  // the tagger may hang it on the verb of the predicate noun.
  const onVerb =
    t.pos === 'ADV' ||
    t.pos === 'ADJ' ||
    (t.pos === 'NOUN' && (t.dep === 'obj' || (frame.preposition !== undefined && t.dep === 'obl')));
  if (own.length === 0 && onVerb && t.head >= 0)
    return withPreposition(s, s.tokens[t.head] as ParsedToken, preps);
  // „Hünfeld, die Stadt im Landkreis Fulda“: what the apposition says of a name, the name says.
  if (own.length === 0 && frame.from === 'self')
    return childrenOf(s, t, 'appos').flatMap((a) => withPreposition(s, a, preps));
  return own;
}

export function slotsTokens(
  s: ParsedSentence,
  t: ParsedToken,
  slots: Slot | readonly Slot[],
  frame: Frame,
): ParsedToken[] {
  return (typeof slots === 'string' ? [slots] : slots).flatMap((slot) =>
    slotTokens(s, t, slot as Slot, frame),
  );
}
