/**
 * A possessive as the body of an office: „unter seinem Direktor Max Beispiel“, „ihre Präsidentin
 * Anna Muster“. The role noun and the person after it are found as the office rules find them
 * (offices.ts); the body is what the possessive refers to — resolved by the reference resolver —
 * and it must be of a kind the office belongs to.
 */
import {
  ADDRESSEE_POSSESSIVE,
  POSSESSIVE_FORM,
  POSSESSOR_NOUNS,
  SPEAKER_POSSESSIVE,
} from '../../lang/de/references.ts';
import { type OfficeWord, officeOf } from '../../lang/de/roles.ts';
import type { FoundRelation, SentenceMention } from '../doc.ts';
import { foldKey } from '../fold.ts';
import { childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';

/** Whose a possessive is: a third party's („sein“, „ihr“), the speaker's („mein“), the person addressed („Ihr“). */
export type Possessor = 'third' | 'speaker' | 'addressed';

export interface PossessiveRole {
  /** The possessive determiner („seinem“) and its stem ("sein"). */
  possessive: ParsedToken;
  stem: string;
  possessor: Possessor;
  role: ParsedToken;
  office: OfficeWord;
  person: SentenceMention;
}

/** Words between a role noun and the name: titles („Prof. Dr.“). */
const TITLE = /^(?:Dr|Prof|h\.?\s?c|\.)\.?$/u;

/** The role as written, in the nominative singular: „Direktors“ → „Direktor“, „Präsidentin“ stays. */
export function roleTitle(word: string, office: OfficeWord): string {
  const folded = foldKey(word);
  const ending = folded.slice(office.prefix.length + office.office.stem.length);
  if (ending === 'in' || ending === 'innen') return word.replace(/innen$/, 'in');
  return /^(?:s|es|en|n)$/.test(ending) && !/(?:end|agt)$/.test(office.office.stem)
    ? word.slice(0, word.length - ending.length)
    : word;
}

/**
 * The person a role noun names: the name right after it (titles skipped), in apposition to it, or
 * across a copula („Sein Vorsitzender ist Jan Muster“, „Jan Muster ist ihr Direktor“).
 */
function holder(
  s: ParsedSentence,
  role: ParsedToken,
  ms: readonly SentenceMention[],
): SentenceMention | undefined {
  const covering = (t: ParsedToken) =>
    ms.find((m) => m.type === 'PERSON' && m.start <= t.start && t.end <= m.end);
  // „Prof. Dr. Petra Lind“, „Herr Abg. Alexander Bauer“: the name may hang below a title or two.
  const person = (t: ParsedToken | undefined, depth = 0): SentenceMention | undefined =>
    t &&
    (covering(t) ??
      (depth < 2
        ? childrenOf(s, t, 'flat', 'appos')
            .map((c) => person(c, depth + 1))
            .find((m) => m !== undefined)
        : undefined));
  const next = s.tokens.slice(role.i + 1).find((t) => !TITLE.test(t.word));
  const head = s.tokens[role.head];
  const predicate = head && role.dep.startsWith('nsubj') && childrenOf(s, head, 'cop').length > 0;
  const subject = childrenOf(s, role, 'cop').length > 0 ? childrenOf(s, role, 'nsubj') : [];
  return (
    person(next) ??
    [...childrenOf(s, role, 'appos', 'flat'), ...(predicate ? [head] : []), ...subject]
      .map(person)
      .find((m) => m !== undefined)
  );
}

/**
 * Whose a possessive determiner is. A capitalised „Ihr“ inside a sentence addresses the reader; in
 * a question to a person (`addressing`) it addresses that person also at the sentence's start.
 */
export function possessorOf(
  possessive: ParsedToken,
  addressing: boolean,
): { stem: string; possessor: Possessor } | undefined {
  const speaker = SPEAKER_POSSESSIVE.exec(possessive.key)?.[1];
  if (speaker) return { stem: speaker, possessor: 'speaker' };
  const capital = /^\p{Lu}/u.test(possessive.word) && (possessive.i > 0 || addressing);
  const polite = ADDRESSEE_POSSESSIVE.test(possessive.word);
  if (capital) return polite && addressing ? { stem: 'ihr', possessor: 'addressed' } : undefined;
  const stem = POSSESSIVE_FORM.exec(possessive.key)?.[1];
  return stem ? { stem, possessor: 'third' } : undefined;
}

/** Role nouns with a possessive determiner and the person holding them, in a parsed sentence. */
export function possessiveRoles(
  s: ParsedSentence,
  ms: readonly SentenceMention[],
  addressing: boolean,
): PossessiveRole[] {
  const out: PossessiveRole[] = [];
  for (const role of s.tokens) {
    if (role.pos !== 'NOUN' && role.pos !== 'PROPN') continue;
    const office = officeOf(role.key);
    if (!office) continue;
    for (const possessive of childrenOf(s, role, 'det')) {
      const whose = possessorOf(possessive, addressing);
      if (!whose) continue;
      const person = holder(s, role, ms);
      if (person) out.push({ possessive, ...whose, role, office, person });
    }
  }
  return out;
}

/**
 * „Ihr Vorgänger Michael Muster“, „seine Nachfolgerin“, „an ihrer Spitze“: a possessive before a
 * noun whose frame reads it names the other party — a person or a body, as the noun says.
 */
export function framePossessives(
  s: ParsedSentence,
  addressing: boolean,
): { possessive: ParsedToken; possessor: Possessor; kind: 'person' | 'body' }[] {
  return s.tokens.flatMap((t) => {
    const noun = t.pos === 'NOUN' ? POSSESSOR_NOUNS.find((n) => n.lemma.test(t.lemmaKey)) : undefined;
    if (!noun) return [];
    return childrenOf(s, t, 'det').flatMap((possessive) => {
      const whose = possessorOf(possessive, addressing);
      return whose ? [{ possessive, possessor: whose.possessor, kind: noun.possessor }] : [];
    });
  });
}

/** The office a possessive gives: the person holds it at the body the possessive stands for. */
export function officeRelation(r: PossessiveRole, body: string, sentence: number): FoundRelation {
  return {
    from: r.person.entityId,
    type: r.office.office.relation,
    to: body,
    role: roleTitle(r.role.word, r.office),
    sentence,
    confidence: 0.8,
    method: 'office',
  };
}
