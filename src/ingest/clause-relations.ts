/**
 * Relations read off the dependency parse with the rules of lang/de/relation-rules.ts: for each
 * predicate the rule names, its arguments are found by grammatical function — so word order
 * (verb-second, inversion), perfect tense, passives and participle attributes do not matter — and
 * mapped to the entities mentioned there. A plan („soll … betreiben“) or a negation states no fact.
 */
import {
  AGENT_PREPOSITIONS,
  CASE_OPEN_DETERMINERS,
  CASE_OPEN_PRONOUNS,
  NEGATIONS,
  PLAN_AUXILIARIES,
  type RelationRule,
  type Slot,
  TASK_NOUNS,
} from '../lang/de/relation-rules.ts';
import type { FoundRelation, SentenceMention } from './doc.ts';
import { typeFromHead } from './heads.ts';
import {
  caseOf,
  childrenOf,
  conjuncts,
  type ParsedSentence,
  type ParsedToken,
  subtreeSpan,
} from './parse.ts';
import { antecedentOf } from './relative-clause.ts';

const ATTRIBUTE = /^(?:amod|acl)/;

function isPassive(s: ParsedSentence, t: ParsedToken): boolean {
  return childrenOf(s, t, 'aux:pass', 'nsubj:pass').length > 0;
}

/** „die vom Land geförderte App“; a relative clause („…, der das Amt führte“) has a subject of its own. */
function isAttributive(s: ParsedSentence, t: ParsedToken): boolean {
  return ATTRIBUTE.test(t.dep) && t.head >= 0 && childrenOf(s, t, 'nsubj').length === 0;
}

/** The verb this predicate's clause hangs on, for auxiliaries and coordination. */
function clauseHead(s: ParsedSentence, t: ParsedToken): ParsedToken {
  let h = t;
  while ((h.dep === 'conj' || h.dep === 'xcomp') && h.head >= 0) h = s.tokens[h.head] as ParsedToken;
  return h;
}

function states(s: ParsedSentence, t: ParsedToken): boolean {
  const clause = [t, clauseHead(s, t)];
  for (const c of clause) {
    if (childrenOf(s, c, 'aux').some((a) => a.dep === 'aux' && PLAN_AUXILIARIES.test(a.key))) return false;
    if (childrenOf(s, c, 'advmod', 'det').some((a) => NEGATIONS.test(a.key))) return false;
  }
  return true;
}

function withPreposition(s: ParsedSentence, t: ParsedToken, preps: string[]): ParsedToken[] {
  // „arbeitet eng mit X zusammen“: the phrase may hang on an adverb of the verb.
  const adverbs = childrenOf(s, t, 'advmod').filter((a) => a.pos === 'ADJ' || a.pos === 'ADV');
  const args = [
    ...childrenOf(s, t, 'obl', 'nmod', 'iobj', 'obj'),
    ...adverbs.flatMap((a) => childrenOf(s, a, 'obl', 'nmod')),
  ];
  return args.filter((a) => {
    const p = caseOf(s, a);
    if (p === null) return preps.includes('gen') || preps.includes('dat');
    return preps.includes(p);
  });
}

function subjects(s: ParsedSentence, t: ParsedToken, agents?: readonly string[]): ParsedToken[] {
  if (isPassive(s, t) || isAttributive(s, t)) {
    const by = (p: string | null) => (agents ? agents.includes(p ?? '') : AGENT_PREPOSITIONS.test(p ?? ''));
    return childrenOf(s, t, 'obl', 'nmod').filter((a) => by(caseOf(s, a)));
  }
  return clauseSubjects(s, t).filter((a) => a.dep === 'nsubj');
}

function objects(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  if (isAttributive(s, t)) return [s.tokens[t.head] as ParsedToken];
  // „ist … angesiedelt“ (a state passive) and „wird … entwickelt“: the subject is what is acted on.
  if (isPassive(s, t) || (t.pos !== 'NOUN' && childrenOf(s, t, 'cop').length > 0))
    return childrenOf(s, t, 'nsubj');
  // Taggers sometimes label the object of a verb-second clause as a second subject: types decide.
  const subj = childrenOf(s, t, 'nsubj');
  return [...childrenOf(s, t, 'obj'), ...(subj.length > 1 ? subj : [])];
}

/** Subjects of a verb, also when it shares them with the verb it is coordinated with („… angesiedelt und arbeitet …“). */
function clauseSubjects(s: ParsedSentence, verb: ParsedToken): ParsedToken[] {
  for (
    let v: ParsedToken | undefined = verb;
    v;
    v = v.dep === 'conj' && v.head >= 0 ? s.tokens[v.head] : undefined
  ) {
    const found = childrenOf(s, v, 'nsubj');
    if (found.length > 0) return found;
  }
  return [];
}

/** A noun phrase whose form could be nominative or accusative: only types can tell its role. */
function caseOpen(s: ParsedSentence, t: ParsedToken): boolean {
  if (t.pos === 'PRON') return CASE_OPEN_PRONOUNS.test(t.key);
  const det = childrenOf(s, t, 'det')[0];
  return det === undefined || CASE_OPEN_DETERMINERS.test(det.key);
}

/** An active clause whose subject and object the forms do not tell apart („Die App hat die Zentrale entwickelt“). */
function rolesOpen(s: ParsedSentence, verb: ParsedToken): boolean {
  if (isPassive(s, verb) || isAttributive(s, verb)) return false;
  const args = [...childrenOf(s, verb, 'nsubj'), ...childrenOf(s, verb, 'obj')];
  return args.length >= 2 && args.every((a) => caseOpen(s, a));
}

/** „gemeinsam mit X“ where the tagger hangs the adverb on X's phrase. */
function modifiesPhrase(s: ParsedSentence, t: ParsedToken): boolean {
  if (!/^(?:amod|advmod)$/.test(t.dep) || t.head < 0) return false;
  return caseOf(s, s.tokens[t.head] as ParsedToken) !== null;
}

/** What a noun or adjective is said of: its copula subject, the noun it modifies, or its clause's subject. */
function anchors(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  const own = childrenOf(s, t, 'nsubj');
  if (own.length > 0) return own;
  if (t.head < 0) return [];
  let head = s.tokens[t.head] as ParsedToken;
  if (modifiesPhrase(s, t) && head.head >= 0) head = s.tokens[head.head] as ParsedToken;
  if (head.pos === 'NOUN' || head.pos === 'PROPN') {
    // „ist als Nachfolgerin von X im Amt“: an „als“ phrase is said of the clause's subject.
    const subjects = caseOf(s, t) === 'als' ? childrenOf(s, head, 'nsubj') : [];
    return subjects.length > 0 ? subjects : [head];
  }
  const subjects = clauseSubjects(s, head);
  if (subjects.length === 0) return objects(s, head);
  return rolesOpen(s, head) ? [...subjects, ...objects(s, head)] : subjects;
}

function slotTokens(s: ParsedSentence, t: ParsedToken, slot: Slot, rule: RelationRule): ParsedToken[] {
  if (slot === 'subject') return subjects(s, t, rule.agents);
  if (slot === 'object') return objects(s, t);
  if (slot === 'anchor') return anchors(s, t);
  if (slot === 'self') return [t];
  if (slot === 'between') return withPreposition(s, t, ['zwischen']);
  if (slot === 'task')
    return objects(s, t)
      .filter((o) => TASK_NOUNS.test(o.key))
      .flatMap((o) => childrenOf(s, o, 'nmod').filter((g) => caseOf(s, g) === null));
  const preps = slot.slice('prep:'.length).split('|');
  if (modifiesPhrase(s, t) && preps.includes(caseOf(s, s.tokens[t.head] as ParsedToken) ?? ''))
    return [s.tokens[t.head] as ParsedToken];
  const own = withPreposition(s, t, preps);
  // „gemeinsam mit X“: the phrase may hang on the verb instead of the adverb.
  if (own.length === 0 && (t.pos === 'ADV' || t.pos === 'ADJ') && t.head >= 0)
    return withPreposition(s, s.tokens[t.head] as ParsedToken, preps);
  return own;
}

function slotsTokens(
  s: ParsedSentence,
  t: ParsedToken,
  slots: Slot | readonly Slot[],
  rule: RelationRule,
): ParsedToken[] {
  return (typeof slots === 'string' ? [slots] : slots).flatMap((slot) =>
    slotTokens(s, t, slot as Slot, rule),
  );
}

/** Character span of a phrase without the prepositional phrases inside it („Filiale in Lauterbach“). */
function phraseSpan(s: ParsedSentence, t: ParsedToken): { start: number; end: number } {
  let { start, end } = t;
  for (const c of childrenOf(s, t)) {
    if (caseOf(s, c) !== null || c.dep === 'punct') continue;
    const inner = phraseSpan(s, c);
    start = Math.min(start, inner.start);
    end = Math.max(end, inner.end);
  }
  return { start, end };
}

/** The mention covering a token; a generic noun in apposition stands for the name it explains („die HTAI, der Gesellschaft des Landes“). */
function coveringMention(
  s: ParsedSentence,
  token: ParsedToken,
  ms: readonly SentenceMention[],
): SentenceMention | undefined {
  for (
    let t: ParsedToken | undefined = token;
    t;
    t = t.dep === 'appos' && t.head >= 0 ? s.tokens[t.head] : undefined
  ) {
    const m = ms.find((x) => x.start <= t.start && t.end <= x.end && !x.modifier);
    if (m) return m;
  }
  return undefined;
}

/** Entities a token stands for: the mention covering it, or a name in apposition to a generic noun. */
function entitiesOf(s: ParsedSentence, t: ParsedToken, ms: readonly SentenceMention[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const c of conjuncts(s, t)) {
    // A relative pronoun stands for the noun its clause modifies: „die HZD, die … betreibt“.
    const token = antecedentOf(s, c, ms);
    const covering = coveringMention(s, token, ms);
    if (covering) {
      out.push(covering);
      continue;
    }
    for (const child of childrenOf(s, token, 'appos', 'flat', 'nmod', 'compound')) {
      if (caseOf(s, child)) continue;
      // A genitive of a noun that names a body itself is another body („die Geschäftsstelle des Rats“).
      if (child.dep === 'nmod' && typeFromHead(token.word)) continue;
      // „die Plattform „Ratsinfo plus““: the name may start inside the child's phrase, after a quote mark.
      const span = phraseSpan(s, child);
      const named = ms.find(
        (m) =>
          !m.modifier &&
          ((m.start <= child.start && child.end <= m.end) || (span.start <= m.start && m.end <= span.end)),
      );
      if (named) out.push(named);
    }
  }
  return out;
}

/**
 * A separable verb is another verb than its stem („stellt … vor“ is not „stellt … bereit“): the
 * rule's particle must be there, and a verb with a particle the rule does not name is skipped.
 */
function particleFits(s: ParsedSentence, t: ParsedToken, particle: string | undefined): boolean {
  const particles = childrenOf(s, t, 'compound:prt').map((p) => p.key);
  if (!particle) return particles.length === 0;
  // The tagger sometimes hangs a clause-final particle on a word before it, or reads it as an
  // adjective („stellt … bereit“): a later particle, or the particle word closing the clause, will do.
  const words = s.tokens.filter((p) => p.pos !== 'PUNCT');
  const closing = words.at(-1);
  const later =
    s.tokens.some((p) => p.dep === 'compound:prt' && p.i > t.i && p.key === particle) ||
    (closing !== undefined && closing.i > t.i && closing.key === particle);
  return t.key.startsWith(particle) || particles.includes(particle) || later;
}

type Pair = [SentenceMention, SentenceMention];

/** The argument pairs whose types the rule allows. */
function typedPairs(from: SentenceMention[], to: SentenceMention[], rule: RelationRule): Pair[] {
  const out: Pair[] = [];
  for (const a of from.filter((m) => rule.fromTypes.includes(m.type)))
    for (const b of to.filter((m) => rule.toTypes.includes(m.type)))
      if (a.entityId !== b.entityId) out.push([a, b]);
  return out;
}

/** What the rule reads at this predicate: its arguments' entities, paired as the types allow. */
function rulePairs(
  s: ParsedSentence,
  t: ParsedToken,
  ms: readonly SentenceMention[],
  rule: RelationRule,
): Pair[] {
  // `self`: the predicate is the name itself, never a word that only stands near one.
  const at = (slots: Slot | readonly Slot[]) =>
    slots === 'self'
      ? [t, ...childrenOf(s, t, 'appos', 'flat')]
          .map((x) => coveringMention(s, x, ms))
          .filter((m) => m !== undefined)
          .slice(0, 1)
      : slotsTokens(s, t, slots, rule).flatMap((x) => entitiesOf(s, x, ms));
  let from = at(rule.from);
  let to = at(rule.to);
  // „zwischen A und B“: the first party with each of the others.
  if (rule.from === 'between') [from, to] = [from.slice(0, 1), from.slice(1)];
  const pairs = typedPairs(from, to, rule);
  // Where the forms leave nominative and accusative open, the types tell who acts on whom.
  const subjectObject = [rule.from, rule.to].sort().join() === 'object,subject';
  if (pairs.length > 0 || !subjectObject || !rolesOpen(s, t)) return pairs;
  return typedPairs(to, from, rule);
}

export function clauseRelations(
  s: ParsedSentence,
  sentence: number,
  ms: readonly SentenceMention[],
  rules: readonly RelationRule[],
): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of s.tokens) {
    for (const rule of rules) {
      if (!(rule.pos as readonly string[]).includes(t.pos) || !rule.predicate.test(t.key)) continue;
      if (t.pos !== 'NOUN' && !particleFits(s, t, rule.particle)) continue;
      if (rule.preposition && caseOf(s, t) !== rule.preposition) continue;
      if (!states(s, t)) continue;
      const clause = subtreeSpan(s, clauseHead(s, t));
      for (const [a, b] of rulePairs(s, t, ms, rule)) {
        out.push({
          from: a.entityId,
          type: rule.type,
          to: b.entityId,
          sentence,
          confidence: rule.confidence,
          method: `rule:${rule.id}`,
          ...(rule.role ? { role: rule.role } : {}),
          clause,
        });
      }
    }
  }
  return out;
}
