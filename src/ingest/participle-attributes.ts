/**
 * „Diese vom Hessischen Wirtschaftsministerium entwickelte OZG-Leistung wurde … pilotiert“: the tagger
 * reads the inflected participle („entwickelte“) as a finite verb with „Diese“ as its subject and the
 * noun after it as its object. A finite verb in a main clause has one phrase before it; with an
 * article and an agent phrase („vom …“) before it and its noun right after it, the word is an
 * attribute of that noun (as „die vom Land geförderte Plattform“ is parsed): the noun takes the
 * verb's place in the clause, the article becomes the noun's, the agent stays the participle's.
 */
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken, rehang } from './parse-tree.ts';

/** An inflected participle: „entwickelte“, „geförderten“, „betriebene“. */
const INFLECTED_PARTICIPLE = /^\p{Ll}+(?:t|en)e[nmrs]?$/u;

export function participleAttribute(s: ParsedSentence, p: ParsedToken): void {
  if (p.pos !== 'VERB' || !INFLECTED_PARTICIPLE.test(p.word) || p.head < 0) return;
  const article = childrenOf(s, p).find((c) => c.i < p.i && /^(?:DET|PRON)$/.test(c.pos));
  // The agent phrase hangs on the participle or, as the tagger reads it, on the article.
  const agent = [...childrenOf(s, p), ...(article ? childrenOf(s, article) : [])].find(
    (c) => c.i < p.i && c.i > (article?.i ?? p.i) && /^(?:von|durch)$/.test(caseOf(s, c) ?? ''),
  );
  const noun = childrenOf(s, p, 'obj').find((c) => c.i === p.i + 1 && /^(?:NOUN|PROPN)$/.test(c.pos));
  const head = s.tokens[p.head];
  if (!agent || !article || !noun || !head) return;
  rehang(s, noun, head, p.dep);
  rehang(s, p, noun, 'amod');
  rehang(s, article, noun, 'det');
  rehang(s, agent, p, 'obl:agent');
  p.pos = 'ADJ';
}
