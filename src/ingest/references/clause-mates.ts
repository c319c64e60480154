/**
 * What stands beside a word as an argument of the same predicate — entities and unnamed phrases.
 * A pronoun cannot be one of them („sie betreibt sie“ would be „sich“), nor can a noun referring
 * back („die Behörde arbeitet mit der HZD zusammen“ are two).
 */
import { entitiesOf } from '../argument-entities.ts';
import type { SentenceMention } from '../doc.ts';
import type { ParsedSentence, ParsedToken } from '../parse.ts';
import { phraseId } from './phrases.ts';

/** Dependencies of the arguments of one predicate. */
const ARGUMENT = /^(?:nsubj|obj|iobj|obl)/;

/** Keys of the entities and phrases beside token `token` of sentence `sentence`. */
export function clauseMates(
  s: ParsedSentence | undefined,
  sentence: number,
  token: number | undefined,
  ms: readonly SentenceMention[],
): Set<string> {
  const t = token === undefined ? undefined : s?.tokens[token];
  if (!s || !t || t.head < 0) return new Set<string>();
  const predicate = s.tokens[t.head] as ParsedToken;
  // Under an adjective or a verb the tagger hangs some adverbials as „nmod“ („In der Kammer war sie aktiv“).
  const verbal = !/^(?:NOUN|PROPN)$/.test(predicate.pos);
  const siblings = predicate.children
    .map((c) => s.tokens[c] as ParsedToken)
    .filter((c) => c !== t && (ARGUMENT.test(c.dep) || (verbal && c.dep.startsWith('nmod'))));
  return new Set([
    ...siblings.flatMap((c) => entitiesOf(s, c, ms)).map((m) => m.entityId),
    ...siblings.map((c) => phraseId(sentence, c.i)),
  ]);
}
