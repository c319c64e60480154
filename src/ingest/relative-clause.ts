/**
 * The noun a relative pronoun stands for. The tagger hangs a relative clause on some noun of the
 * phrase before it, often the wrong one („von der Au auf Karl-Heinz Reinstädt, der das Präsidium
 * führte“); German puts the relative pronoun right after its antecedent and makes them agree in
 * gender, so the name that ends just before the comma wins when its gender fits.
 */

import type { Gender } from '../lang/de/heads.ts';
import type { SentenceMention } from './doc.ts';
import { genderOfName } from './heads.ts';
import type { ParsedSentence, ParsedToken } from './parse.ts';

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  der: 'm',
  dessen: 'm',
  den: 'm',
  dem: 'm',
  die: 'f',
  deren: 'f',
  das: 'n',
};

function agrees(s: ParsedSentence, m: SentenceMention, gender: Gender): boolean {
  if (m.type === 'PERSON') return gender !== 'n';
  const words = s.tokens.filter((t) => m.start <= t.start && t.end <= m.end).map((t) => t.word);
  return genderOfName(words.join(' ')) === gender;
}

/** The token standing for what `pronoun` refers to; `clause` is the relative clause's predicate. */
export function antecedentOf(
  s: ParsedSentence,
  pronoun: ParsedToken,
  clause: ParsedToken,
  ms: readonly SentenceMention[],
): ParsedToken {
  const tagged = s.tokens[clause.head] as ParsedToken;
  const gender = PRONOUN_GENDER[pronoun.key];
  const comma = s.tokens.slice(0, pronoun.i).findLast((t) => t.pos !== 'ADP');
  if (!gender || comma?.word !== ',') return tagged;
  const before = s.tokens.slice(0, comma.i).findLast((t) => t.pos !== 'PUNCT');
  const named = before && ms.find((m) => !m.modifier && m.start <= before.start && before.end <= m.end);
  return named && agrees(s, named, gender) ? before : tagged;
}
