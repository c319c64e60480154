/**
 * Relations read off the dependency parse with the rules of lang/de/relation-rules.ts: for each
 * predicate the rule names, its arguments are found by grammatical function (clause-arguments.ts)
 * and mapped to the entities mentioned there (argument-entities.ts). A plan („soll … betreiben“)
 * or a negation states no fact.
 */
import type { RelationRule, Slot } from '../lang/de/relation-rules.ts';
import { officeOf } from '../lang/de/roles.ts';
import { coveringMention, entitiesOf } from './argument-entities.ts';
import { clauseHead, rolesOpen, slotsTokens, states } from './clause-arguments.ts';
import type { FoundRelation, SentenceMention } from './doc.ts';
import { caseOf, childrenOf, dominates, type ParsedSentence, type ParsedToken } from './parse.ts';

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

/** Dependents that open a clause of their own: its dates are not this clause's. */
const NESTED_CLAUSE = /^(?:acl|advcl|ccomp|csubj|parataxis|conj)/;

/**
 * The words of the clause stating a predicate: its clause head's subtree without the clauses
 * nested in it („…, die seit 2019 …“), cut to the run of words around the predicate.
 */
function clauseSpan(s: ParsedSentence, t: ParsedToken): { start: number; end: number } {
  // A noun or adjective predicate („trägt die Verantwortung für …“) is stated by its verb's clause.
  let verbal = t;
  while (!/^(?:VERB|AUX)$/.test(verbal.pos) && childrenOf(s, verbal, 'cop').length === 0 && verbal.head >= 0)
    verbal = s.tokens[verbal.head] as ParsedToken;
  // „beschlossen, die FITKO zum 1. Januar 2020 … zu gründen“: an infinitive with „zu“ is a clause of its own.
  const head = childrenOf(s, verbal, 'mark').length > 0 ? verbal : clauseHead(s, verbal);
  const inside = new Set<number>();
  const nested = new Set<number>();
  const walk = (x: ParsedToken, out: boolean) => {
    (out ? nested : inside).add(x.i);
    for (const c of x.children) {
      const child = s.tokens[c] as ParsedToken;
      const opens =
        NESTED_CLAUSE.test(child.dep) && /^(?:VERB|AUX|ADJ)$/.test(child.pos) && !dominates(s, child, t);
      walk(child, out || opens);
    }
  };
  walk(head, false);
  let first = verbal.i;
  let last = verbal.i;
  while (first > 0 && !nested.has(first - 1) && inside.has(first - 1)) first--;
  while (last + 1 < s.tokens.length && !nested.has(last + 1) && inside.has(last + 1)) last++;
  return { start: (s.tokens[first] as ParsedToken).start, end: (s.tokens[last] as ParsedToken).end };
}

/** „als Landrätin geführt“, „zur Präsidentin ernannt“: the office as the text names it. */
function roleAs(s: ParsedSentence, verb: ParsedToken): string | undefined {
  return childrenOf(s, verb, 'obl', 'nmod', 'advcl', 'xcomp').find(
    (c) => /^(?:als|zu|zum|zur)$/.test(caseOf(s, c) ?? '') && officeOf(c.key) !== null,
  )?.word;
}

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
      const clause = clauseSpan(s, t);
      const role = rule.type === 'HOLDS_OFFICE' ? (roleAs(s, t) ?? rule.role) : rule.role;
      for (const [a, b] of rulePairs(s, t, ms, rule)) {
        out.push({
          from: a.entityId,
          type: rule.type,
          to: b.entityId,
          sentence,
          confidence: rule.confidence,
          method: `rule:${rule.id}`,
          ...(role ? { role } : {}),
          clause,
        });
      }
    }
  }
  return out;
}
