/**
 * Definite noun phrases that refer back to a person by what the text said of them: „die Juristin“,
 * „der 54-Jährige“, „die damals parteilose Unternehmerin“, „die Staatssekretärin“. As for bodies
 * (noun-phrases.ts), a phrase that says more than its noun is a new description, not a reference:
 * a name after it („die Juristin Anna Berger“), an attribute („die Ministerin für Finanzen“), a
 * relative clause, a plural, or the predicate of a copula.
 */
import type { Gender } from '../../lang/de/genders.ts';
import { personNounGender } from '../../lang/de/person-nouns.ts';
import { DEFINITE_DETERMINERS, DEMONSTRATIVE_DETERMINERS } from '../../lang/de/references.ts';
import { officeOf } from '../../lang/de/roles.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { foldKey } from '../fold.ts';
import { childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';
import type { Genders } from './agreement.ts';
import { clauseMates } from './clause-mates.ts';
import { entity, type Position, type Resolved, type Salience, standsOut } from './salience.ts';

export interface PersonDescription {
  start: number;
  end: number;
  token: number;
  /** null: the form leaves it open. */
  gender: Gender | null;
  /** The office the noun names („staatssekretaer“), if it names one: only its holder is meant. */
  office: string | null;
}

/** The gender of an office noun with its article; undefined for a plural („die Minister“). */
function officeGender(key: string, article: string): Gender | undefined {
  if (key.endsWith('in')) return 'f';
  return article === 'die' ? undefined : 'm';
}

function describe(t: ParsedToken, head: ParsedToken, det: ParsedToken): PersonDescription | undefined {
  const office = officeOf(t.key);
  const gender = office ? officeGender(t.key, det.key) : personNounGender(t.key, det.key);
  if (gender === undefined) return undefined;
  // „die Juristen“, „die Biologen“: a plural.
  if (!office && gender === 'm' && det.key === 'die') return undefined;
  return { start: head.start, end: t.end, token: head.i, gender, office: office?.office.stem ?? null };
}

/** „die 54-Jährige“ comes as „54“, „-“, „Jährige“, the article on the number: the number heads the phrase. */
function headOfPhrase(s: ParsedSentence, t: ParsedToken): ParsedToken {
  const [number, dash] = [s.tokens[t.i - 2], s.tokens[t.i - 1]];
  return dash?.word === '-' && number && /^\d+$/.test(number.word) ? number : t;
}

/** Person descriptions of a parsed sentence that may refer back. */
export function personDescriptions(s: ParsedSentence, ms: readonly SentenceMention[]): PersonDescription[] {
  const out: PersonDescription[] = [];
  for (const t of s.tokens) {
    if (t.pos !== 'NOUN' || ms.some((m) => m.start < t.end + 3 && t.start < m.end)) continue;
    const head = headOfPhrase(s, t);
    const det = [...childrenOf(s, head, 'det'), ...childrenOf(s, t, 'det')].find((d) => d.i < head.i);
    if (!det || !(DEFINITE_DETERMINERS.test(det.key) || DEMONSTRATIVE_DETERMINERS.test(det.key))) continue;
    // Between article and noun only adjectives and what they take: „die damals parteilose Unternehmerin“.
    // („die 51-Jährige“ may come as „die“, „51“, „-“, „Jährige“.)
    const between = s.tokens.slice(det.i + 1, head.i);
    if (between.some((x) => !/^(?:ADJ|ADV|NUM)$/.test(x.pos) && x.word !== '-')) continue;
    const attributes = childrenOf(s, t).filter((c) => head === t || c.i > t.i);
    if (attributes.some((c) => /^(?:acl|cop|appos|flat|nmod)/.test(c.dep))) continue;
    const found = describe(t, head, det);
    if (found) out.push(found);
  }
  return out;
}

/** The word right before an offset: „Staatssekretärin“ before „Anna Berger“. */
function wordBefore(text: string, offset: number): string | undefined {
  return /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
}

/** Whether the text gave the person an office of this stem before: a relation's role, or a title before the name („Staatssekretärin Anna Berger“). */
function held(doc: Doc, entityId: string, office: string): boolean {
  const holds = (word: string | null | undefined) =>
    !!word && officeOf(foldKey(word))?.office.stem === office;
  if (doc.relations.some((r) => r.from === entityId && holds(r.role))) return true;
  return doc.bySentence.some((ms) =>
    ms.some((m) => m.entityId === entityId && !m.anaphor && holds(wordBefore(doc.text, m.start))),
  );
}

/**
 * „die Juristin“, „der 54-Jährige“: the salient person of that gender, standing out; „die
 * Staatssekretärin“: of the people the text gave that office, the salient one. The description
 * tells the person's gender to the pronouns after it.
 */
export function personReferent(
  doc: Doc,
  salience: Salience,
  genders: Genders,
  sentence: { index: number; at: Position; parse: ParsedSentence | undefined; mentions: SentenceMention[] },
  d: PersonDescription,
): Resolved | undefined {
  const mates = clauseMates(sentence.parse, sentence.index, d.token, sentence.mentions);
  const gender = d.gender;
  const fitting = salience
    .ranked(sentence.at, d.start, 'topic')
    .filter((c) => c.type === 'PERSON' && !c.phrase && !mates.has(c.entityId))
    .filter((c) => gender === null || genders.fit(c.entityId, 'PERSON', { genders: [gender] }) !== 'no')
    .filter((c) => d.office === null || held(doc, c.entityId, d.office));
  const chosen = entity(standsOut(fitting));
  if (chosen && gender) genders.notePhrase(chosen.entityId, [gender]);
  return chosen;
}
