/**
 * Repairs of the tagger's parse that its own labels and the words' forms give away: a perfect
 * read with „hat“ as the main verb, a dative read as a subject or an attribute, a name hung on a
 * year (and a phrase hung on one), an apposition left on a comma, a partitive; place phrases
 * (place-repairs.ts). Each repair
 * is one function; `repairParse` runs them in order over one sentence.
 */
import { MISREAD_PARTICLES, PERFECT_AUXILIARIES, SEIN_PERFECT } from '../lang/de/relation-rules.ts';
import { demoteDativeSubject, liftDativeAttribute } from './dative-repairs.ts';
import {
  articleOf,
  caseOf,
  childrenOf,
  determinerLeavesCaseOpen,
  type ParsedSentence,
  type ParsedToken,
  rehang,
} from './parse-tree.ts';
import { participleAttribute } from './participle-attributes.ts';
import { lowerPlaceAfterName, placeOfSeat } from './place-repairs.ts';
import { roleAfterName } from './role-repairs.ts';

/** Applies every repair to a freshly parsed sentence, in an order where each can rely on the ones before. */
export function repairParse(s: ParsedSentence): void {
  for (const t of s.tokens) repairSeinPerfect(s, t);
  for (const t of s.tokens) lowerPerfectRoot(s, t);
  for (const t of s.tokens) liftFromAuxiliary(s, t);
  for (const t of s.tokens) repairPerfect(s, t);
  for (const t of s.tokens) participleAttribute(s, t);
  for (const t of s.tokens) roleAfterName(s, t);
  for (const t of s.tokens) yearIsWhen(s, t);
  for (const t of s.tokens) phraseOffYear(s, t);
  for (const t of s.tokens) demoteDativeSubject(s, t);
  for (const t of s.tokens) repairSubjectless(s, t);
  for (const t of s.tokens) liftDativeAttribute(s, t);
  for (const t of s.tokens) liftObjectFromPhrase(s, t);
  for (const t of s.tokens) promotePartitive(s, t);
  for (const t of s.tokens) repairNamedSubject(s, t);
  for (const t of s.tokens) lowerPlaceAfterName(s, t);
  for (const t of s.tokens) placeOfSeat(s, t);
  for (const t of s.tokens) attachTrailingApposition(s, t);
  for (const t of s.tokens) reattachParticle(s, t);
  for (const t of s.tokens) repairMiddleFieldOrder(s, t);
}

/**
 * Makes `lower` stand where `upper` stood: it takes `upper`'s head, relation and children (but those
 * `keep` wants to leave), and `upper` hangs below it as `dep`.
 */
function promote(
  s: ParsedSentence,
  upper: ParsedToken,
  lower: ParsedToken,
  dep: string,
  keep: (child: ParsedToken) => boolean = () => false,
): void {
  for (const c of upper.children) {
    const child = s.tokens[c] as ParsedToken;
    if (child === lower || keep(child)) continue;
    child.head = lower.i;
    lower.children.push(c);
  }
  upper.children = upper.children.filter((c) => c !== lower.i && keep(s.tokens[c] as ParsedToken));
  lower.head = upper.head;
  lower.dep = upper.dep;
  const parent = s.tokens[upper.head];
  if (parent) parent.children = parent.children.map((c) => (c === upper.i ? lower.i : c));
  upper.head = lower.i;
  upper.dep = dep;
  lower.children.push(upper.i);
}

/** „ist 2018 in die SPD eingetreten“: the perfect of a verb that takes „sein“, which the tagger reads as a passive. */
function repairSeinPerfect(s: ParsedSentence, verb: ParsedToken): void {
  if (verb.pos !== 'VERB' || !SEIN_PERFECT.test(verb.lemmaKey)) return;
  const aux = childrenOf(s, verb, 'aux:pass').filter((a) => a.lemmaKey === 'sein');
  if (aux.length === 0) return;
  for (const a of aux) a.dep = 'aux';
  for (const c of childrenOf(s, verb, 'nsubj:pass')) c.dep = 'nsubj';
}

/** „2018 ging …“: a year is when, never who. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * „2018 ging …“, „traten 2019 der Genossenschaft bei“: a year is when, never who or what; a noun
 * phrase the tagger hung on a year as its attribute is the verb's.
 */
function yearIsWhen(s: ParsedSentence, year: ParsedToken): void {
  if (!/^(?:nsubj|obj)/.test(year.dep) || !YEAR.test(year.word)) return;
  year.dep = 'obl:tmod';
  const verb = s.tokens[year.head];
  if (!verb) return;
  for (const child of childrenOf(s, year, 'nmod').filter((c) => caseOf(s, c) === null)) {
    rehang(s, child, verb, 'obl:arg');
  }
}

/**
 * „bezieht seit 2019 von der Datenwerk GmbH“ parsed with „von der …“ as an attribute of the year: a
 * year has no attributes, so a prepositional phrase hung on a year that is the verb's is the verb's.
 */
function phraseOffYear(s: ParsedSentence, phrase: ParsedToken): void {
  const year = s.tokens[phrase.head];
  const verb = year && s.tokens[year.head];
  if (!phrase.dep.startsWith('nmod') || caseOf(s, phrase) === null || !year || !verb) return;
  if (!YEAR.test(year.word) || !year.dep.startsWith('obl') || !/^(?:VERB|AUX)$/.test(verb.pos)) return;
  rehang(s, phrase, verb, 'obl');
}

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
  if (participle) promote(s, have, participle, 'aux', (c) => c.dep === 'punct');
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
  rehang(s, name, verb, dep);
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
  const cases = articleCases(s, named);
  if (cases && !cases.includes('Nom')) return;
  named.dep = 'nsubj';
  noun.dep = 'obj';
}

/** The cases a noun phrase's article allows, or null where it has none or the dictionary does not tell. */
function articleCases(s: ParsedSentence, t: ParsedToken): readonly string[] | null {
  return articleOf(s, t)?.feats.case ?? null;
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
  rehang(s, t, explained, 'appos');
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
  promote(s, one, noun, 'det');
}

/**
 * „stellt den Kommunen das Portal bereit“ parsed with „bereit“ as an adjective that has the portal as
 * its subject: a separable particle the tagger reads as a word of its own, closing the clause of its
 * verb, is the verb's particle, and what hangs on it is the verb's (a second subject is its object).
 */
function reattachParticle(s: ParsedSentence, particle: ParsedToken): void {
  const verb = s.tokens[particle.head];
  if (verb?.pos !== 'VERB' || !MISREAD_PARTICLES.test(particle.key)) return;
  if (!/^(?:xcomp|advmod|compound|obl)$/.test(particle.dep) || particle.i < verb.i) return;
  const next = s.tokens[particle.i + 1];
  if (next && next.pos !== 'PUNCT') return;
  const subject = childrenOf(s, verb, 'nsubj').length > 0;
  for (const child of childrenOf(s, particle).filter((c) => c.pos !== 'PUNCT'))
    rehang(s, child, verb, child.dep.startsWith('nsubj') && subject ? 'obj' : child.dep);
  particle.dep = 'compound:prt';
}

/**
 * „Damit hat das Ministerium die HZD beauftragt“ parsed with the HZD as subject: where both noun
 * phrases read as nominative and accusative alike and stand after the finite verb, German puts the
 * subject first — the tagger's swap is undone.
 */
function repairMiddleFieldOrder(s: ParsedSentence, verb: ParsedToken): void {
  if (verb.pos !== 'VERB') return;
  const subject = childrenOf(s, verb, 'nsubj').filter((c) => c.dep === 'nsubj')[0];
  const object = childrenOf(s, verb, 'obj')[0];
  if (!subject || !object || object.i > subject.i) return;
  const finite = [verb, ...childrenOf(s, verb, 'aux')].sort((a, b) => a.i - b.i)[0] as ParsedToken;
  if (object.i < finite.i || childrenOf(s, verb, 'mark').length > 0) return;
  const open = (t: ParsedToken) =>
    /^(?:NOUN|PROPN)$/.test(t.pos) && childrenOf(s, t, 'det').length > 0 && determinerLeavesCaseOpen(s, t);
  if (!open(subject) || !open(object)) return;
  subject.dep = 'obj';
  object.dep = 'nsubj';
}

/** An argument the tagger hangs on an auxiliary („Die App hat … entwickelt“) belongs to its verb. */
function liftFromAuxiliary(s: ParsedSentence, t: ParsedToken): void {
  const aux = s.tokens[t.head];
  const verb = aux && s.tokens[aux.head];
  if (aux?.dep !== 'aux' || !verb || !/^(?:nsubj|obj|obl)/.test(t.dep)) return;
  rehang(s, t, verb, t.dep);
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
