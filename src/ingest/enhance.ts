/**
 * Enhanced dependencies over the basic parse, after Schuster & Manning's enhanced++ rules (the design
 * of CoreNLP's UniversalEnhancer, which does not run on the German model's output): arguments a
 * clause shares with another are added as extra arcs, so a predicate's subject and object can be
 * read where German leaves them unsaid.
 *  - Coordinated verbs share the subject („wurde 2019 eröffnet und gehört zum Ministerium“): the
 *    subject keeps its grammatical role, so a passive conjunct's subject is the active one's subject.
 *  - Coordinated verbs share an object that follows both („entwickelt und betreibt die Plattform“).
 *  - An infinitive with „zu“ takes its controller as subject: the object of the verb it completes
 *    where there is one („beauftragte die HZD, … zu entwickeln“), else that verb's subject.
 * Relative pronouns and conjoined arguments are resolved where arguments become entities
 * (argument-entities.ts). Extra arcs never change the tree, so spans and subtrees stay as parsed.
 */
import { argumentsOf, childrenOf, type ParsedSentence, type ParsedToken } from './parse.ts';

const SUBJECTS = ['nsubj', 'expl', 'csubj'];

/** A verb, an adjective, or a noun with a copula („ist Mitglied im …“). */
function isPredicate(s: ParsedSentence, t: ParsedToken): boolean {
  return /^(?:VERB|AUX|ADJ)$/.test(t.pos) || childrenOf(s, t, 'cop').length > 0;
}

function isPassive(s: ParsedSentence, t: ParsedToken): boolean {
  return argumentsOf(s, t, ['aux:pass', 'nsubj:pass']).length > 0;
}

/**
 * A participle with no auxiliary of its own shares its conjunct's („wurde eröffnet und betrieben“).
 * It closes its conjunct; a finite verb in second place („und gehört zum …“) has words after it.
 */
function sharesPassive(s: ParsedSentence, verb: ParsedToken, head: ParsedToken): boolean {
  if (childrenOf(s, verb, 'aux', 'cop').length > 0 || !isPassive(s, head)) return false;
  if (childrenOf(s, verb).some((c) => c.i > verb.i && c.dep !== 'punct')) return false;
  return /^(?:\p{L}*ge\p{L}+(?:t|en)|\p{L}+iert)$/u.test(verb.word);
}

function add(t: ParsedToken, dep: string, child: ParsedToken): void {
  if (child.i !== t.i && !t.extra.some((a) => a.child === child.i)) t.extra.push({ dep, child: child.i });
}

/** „Das Zentrum wurde eröffnet und gehört zum Ministerium“: the second verb's subject is the first's. */
function shareSubject(s: ParsedSentence, verb: ParsedToken): void {
  if (verb.dep !== 'conj' || !isPredicate(s, verb) || verb.head < 0) return;
  const head = s.tokens[verb.head] as ParsedToken;
  if (!isPredicate(s, head) || argumentsOf(s, verb, SUBJECTS).length > 0) return;
  if (childrenOf(s, verb, 'mark').length > 0) return; // „und zu betreiben“: an infinitive has none
  const passive = isPassive(s, verb) || sharesPassive(s, verb, head);
  for (const subject of argumentsOf(s, head, SUBJECTS)) add(verb, passive ? 'nsubj:pass' : 'nsubj', subject);
}

/**
 * „Die HZD entwickelt und betreibt die Plattform“: an object after both verbs belongs to both,
 * whichever of the two the tagger hung it on.
 */
function shareObject(s: ParsedSentence, verb: ParsedToken): void {
  if (verb.dep !== 'conj' || verb.pos !== 'VERB' || verb.head < 0) return;
  const head = s.tokens[verb.head] as ParsedToken;
  if (head.pos !== 'VERB' || isPassive(s, head) || isPassive(s, verb)) return;
  const own = (v: ParsedToken) => argumentsOf(s, v, ['obj']);
  // Only where nothing of the first verb's own stands between the two verbs.
  const between = childrenOf(s, head).some(
    (c) => c.i > head.i && c.i < verb.i && !/^(?:cc|punct)$/.test(c.dep),
  );
  if (between) return;
  if (own(head).length === 0) for (const o of own(verb)) if (o.i > verb.i) add(head, 'obj', o);
  if (own(verb).length === 0) for (const o of own(head)) if (o.i > verb.i) add(verb, 'obj', o);
}

/**
 * „Das Land beauftragte die HZD, das Portal zu entwickeln“: the HZD develops. The controller is the
 * object of the verb the infinitive completes where there is one, else its subject; an infinitive
 * the tagger hung on that object noun is controlled by the noun.
 */
function controlSubject(s: ParsedSentence, verb: ParsedToken): void {
  if (!/^(?:xcomp|ccomp|advcl|acl)/.test(verb.dep) || verb.pos !== 'VERB' || verb.head < 0) return;
  if (!childrenOf(s, verb, 'mark').some((m) => m.key === 'zu')) return;
  if (argumentsOf(s, verb, SUBJECTS).length > 0) return;
  const head = s.tokens[verb.head] as ParsedToken;
  for (const c of controllersOf(s, head, verb)) add(verb, 'nsubj', c);
}

function controllersOf(s: ParsedSentence, head: ParsedToken, verb: ParsedToken): ParsedToken[] {
  if (/^(?:obj|iobj)$/.test(head.dep) && /^(?:NOUN|PROPN)$/.test(head.pos)) return [head];
  if (!isPredicate(s, head)) return [];
  const objects = argumentsOf(s, head, ['obj', 'iobj']).filter((o) => o.i < verb.i);
  return objects.length > 0 ? objects : argumentsOf(s, head, ['nsubj'], true);
}

/** Adds the extra arcs of every token; heads before dependents, so shared subjects chain along. */
export function enhance(s: ParsedSentence): void {
  for (const t of s.tokens) shareObject(s, t);
  const order = [...s.tokens].sort((a, b) => depth(s, a) - depth(s, b));
  for (const t of order) {
    shareSubject(s, t);
    controlSubject(s, t);
  }
}

function depth(s: ParsedSentence, t: ParsedToken): number {
  let d = 0;
  for (let h = t.head; h >= 0 && d <= s.tokens.length; h = (s.tokens[h] as ParsedToken).head) d++;
  return d;
}
