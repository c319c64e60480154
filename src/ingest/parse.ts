/**
 * A dependency view of one sentence: the NLP tokens that fall inside it, with heads and children
 * indexed, so rules can ask "the subject of this verb" or "the span this clause covers".
 * Arcs that leave the sentence (the tagger split it differently) are cut: such a token becomes a root.
 */
import { CASE_OPEN_DETERMINERS, PERFECT_AUXILIARIES } from '../lang/de/relation-rules.ts';
import type { Annotation, NlpToken } from '../nlp/annotation.ts';
import { foldCase } from './fold.ts';
import { typeFromHead } from './heads.ts';

export interface ParsedToken extends NlpToken {
  /** Index in this sentence's token list. */
  i: number;
  /** Folded lower-case form: "Ministerium" → "ministerium", "für" → "fuer". */
  key: string;
  /** The lemma folded like `key`: "Ministerien" → "ministerium", "Staatssekretärinnen" → "staatssekretaerin". */
  lemmaKey: string;
  /** Every lemma the word may have, folded, `lemmaKey` first („geleitet“: geleiten, leiten). */
  lemmaKeys: string[];
  children: number[];
  /** Arguments the enhancer adds (enhance.ts): shared subjects and objects, controllers. */
  extra: ExtraArc[];
}

/** An argument added to a predicate by enhancement, beside the tree. */
export interface ExtraArc {
  dep: string;
  child: number;
}

export interface ParsedSentence {
  tokens: ParsedToken[];
}

/** Tokens of every sentence, from whichever NLP sentences overlap it. */
export function parseSentences(
  annotation: Annotation,
  sentences: readonly { start: number; end: number }[],
): ParsedSentence[] {
  const all = annotation.sentences.flatMap((s) =>
    s.tokens.map((t) => ({ token: t, self: t, head: t.head < 0 ? undefined : s.tokens[t.head] })),
  );
  let cursor = 0;
  return sentences.map((s) => {
    while (cursor < all.length && (all[cursor]?.token.start ?? 0) < s.start) cursor++;
    const inside: typeof all = [];
    for (let k = cursor; k < all.length && (all[k]?.token.start ?? 0) < s.end; k++)
      inside.push(all[k] as (typeof all)[number]);
    const index = new Map(inside.map((x, i) => [x.self, i]));
    // Fields named one by one: spreading the parsed JSON objects is many times slower.
    const tokens: ParsedToken[] = inside.map(({ token: t, head }, i) => ({
      word: t.word,
      start: t.start,
      end: t.end,
      pos: t.pos,
      ner: t.ner,
      head: head === undefined ? -1 : (index.get(head) ?? -1),
      dep: t.dep,
      lemma: t.lemma,
      feats: t.feats,
      i,
      key: foldCase(t.word),
      lemmaKey: foldCase(t.lemma),
      lemmaKeys: (t.lemmas ?? [t.lemma]).map(foldCase),
      children: [],
      extra: [],
    }));
    for (const t of tokens) if (t.head >= 0) tokens[t.head]?.children.push(t.i);
    const sentence = { tokens };
    for (const t of tokens) lowerPerfectRoot(sentence, t);
    for (const t of tokens) liftFromAuxiliary(sentence, t);
    for (const t of tokens) repairPerfect(sentence, t);
    for (const t of tokens) if (t.dep === 'nsubj' && YEAR.test(t.word)) t.dep = 'obl:tmod';
    for (const t of tokens) demoteDativeSubject(sentence, t);
    for (const t of tokens) repairSubjectless(sentence, t);
    for (const t of tokens) liftDativeAttribute(sentence, t);
    for (const t of tokens) liftObjectFromPhrase(sentence, t);
    for (const t of tokens) promotePartitive(sentence, t);
    for (const t of tokens) repairNamedSubject(sentence, t);
    for (const t of tokens) lowerPlaceInPlace(sentence, t);
    for (const t of tokens) attachTrailingApposition(sentence, t);
    return sentence;
  });
}

/** „2018 ging …“: a year is when, never who. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A finite clause has a subject: when the tagger found none but one bare noun phrase whose form
 * could be nominative — an object („2018 ging aus dem A das heutige B hervor“) or an argument it
 * could not label („den die Stadt … geschlossen hat“) — that phrase is the subject. Conjuncts share
 * a subject, infinitives and attributes have none of their own.
 */
function repairSubjectless(s: ParsedSentence, verb: ParsedToken): void {
  if (!/^(?:root|acl|ccomp|advcl|parataxis)/.test(verb.dep) || (verb.pos !== 'VERB' && verb.pos !== 'AUX'))
    return;
  const children = childrenOf(s, verb);
  if (children.some((c) => /^(?:nsubj|expl|csubj)/.test(c.dep) || (c.dep === 'mark' && c.key === 'zu')))
    return;
  if (verb.dep !== 'root' && !children.some((c) => c.pos === 'PRON' || c.dep === 'mark')) return;
  const core = children.filter((c) => /^(?:obj|dep|obl:arg)$/.test(c.dep) && caseOf(s, c) === null);
  const open = core.filter((o) => o.pos !== 'PRON' && determinerLeavesCaseOpen(s, o));
  if (open.length === 1 && core.length <= 2) (open[0] as ParsedToken).dep = 'nsubj';
}

/** Whether a noun phrase's determiner reads as nominative and another case alike (or it has none). */
export function determinerLeavesCaseOpen(s: ParsedSentence, t: ParsedToken): boolean {
  const det = childrenOf(s, t, 'det')[0];
  return det === undefined || CASE_OPEN_DETERMINERS.test(det.key);
}

/**
 * „Im Mai hat der Vorstand X … ernannt“ parsed with „hat“ as the main verb and the participle as
 * its complement: the participle is the predicate, „hat“ its auxiliary, the arguments its own.
 */
function lowerPerfectRoot(s: ParsedSentence, have: ParsedToken): void {
  if (!PERFECT_AUXILIARIES.test(have.key) || have.dep === 'aux') return;
  const participle = childrenOf(s, have).find(
    (c) =>
      c.dep === 'xcomp' &&
      c.pos === 'VERB' &&
      c.i > have.i &&
      !c.children.some((g) => s.tokens[g]?.dep === 'mark'),
  );
  if (!participle) return;
  for (const c of have.children) {
    const child = s.tokens[c] as ParsedToken;
    if (child === participle || child.dep === 'punct') continue;
    child.head = participle.i;
    participle.children.push(c);
  }
  have.children = have.children.filter((c) => s.tokens[c]?.dep === 'punct');
  participle.head = have.head;
  participle.dep = have.dep;
  if (have.head >= 0) {
    const parent = s.tokens[have.head] as ParsedToken;
    parent.children = parent.children.map((c) => (c === have.i ? participle.i : c));
  }
  have.head = participle.i;
  have.dep = 'aux';
  participle.children.push(have.i);
}

/** Determiners that are dative and nothing else: „dem“, „einem“, „seinem“. */
const DATIVE_DETERMINERS =
  /^(?:dem|einem|keinem|diesem|jenem|jedem|meinem|deinem|seinem|ihrem|unserem|eurem)$/;

/** „unterstand die Agentur dem Ministerium“ parsed with „dem Ministerium“ as subject: a dative is never one. */
function demoteDativeSubject(s: ParsedSentence, t: ParsedToken): void {
  if (!t.dep.startsWith('nsubj') || caseOf(s, t) !== null) return;
  const det = childrenOf(s, t, 'det').find((d) => d.i < t.i);
  if (det && DATIVE_DETERMINERS.test(det.key)) t.dep = 'iobj';
}

/**
 * „Von 1977 bis 2003 unterstand die Zentrale dem Ministerium“ parsed with „dem Ministerium“ as an
 * attribute of „die Zentrale“: a noun phrase in the dative without a preposition is no attribute
 * of a noun; it is the dative object of the verb that noun depends on.
 */
function liftDativeAttribute(s: ParsedSentence, t: ParsedToken): void {
  if (t.dep !== 'nmod' || !/^(?:NOUN|PROPN)$/.test(t.pos) || caseOf(s, t) !== null) return;
  const det = childrenOf(s, t, 'det').find((d) => d.i < t.i);
  if (!det || !DATIVE_DETERMINERS.test(det.key)) return;
  const noun = s.tokens[t.head];
  const verb = noun && s.tokens[noun.head];
  if (!noun || !verb || verb.pos !== 'VERB' || !/^(?:nsubj|obj)/.test(noun.dep)) return;
  noun.children = noun.children.filter((c) => c !== t.i);
  t.head = verb.i;
  t.dep = 'iobj';
  verb.children.push(t.i);
}

/**
 * „hat der Rat in derselben Sitzung Dr. Anna Muster ernannt“, „steht seit 2021 Jana Keller“ parsed
 * with the name as an apposition of „Sitzung“ or „2021“: a person's name right after a
 * prepositional phrase, with no comma between, is no apposition of its noun (a meeting or a year
 * has no name) but the argument the verb is missing — its subject, else its object.
 */
function liftObjectFromPhrase(s: ParsedSentence, name: ParsedToken): void {
  if (name.dep !== 'appos' || name.pos !== 'PROPN') return;
  const person = [name, ...childrenOf(s, name, 'flat')].some((t) => t.ner === 'PERSON');
  const noun = s.tokens[name.head];
  const verb = noun && s.tokens[noun.head];
  if (!person || !noun || !verb || verb.pos !== 'VERB' || !noun.dep.startsWith('obl')) return;
  if (caseOf(s, noun) === null || s.tokens[name.i - 1]?.word === ',' || name.i < noun.i) return;
  if (noun.ner !== 'O' || !/^(?:NOUN|NUM)$/.test(noun.pos)) return;
  const has = (dep: string) => childrenOf(s, verb, dep).length > 0;
  const dep = !has('nsubj') && !has('expl') ? 'nsubj' : has('obj') ? null : 'obj';
  if (!dep) return;
  noun.children = noun.children.filter((c) => c !== name.i);
  name.head = verb.i;
  name.dep = dep;
  verb.children.push(name.i);
}

/**
 * „Zum 1. März hat Bernd Wilke die Leitung … übergeben“ parsed with the name as an oblique and the
 * common noun as subject: a name without preposition beside a verb that has no object is its
 * subject, and the noun whose article reads as nominative and accusative alike its object.
 */
function repairNamedSubject(s: ParsedSentence, verb: ParsedToken): void {
  if (verb.pos !== 'VERB') return;
  const children = childrenOf(s, verb);
  const named = children.find(
    (c) => c.dep === 'obl:arg' && c.pos === 'PROPN' && c.ner !== 'O' && caseOf(s, c) === null,
  );
  const noun = children.find((c) => c.dep === 'nsubj' && c.pos === 'NOUN' && c.ner === 'O');
  if (!named || !noun || children.some((c) => c.dep === 'obj')) return;
  if (!determinerLeavesCaseOpen(s, noun) || childrenOf(s, noun, 'det').length === 0) return;
  // „dem Ministerium“: a name whose article is no nominative is the dative object it was read as.
  const article = childrenOf(s, named, 'det')[0];
  if (article && !(article.feats.case ?? ['Nom']).includes('Nom')) return;
  named.dep = 'nsubj';
  noun.dep = 'obj';
}

/** The cases a noun phrase's article allows, or null where it has none or the dictionary does not tell. */
function articleCases(s: ParsedSentence, t: ParsedToken): readonly string[] | null {
  const det = childrenOf(s, t, 'det').find((d) => d.i < t.i);
  return det?.feats.case ?? null;
}

/**
 * „hat das Ministerium die HZD beauftragt, einen Landesbetrieb im Geschäftsbereich des …“: an
 * apposition set after the verb, which the tagger leaves hanging on the comma, explains the
 * nearest earlier argument whose case its article shares.
 */
function attachTrailingApposition(s: ParsedSentence, t: ParsedToken): void {
  const comma = s.tokens[t.head];
  if (t.pos !== 'NOUN' || !comma || (t.dep !== 'dep' && comma.pos !== 'PUNCT')) return;
  if (s.tokens[t.i - 1]?.word !== ',' && s.tokens[t.i - 2]?.word !== ',') return;
  const cases = articleCases(s, t);
  if (!cases || cases.length === 0) return;
  const verb = s.tokens.find((x) => x.dep === 'root' && x.i < t.i && /^(?:VERB|AUX)$/.test(x.pos));
  if (!verb) return;
  const explained = childrenOf(s, verb)
    .filter((a) => /^(?:nsubj|obj|iobj)/.test(a.dep) && a.i < t.i && caseOf(s, a) === null)
    .filter((a) => (articleCases(s, a) ?? []).some((c) => cases.includes(c)))
    .sort((a, b) => b.i - a.i)[0];
  if (!explained) return;
  comma.children = comma.children.filter((c) => c !== t.i);
  t.head = explained.i;
  t.dep = 'appos';
  explained.children.push(t.i);
}

/** A place by its tagger class or its head noun („Landkreis Fulda“, „Gemeinde Eichenzell“). */
function isPlace(t: ParsedToken): boolean {
  return t.ner === 'LOCATION' || typeFromHead(t.word) === 'PLACE';
}

/**
 * „kann die Gemeinde Eichenzell im Landkreis Fulda … beginnen“ parsed with „im Landkreis Fulda“ on
 * the verb: a place phrase right after a town's name, in the same clause, says where the town lies
 * (a town is no event that happens somewhere).
 */
function lowerPlaceInPlace(s: ParsedSentence, place: ParsedToken): void {
  if (!place.dep.startsWith('obl') || !isPlace(place)) return;
  const prep = childrenOf(s, place, 'case')[0];
  const town = prep && s.tokens[prep.i - 1];
  if (!prep || !/^(?:in|im)$/.test(prep.key) || !town || !isPlace(town) || town.pos === 'ADP') return;
  // The town belongs to another argument of the same verb.
  let arg: ParsedToken | undefined = town;
  while (arg && arg.head >= 0 && arg.head !== place.head) arg = s.tokens[arg.head];
  if (!arg || arg.head !== place.head || !/^(?:nsubj|obj|iobj|obl)/.test(arg.dep)) return;
  const verb = s.tokens[place.head] as ParsedToken;
  verb.children = verb.children.filter((c) => c !== place.i);
  place.head = town.i;
  place.dep = 'nmod';
  town.children.push(place.i);
}

/** „einer“, „eine“, „eines“ as the head of a partitive („eine der beiden Geschäftsführerinnen“). */
const PARTITIVE_HEADS = /^(?:einer|eine|eines|einen|einem)$/;

/**
 * „X ist eine der beiden Geschäftsführerinnen des Verbands“: what the copula says of X is the noun
 * of the partitive, not the number before it — the noun becomes the predicate, with the copula,
 * the subject and the other words of the clause.
 */
function promotePartitive(s: ParsedSentence, one: ParsedToken): void {
  if (!PARTITIVE_HEADS.test(one.key) || !/^(?:DET|PRON|NUM)$/.test(one.pos)) return;
  if (!childrenOf(s, one, 'cop').length) return;
  const noun = childrenOf(s, one, 'nmod').find(
    (n) => n.pos === 'NOUN' && n.i > one.i && caseOf(s, n) === null,
  );
  if (!noun) return;
  for (const c of one.children) {
    const child = s.tokens[c] as ParsedToken;
    if (child === noun) continue;
    child.head = noun.i;
    noun.children.push(c);
  }
  one.children = [];
  noun.head = one.head;
  noun.dep = one.dep;
  if (one.head >= 0) {
    const parent = s.tokens[one.head] as ParsedToken;
    parent.children = parent.children.map((c) => (c === one.i ? noun.i : c));
  }
  one.head = noun.i;
  one.dep = 'det';
  noun.children.push(one.i);
}

/** An argument the tagger hangs on an auxiliary („Die App hat … entwickelt“) belongs to its verb. */
function liftFromAuxiliary(s: ParsedSentence, t: ParsedToken): void {
  const aux = s.tokens[t.head];
  if (aux?.dep !== 'aux' || aux.head < 0 || !/^(?:nsubj|obj|obl)/.test(t.dep)) return;
  aux.children = aux.children.filter((c) => c !== t.i);
  t.head = aux.head;
  s.tokens[aux.head]?.children.push(t.i);
}

/**
 * „hat … entwickelt“ is the active perfect: a passive subject the tagger gives such a verb is its
 * subject when it has none, else its object (the tagger's guess at the other argument stays).
 */
function repairPerfect(s: ParsedSentence, verb: ParsedToken): void {
  const children = childrenOf(s, verb);
  if (!children.some((c) => c.dep === 'aux' && PERFECT_AUXILIARIES.test(c.key))) return;
  const hasSubject = children.some((c) => c.dep === 'nsubj');
  for (const c of children) if (c.dep === 'nsubj:pass') c.dep = hasSubject ? 'obj' : 'nsubj';
}

export function childrenOf(s: ParsedSentence, t: ParsedToken, ...deps: string[]): ParsedToken[] {
  return t.children
    .map((c) => s.tokens[c] as ParsedToken)
    .filter((c) => deps.length === 0 || deps.some((d) => c.dep === d || c.dep.startsWith(`${d}:`)));
}

/**
 * Arguments of a predicate in the enhanced graph: its children and the arcs the enhancer added,
 * each under the relation it has to this predicate (a shared subject is „nsubj“ of an active
 * conjunct even where it is „nsubj:pass“ of the passive one). `exact` asks for the relation itself,
 * not its subtypes.
 */
export function argumentsOf(
  s: ParsedSentence,
  t: ParsedToken,
  deps: readonly string[],
  exact = false,
): ParsedToken[] {
  const fits = (dep: string) => deps.some((d) => dep === d || (!exact && dep.startsWith(`${d}:`)));
  return [
    ...t.children.map((c) => s.tokens[c] as ParsedToken).filter((c) => fits(c.dep)),
    ...t.extra.filter((a) => fits(a.dep)).map((a) => s.tokens[a.child] as ParsedToken),
  ];
}

/** The preposition of an oblique or nominal modifier: "im Auftrag" → "in". */
export function caseOf(s: ParsedSentence, t: ParsedToken): string | null {
  const c = childrenOf(s, t, 'case')[0];
  return c ? c.key : null;
}

/** Character span of the token's subtree. */
export function subtreeSpan(s: ParsedSentence, t: ParsedToken): { start: number; end: number } {
  let start = t.start;
  let end = t.end;
  const stack = [...t.children];
  while (stack.length > 0) {
    const c = s.tokens[stack.pop() as number] as ParsedToken;
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
    stack.push(...c.children);
  }
  return { start, end };
}

/** Tokens joined by conjunction with this one: "A, B und C" → [A, B, C]. */
export function conjuncts(s: ParsedSentence, t: ParsedToken): ParsedToken[] {
  const out = [t];
  for (let k = 0; k < out.length; k++) out.push(...childrenOf(s, out[k] as ParsedToken, 'conj'));
  return out;
}

/** Whether `a` is `t` or above it, at most `maxSteps` heads up. */
export function dominates(
  s: ParsedSentence,
  a: ParsedToken,
  t: ParsedToken,
  maxSteps = s.tokens.length,
): boolean {
  for (let y: ParsedToken | undefined = t, steps = 0; y && steps <= maxSteps; y = s.tokens[y.head], steps++)
    if (y === a) return true;
  return false;
}

/** The token at a character offset, or undefined. */
export function tokenAt(s: ParsedSentence, offset: number): ParsedToken | undefined {
  return s.tokens.find((t) => t.start <= offset && offset < t.end);
}
