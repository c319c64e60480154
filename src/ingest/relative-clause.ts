/**
 * The noun a relative pronoun stands for. The tagger hangs a relative clause on some noun of the
 * phrase before it, often the wrong one („von der Au auf Karl-Heinz Reinstädt, der das Präsidium
 * führte“); German puts the relative pronoun right after its antecedent and makes them agree in
 * gender, so the name that ends just before the comma wins when its gender fits.
 */

import type { Gender } from '../lang/de/genders.ts';
import { RELATIVE_PRONOUN_GENDER } from '../lang/de/references.ts';
import type { SentenceMention } from './doc.ts';
import { genderOfName } from './heads.ts';
import { conjuncts, type ParsedSentence, type ParsedToken } from './parse.ts';
import { verbNumber } from './references/pronouns.ts';

function agrees(s: ParsedSentence, m: SentenceMention, gender: Gender): boolean {
  if (m.type === 'PERSON') return gender !== 'n';
  const words = s.tokens.filter((t) => m.start <= t.start && t.end <= m.end).map((t) => t.word);
  return genderOfName(words.join(' ')) === gender;
}

/** What may stand between a relative clause and its antecedent: the closing part of the verb bracket. */
const BRACKET_END = /^(?:PUNCT|VERB|AUX)$/;

/** The relative clause a pronoun opens: the nearest `acl` above it („…, die ihren Sitz in X hat“). */
function clauseOf(s: ParsedSentence, pronoun: ParsedToken): ParsedToken | undefined {
  for (let v = s.tokens[pronoun.head]; v; v = s.tokens[v.head]) if (v.dep.startsWith('acl')) return v;
  return undefined;
}

/**
 * The token standing for what a relative pronoun refers to, or the pronoun itself when it opens
 * no relative clause.
 */
export function antecedentOf(
  s: ParsedSentence,
  pronoun: ParsedToken,
  ms: readonly SentenceMention[],
): ParsedToken {
  const gender = RELATIVE_PRONOUN_GENDER[pronoun.key];
  const clause = gender && pronoun.pos === 'PRON' ? clauseOf(s, pronoun) : undefined;
  const tagged = clause && s.tokens[clause.head];
  if (!gender || !tagged) return pronoun;
  const comma = s.tokens.slice(0, pronoun.i).findLast((t) => t.pos !== 'ADP');
  if (comma?.word !== ',') return tagged;
  // The clause may follow the end of the sentence's verb bracket: „trat die Nachfolge von X an, die …“.
  const before = s.tokens
    .slice(0, comma.i)
    .findLast((t) => !BRACKET_END.test(t.pos) && t.dep !== 'compound:prt');
  const named = before && ms.find((m) => !m.modifier && m.start <= before.start && before.end <= m.end);
  return named && agrees(s, named, gender) ? before : tagged;
}

/**
 * „von Jonas Weber und Eva Roth, die beide an der Universität lehren“: a relative clause with a
 * plural verb after a coordination stands for every conjunct, not just the one next to it.
 */
export function antecedentsOf(
  s: ParsedSentence,
  pronoun: ParsedToken,
  ms: readonly SentenceMention[],
): ParsedToken[] {
  const antecedent = antecedentOf(s, pronoun, ms);
  const clause = antecedent === pronoun ? undefined : clauseOf(s, pronoun);
  if (!clause || verbNumber(s, clause) !== 'pl') return [antecedent];
  // „Roth“ in „Eva Roth“ stands for its phrase, the phrase („der Informatikerin Prof. Mira Mezini“)
  // for its coordination.
  let first = antecedent;
  while (/^(?:flat|conj|appos)/.test(first.dep) && first.head >= 0)
    first = s.tokens[first.head] as ParsedToken;
  return [antecedent, ...conjuncts(s, first).filter((c) => c !== antecedent)];
}
