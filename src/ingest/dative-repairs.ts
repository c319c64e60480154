/**
 * Repairs of datives the tagger reads as something else: „unterstand die Agentur dem Ministerium“
 * with „dem Ministerium“ as subject, a dative hung on a noun as its attribute. An article that is
 * dative and nothing else („dem“, „einem“, „seinem“) tells.
 */
import { articleOf, caseOf, type ParsedSentence, type ParsedToken, rehang } from './parse-tree.ts';

/** Determiners that are dative and nothing else: „dem“, „einem“, „seinem“. */
const DATIVE_DETERMINERS =
  /^(?:dem|einem|keinem|diesem|jenem|jedem|meinem|deinem|seinem|ihrem|unserem|eurem)$/;

/** „dem Ministerium“, „einem Verband“: a noun phrase whose article is dative and nothing else. */
function hasDativeArticle(s: ParsedSentence, t: ParsedToken): boolean {
  const article = articleOf(s, t);
  return article !== undefined && DATIVE_DETERMINERS.test(article.key);
}

/** „unterstand die Agentur dem Ministerium“ parsed with „dem Ministerium“ as subject: a dative is never one. */
export function demoteDativeSubject(s: ParsedSentence, t: ParsedToken): void {
  if (!t.dep.startsWith('nsubj') || caseOf(s, t) !== null) return;
  if (hasDativeArticle(s, t)) t.dep = 'iobj';
}

/**
 * „Von 1977 bis 2003 unterstand die Zentrale dem Ministerium“ parsed with „dem Ministerium“ as an
 * attribute of „die Zentrale“: a noun phrase in the dative without a preposition is no attribute
 * of a noun; it is the dative object of the verb that noun depends on.
 */
export function liftDativeAttribute(s: ParsedSentence, t: ParsedToken): void {
  if (t.dep !== 'nmod' || !/^(?:NOUN|PROPN)$/.test(t.pos) || caseOf(s, t) !== null) return;
  if (!hasDativeArticle(s, t)) return;
  const noun = s.tokens[t.head];
  const verb = noun && s.tokens[noun.head];
  if (!noun || !verb || verb.pos !== 'VERB' || !/^(?:nsubj|obj)/.test(noun.dep)) return;
  rehang(s, t, verb, 'iobj');
}
