/**
 * The entities an argument token stands for: the mention covering it, the name a generic noun
 * explains in apposition („die Plattform „Ratsinfo plus““), the antecedent of a relative pronoun,
 * each conjunct of a coordination.
 */
import { looksThrough } from '../lang/de/relation-rules.ts';
import { officeOf } from '../lang/de/roles.ts';
import type { SentenceMention } from './doc.ts';
import { typeFromHead } from './heads.ts';
import { caseOf, childrenOf, conjuncts, type ParsedSentence, type ParsedToken } from './parse.ts';
import { antecedentsOf } from './relative-clause.ts';

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
export function coveringMention(
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
export function entitiesOf(
  s: ParsedSentence,
  t: ParsedToken,
  ms: readonly SentenceMention[],
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const c of conjuncts(s, t)) {
    // A relative pronoun stands for the noun its clause modifies: „die HZD, die … betreibt“.
    const [token, ...more] = antecedentsOf(s, c, ms) as [ParsedToken, ...ParsedToken[]];
    const covering = coveringMention(s, token, ms);
    if (covering) {
      out.push(covering);
      for (const m of more.map((t) => coveringMention(s, t, ms))) if (m && !out.includes(m)) out.push(m);
      continue;
    }
    for (const child of childrenOf(s, token, 'appos', 'flat', 'nmod', 'compound')) {
      if (caseOf(s, child)) continue;
      // A genitive of a noun that names a body itself is another body („die Geschäftsstelle des Rats“).
      // Without an article the words continue the name („das Zentrum verantwortungsbewusste Digitalisierung“).
      if (child.dep === 'nmod' && typeFromHead(token.word) && childrenOf(s, child, 'det').length > 0)
        continue;
      // „der CIO des Landes, Staatssekretär X“: an office's genitive is its body, not its holder.
      if (child.dep === 'nmod' && officeOf(token.key)) continue;
      // „das Problem der Landesregierung“ is no government; „den Aufbau der GDI“ is about the GDI.
      if (child.dep === 'nmod' && !typeFromHead(token.word) && !looksThrough(token.key)) continue;
      // „die Plattform „Ratsinfo plus““: the name may start inside the child's phrase, after a quote mark.
      // „die Städte Alsfeld, Lauterbach und Schotten“: the names listed after the noun, each.
      for (const name of child.dep === 'appos' ? conjuncts(s, child) : [child]) {
        const span = phraseSpan(s, name);
        const named = ms.find(
          (m) =>
            !m.modifier &&
            ((m.start <= name.start && name.end <= m.end) || (span.start <= m.start && m.end <= span.end)),
        );
        if (named && !out.includes(named)) out.push(named);
      }
    }
  }
  return out;
}
