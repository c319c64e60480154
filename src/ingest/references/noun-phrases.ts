/**
 * Noun phrases that refer back: a definite article or a demonstrative and a bare typed head noun —
 * „das Projekt“, „die Behörde“, „beim Verein“, „diese Leistung“. The head gives the type of the
 * entity meant (heads.ts). A phrase that says more than its head is a new description, not a
 * reference: an adjective („die zuständige Behörde“), a genitive or prepositional attribute („die
 * Stelle des Landesrechenzentrums“), a relative clause, a name after it („die Stadt Fulda“), a
 * plural („die Behörden“), or the predicate of a copula („X ist die Behörde“).
 */
import type { EntityType } from '../../graph/model.ts';
import type { Gender } from '../../lang/de/genders.ts';
import { TYPE_HEADS } from '../../lang/de/heads.ts';
import { DEFINITE_DETERMINERS, DEMONSTRATIVE_DETERMINERS } from '../../lang/de/references.ts';
import { officeOf } from '../../lang/de/roles.ts';
import type { SentenceMention } from '../doc.ts';
import { foldCase, foldKey } from '../fold.ts';
import { genderOfName, typeFromHead } from '../heads.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';

export interface NounReference {
  start: number;
  end: number;
  noun: string;
  /** The head noun without a genitive ending, folded: „Projekts“ → "projekt". */
  stem: string;
  type: EntityType;
  demonstrative: boolean;
  /** An adjective stands before the noun („das 2020 gegründete Zentrum“): only a name with that head is meant. */
  described: boolean;
  /** The token's index in the parse, where there is one. */
  token?: number;
}

const HEADS = Object.keys(TYPE_HEADS).sort((a, b) => b.length - a.length);

/** The type head a word ends in, longest first: „Landkreises“ → "landkreis", „Polizeipräsidium“ → "praesidium". */
export function headOf(word: string): string | null {
  const key = foldKey(word);
  for (const ending of ['', 's', 'es']) {
    const stem = key.slice(0, key.length - ending.length);
    const head = key.endsWith(ending) ? HEADS.find((h) => stem.endsWith(h)) : undefined;
    if (head) return head;
  }
  return null;
}

/** The singular stem of a typed head noun („Vereins“ → "verein", „Landkreises“ → "landkreis"), or null for a plural („Behörden“). */
export function singularStem(noun: string): string | null {
  const key = foldKey(noun);
  for (const ending of ['', 's', 'es']) {
    const stem = key.slice(0, key.length - ending.length);
    if (key.endsWith(ending) && HEADS.some((h) => stem.endsWith(h))) return stem;
  }
  return null;
}

/** Whether the article can go with a singular noun of this gender: „die Register“ is a plural, „das Register“ not. */
function singularArticle(article: string, gender: Gender | null): boolean {
  if (!gender) return true;
  const key = foldCase(article);
  if (key === 'die') return gender === 'f';
  if (key === 'das') return gender === 'n';
  if (key === 'der') return gender !== 'n';
  if (key === 'den') return gender === 'm';
  if (key === 'dem' || key === 'des') return gender !== 'f';
  if (key === 'diese') return gender === 'f';
  if (key === 'dieses' || key === 'diesem') return gender !== 'f';
  if (key === 'diesen') return gender === 'm';
  return true;
}

/** The reference a determiner and noun make, if they make one. */
function reference(
  determiner: string,
  noun: string,
  start: number,
  end: number,
): Omit<NounReference, 'token' | 'described'> | undefined {
  const type = typeFromHead(noun);
  const stem = singularStem(noun);
  const demonstrative = DEMONSTRATIVE_DETERMINERS.test(foldCase(determiner));
  if (!type || !stem || !/^\p{Lu}/u.test(noun)) return undefined;
  if (!demonstrative && !DEFINITE_DETERMINERS.test(foldCase(determiner))) return undefined;
  if (!singularArticle(determiner, genderOfName(noun))) return undefined;
  return { start, end, noun, stem, type, demonstrative };
}

/** Whether a mention starts right after the noun: „die Stadt Fulda“, „die Plattform „X““. */
function describesName(end: number, ms: readonly SentenceMention[]): boolean {
  return ms.some((m) => m.start >= end && m.start <= end + 2);
}

/**
 * Attributes that make a new description: a genitive („die Stelle des Amts“) or what it is for or of
 * („die Behörde für Statistik“). A dative the tagger hung on the noun („unterstand die Zentrale dem
 * Ministerium“) is no attribute.
 */
const DESCRIBING_PREPOSITIONS = new Set(['fuer', 'von', 'vom']);
const GENITIVE_DETERMINERS = /^(?:des|der|eines|einer|dieses|dieser)$/;

function describes(s: ParsedSentence, attribute: ParsedToken): boolean {
  if (attribute.pos === 'NUM') return false;
  const preposition = caseOf(s, attribute);
  if (preposition !== null) return DESCRIBING_PREPOSITIONS.has(preposition);
  const det = childrenOf(s, attribute, 'det')[0];
  return det === undefined || GENITIVE_DETERMINERS.test(det.key);
}

/** Referring noun phrases of a parsed sentence. */
export function nounReferences(s: ParsedSentence, ms: readonly SentenceMention[]): NounReference[] {
  const out: NounReference[] = [];
  for (const t of s.tokens) {
    if (!/^(?:NOUN|PROPN)$/.test(t.pos) || ms.some((m) => m.start < t.end && t.start < m.end)) continue;
    // „des Landrats“: a role names a person, not a body.
    if (officeOf(t.key)) continue;
    const det = childrenOf(s, t, 'det').find((d) => d.i < t.i);
    if (!det) continue;
    const found = reference(det.word, t.word, t.start, t.end);
    if (!found || describesName(t.end, ms)) continue;
    // Between article and noun only adjectives and what they take: „das 2020 gegründete Zentrum“;
    // a demonstrative brackets a whole attribute phrase („diese vom Land entwickelte Leistung“).
    const between = s.tokens.slice(det.i + 1, t.i);
    if (!found.demonstrative && between.some((x) => !/^(?:ADJ|ADV|NUM)$/.test(x.pos))) continue;
    // (An amount the tagger hangs on the noun as an apposition, „dem Kreis … 1,2 Millionen Euro“, says nothing of it.)
    const amount = (c: ParsedToken) => c.dep === 'appos' && childrenOf(s, c, 'nummod').length > 0;
    const says = childrenOf(s, t).some(
      (c) =>
        (/^(?:acl|nummod|cop|appos|flat)/.test(c.dep) && !amount(c)) ||
        (c.dep.startsWith('nmod') && describes(s, c)),
    );
    if (says && !found.demonstrative) continue;
    out.push({ ...found, described: between.length > 0 && !found.demonstrative, token: t.i });
  }
  return out;
}

/** „der Hub“, „im Projekt“, „diese Plattform“ without a parse: a determiner right before a typed noun. */
const DETERMINED =
  /(?<![\p{L}-])([Dd]er|[Dd]ie|[Dd]as|dem|den|des|im|am|beim|vom|zum|zur|[Dd]ies(?:e|er|es|em|en))\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/**
 * „Diese vom Land entwickelte Leistung“: a demonstrative opens a noun phrase that its typed head
 * noun closes, whatever attributes stand between; read from the words, since a parser often
 * misreads such a phrase. Words inside a mention (the „vom Land“ part) are not the head.
 */
const DEMONSTRATIVE = /(?<![\p{L}-])([Dd]ies(?:e|er|es|em|en))\s/gu;
/** The words of a phrase after its determiner, up to the first punctuation. */
const PHRASE_WORDS = /[^\s.,;:!?]+/gy;

export function demonstrativePhrases(
  text: string,
  offset: number,
  ms: readonly SentenceMention[],
): NounReference[] {
  const out: NounReference[] = [];
  const inMention = (start: number, end: number) =>
    ms.some((m) => m.start < end && start < m.end && !m.modifier);
  for (const d of text.matchAll(DEMONSTRATIVE)) {
    let at = (d.index ?? 0) + d[0].length;
    for (let words = 0; words < 8 && at < text.length; words++) {
      while (text[at] === ' ') at++;
      PHRASE_WORDS.lastIndex = at;
      const w = PHRASE_WORDS.exec(text);
      if (!w) break;
      at = w.index + w[0].length;
      const start = offset + w.index;
      const end = offset + at;
      if (!/^\p{Lu}/u.test(w[0]) || inMention(start, end)) continue;
      const found = reference(d[1] as string, w[0].split('-').at(-1) as string, start, end);
      if (found?.demonstrative && !officeOf(foldKey(w[0])) && !describesName(end, ms))
        out.push({ ...found, described: false });
      break;
    }
  }
  return out;
}

/** Referring noun phrases of a sentence's text, where there is no parse. */
export function nounReferencesInText(
  text: string,
  offset: number,
  ms: readonly SentenceMention[],
): NounReference[] {
  const out: NounReference[] = [];
  for (const w of text.matchAll(DETERMINED)) {
    const noun = w[2] as string;
    const end = offset + (w.index ?? 0) + w[0].length;
    const start = end - noun.length;
    if (ms.some((m) => m.start < end && start < m.end) || describesName(end, ms)) continue;
    const found = reference(w[1] as string, noun, start, end);
    if (found && !officeOf(foldKey(noun))) out.push({ ...found, described: false });
  }
  return out;
}
