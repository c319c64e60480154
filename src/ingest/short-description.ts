/**
 * A type noun alone is a description, not a name, where the text names a body with that noun and
 * more.
 */
import type { Doc } from './doc.ts';
import { typeFromHead } from './heads.ts';

/**
 * „die Landesagentur“ after „die Landesagentur für Geodaten“: a type noun alone with a definite
 * article, where the text also names a body with that noun and more, describes that body (the
 * reference resolver reads it); it is no body of its own.
 */
export function isShortDescription(doc: Doc, e: { text: string; start: number }): boolean {
  if (e.text.includes(' ') || !typeFromHead(e.text)) return false;
  if (!/(?:^|\s)(?:der|die|das|dem|den|des)\s$/iu.test(doc.text.slice(Math.max(0, e.start - 5), e.start)))
    return false;
  const word = e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${word}\\s+(?:für|der|des|\\p{Lu})`, 'u').test(doc.text);
}
