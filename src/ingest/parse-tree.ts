/**
 * The dependency tree of one parsed sentence and the questions rules ask of it: a token's
 * children, its arguments in the enhanced graph, its preposition, the span it covers.
 */
import { CASE_OPEN_DETERMINERS } from '../lang/de/relation-rules.ts';
import type { NlpToken } from '../nlp/annotation.ts';

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
  for (let k = 0; k < out.length; k++) {
    const x = out[k] as ParsedToken;
    out.push(...childrenOf(s, x, 'conj'));
    // „die Servicestelle Nord und die Servicestelle Süd“: the tagger may hang a second phrase, with
    // its own article, on the first one's name.
    for (const name of childrenOf(s, x, 'appos', 'flat'))
      out.push(...childrenOf(s, name, 'conj').filter((c) => childrenOf(s, c, 'det').length > 0));
  }
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

/** Whether a noun phrase's determiner reads as nominative and another case alike (or it has none). */
export function determinerLeavesCaseOpen(s: ParsedSentence, t: ParsedToken): boolean {
  const det = childrenOf(s, t, 'det')[0];
  return det === undefined || CASE_OPEN_DETERMINERS.test(det.key);
}

/** The article before a noun („dem“ in „dem Ministerium“). */
export function articleOf(s: ParsedSentence, t: ParsedToken): ParsedToken | undefined {
  return childrenOf(s, t, 'det').find((d) => d.i < t.i);
}

/** Hangs `t` below `head` under `dep`, taking it from its old head. */
export function rehang(s: ParsedSentence, t: ParsedToken, head: ParsedToken, dep: string): void {
  const old = s.tokens[t.head];
  if (old) old.children = old.children.filter((c) => c !== t.i);
  t.head = head.i;
  t.dep = dep;
  head.children.push(t.i);
}
