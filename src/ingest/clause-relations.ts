/**
 * Relations read off the dependency parse with the frames of lang/de/frames: for each predicate a
 * frame names, its arguments are found by grammatical function (clause-arguments.ts)
 * and mapped to the entities mentioned there (argument-entities.ts). A plan („soll … betreiben“)
 * or a negation states no fact.
 */
import { type Frame, pairAdmissible, type Slot } from '../lang/de/frames/index.ts';
import { MONEY_WORDS } from '../lang/de/relation-rules.ts';
import { officeOf } from '../lang/de/roles.ts';
import { coveringMention, entitiesOf } from './argument-entities.ts';
import { clauseHead, rolesOpen, slotsTokens, states } from './clause-arguments.ts';
import type { FoundRelation, SentenceMention } from './doc.ts';
import type { FrameIndex } from './frame-index.ts';
import { caseOf, childrenOf, dominates, type ParsedSentence, type ParsedToken } from './parse.ts';

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

/** A role noun names the office it predicates („Direktorin der Akademie“ → Direktorin). */
function roleNoun(t: ParsedToken): string | undefined {
  return t.pos === 'NOUN' || t.pos === 'PROPN' ? t.lemma : undefined;
}

/** The argument pairs whose types the frame allows. */
function typedPairs(from: SentenceMention[], to: SentenceMention[], frame: Frame): Pair[] {
  const out: Pair[] = [];
  for (const a of from.filter((m) => frame.fromTypes.includes(m.type)))
    for (const b of to.filter((m) => frame.toTypes.includes(m.type)))
      if (a.entityId !== b.entityId && pairAdmissible(frame.type, a.type, b.type)) out.push([a, b]);
  return out;
}

/**
 * „X (XY) im nordhessischen Y“, „X, die kleinste Stadt im Y“: between the two only the preposition
 * with its article and adjectives, a closing quote, a bracket, or an apposition's comma and noun.
 */
function onlyPrepositionBetween(s: ParsedSentence, a: SentenceMention, b: SentenceMention): boolean {
  let bracket = false;
  for (const x of s.tokens.filter((x) => x.start >= a.end && x.end <= b.start)) {
    if (x.word === '(' || x.word === ')') bracket = x.word === '(';
    else if (bracket || /^(?:ADP|DET|ADJ)$/.test(x.pos) || /^[,„“”"‚‘’»«]$/.test(x.word)) continue;
    else if (x.pos !== 'NOUN' || x.dep !== 'appos') return false;
  }
  return true;
}

/** What the frame reads at this predicate: its arguments' entities, paired as the types allow. */
function rulePairs(s: ParsedSentence, t: ParsedToken, ms: readonly SentenceMention[], frame: Frame): Pair[] {
  // `self`: the predicate is the name itself, never a word that only stands near one; a quoted
  // name after its type noun hangs on the opening quote mark („die Plattform „Kassel meldet““).
  const at = (slots: Slot | readonly Slot[]) =>
    slots === 'self'
      ? [t, ...childrenOf(s, t, 'appos', 'flat').flatMap((c) => [c, ...childrenOf(s, c, 'flat')])]
          .map((x) => coveringMention(s, x, ms))
          .filter((m) => m !== undefined)
          .slice(0, 1)
      : slotsTokens(s, t, slots, frame).flatMap((x) => entitiesOf(s, x, ms));
  let from = at(frame.from);
  let to = at(frame.to);
  // „das Amtsgericht in Limburg“: a name's own place phrase follows it, nothing else between
  // („Hauptsitz in Gießen und Geschäftsstellen in Darmstadt“ puts no town in another).
  const self = frame.from === 'self' ? from[0] : undefined;
  if (self) to = to.filter((m) => onlyPrepositionBetween(s, self, m));
  // „zwischen A und B“, „A und B kooperieren“: the first party with each of the others.
  if (frame.from === 'between') [from, to] = [from.slice(0, 1), from.slice(1)];
  if (frame.to === 'co-subjects') [from, to] = [to.slice(0, 1), to.slice(1)];
  const pairs = typedPairs(from, to, frame);
  // Where the forms leave nominative and accusative open, the types tell who acts on whom.
  const subjectObject = [frame.from, frame.to].sort().join() === 'object,subject';
  if (pairs.length > 0 || !subjectObject || !rolesOpen(s, t)) return pairs;
  return typedPairs(to, from, frame);
}

/** Whether a clause names money („mit 2 Millionen Euro“, „finanziell“). */
function namesMoney(s: ParsedSentence, clause: { start: number; end: number }): boolean {
  return s.tokens.some(
    (x) =>
      x.start >= clause.start &&
      x.end <= clause.end &&
      (MONEY_WORDS.test(x.lemmaKey) || MONEY_WORDS.test(x.key)),
  );
}

export function clauseRelations(
  s: ParsedSentence,
  sentence: number,
  ms: readonly SentenceMention[],
  frames: FrameIndex,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of s.tokens) {
    for (const frame of frames.at(s, t)) {
      if (frame.preposition && caseOf(s, t) !== frame.preposition) continue;
      const object = frame.object;
      if (object && !slotsTokens(s, t, 'object', frame).some((o) => object.test(o.lemmaKey))) continue;
      const clause = clauseSpan(s, t);
      if (frame.money !== undefined && namesMoney(s, clause) !== frame.money) continue;
      if (!states(s, t)) continue;
      const role = frame.type === 'HOLDS_OFFICE' ? (roleAs(s, t) ?? frame.role ?? roleNoun(t)) : frame.role;
      for (const [a, b] of rulePairs(s, t, ms, frame)) {
        out.push({
          from: a.entityId,
          type: frame.type,
          to: b.entityId,
          sentence,
          confidence: frame.confidence,
          method: `frame:${frame.id}`,
          ...(role ? { role } : {}),
          clause,
        });
      }
    }
  }
  return out;
}
