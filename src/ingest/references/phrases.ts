/**
 * Noun phrases that name no known entity — „die Geschäftsstelle des Rats“ the tagger did not take
 * for a name, „die Gründung“, „das Rechenzentrum“ — are referents a pronoun may continue just as
 * well. They are no answer (a relation needs an entity), but they compete: „Die Geschäftsstelle
 * ist beim Ministerium eingerichtet; sie soll …“ must not read „sie“ as a woman named before.
 */
import type { EntityType } from '../../graph/model.ts';
import type { Gender } from '../../lang/de/genders.ts';
import { ADDRESS_WORDS, officeOf } from '../../lang/de/roles.ts';
import { TEMPORAL_PREPOSITIONS } from '../../lang/de/words.ts';
import type { SentenceMention } from '../doc.ts';
import { foldCase } from '../fold.ts';
import { genderOfName, typeFromHead } from '../heads.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';
import { dictionaryGender } from './agreement.ts';
import { verbNumber } from './pronouns.ts';

export interface Phrase {
  /** A key of its own: `phrase:<sentence>:<token>`. */
  entityId: string;
  /** The type its head noun gives it, if any („Geschäftsstelle“ → AGENCY). */
  type: EntityType | null;
  start: number;
  end: number;
  genders: Gender[];
  /** A noun for a person („einen Kollegen“, „die Präsidentin“). */
  person: boolean;
  token: number;
}

/** The key of the unnamed phrase headed by a token. */
export function phraseId(sentence: number, token: number): string {
  return `phrase:${sentence}:${token}`;
}

/** Arguments a pronoun may continue. */
const ARGUMENT = /^(?:nsubj|obj|iobj|obl)/;

/** Determiners inflected like „ein“: „eine“, „seinen“, „ihrem“, „keiner“, „diese“. */
const EIN_LIKE = /^(?:ein|kein|sein|ihr|unser|euer|dies|jen|jed|welch)(e|en|em|er|es)?$/;

/** The genders an article allows its noun in the phrase's function: „der“ as subject is masculine, elsewhere feminine. */
function articleGenders(article: string, subject: boolean): Gender[] {
  const key = foldCase(article);
  const definite: Record<string, Gender[]> = {
    das: ['n'],
    dem: ['m', 'n'],
    des: ['m', 'n'],
    die: ['f'],
    den: ['m'],
    der: subject ? ['m'] : ['f'],
  };
  if (definite[key]) return definite[key];
  const ending = EIN_LIKE.exec(key)?.[1];
  if (ending === undefined) return EIN_LIKE.test(key) ? ['m', 'n'] : [];
  const byEnding: Record<string, Gender[]> = {
    e: ['f'],
    en: ['m'],
    em: ['m', 'n'],
    es: ['n', 'm'],
    er: subject ? ['m'] : ['f'],
  };
  return byEnding[ending] ?? [];
}

/** Whether the phrase is plural: the dictionary or its verb says so, or „die/den“ before a noun in -en („die Maßnahmen“). */
function plural(s: ParsedSentence, noun: ParsedToken, article: string | undefined): boolean {
  const number = noun.feats?.number ?? [];
  if (number.length === 1) return number[0] === 'Plur';
  const predicate = s.tokens[noun.head];
  if (noun.dep.startsWith('nsubj') && predicate && verbNumber(s, predicate) === 'pl') return true;
  return (
    /^(?:die|den)$/.test(foldCase(article ?? '')) && /en$/.test(noun.key) && genderOfName(noun.word) !== 'f'
  );
}

/** A time or amount („im Jahr 2020“, „seit März“, „2019“): no referent. */
function temporal(s: ParsedSentence, t: ParsedToken): boolean {
  return (
    TEMPORAL_PREPOSITIONS.has(caseOf(s, t) ?? '') ||
    childrenOf(s, t, 'nummod', 'nmod').some((c) => c.pos === 'NUM') ||
    s.tokens[t.head]?.pos === 'NUM'
  );
}

/** The unnamed noun phrases of a parsed sentence that stand as arguments, singular, in text order. */
export function unnamedPhrases(
  s: ParsedSentence,
  sentence: number,
  ms: readonly SentenceMention[],
): Phrase[] {
  const out: Phrase[] = [];
  const person = ms.some((m) => m.type === 'PERSON');
  for (const t of s.tokens) {
    if (!/^(?:NOUN|PROPN)$/.test(t.pos) || !ARGUMENT.test(t.dep) || temporal(s, t)) continue;
    if (ms.some((m) => m.start < t.end && t.start < m.end)) continue;
    // A noun that introduces a name („die Stadt Kassel“), or a role beside a person named in the sentence.
    const describes = childrenOf(s, t, 'appos', 'flat').some((c) =>
      ms.some((m) => m.start <= c.start && c.end <= m.end),
    );
    if (describes || ms.some((m) => m.start >= t.end && m.start <= t.end + 2)) continue;
    if (person && officeOf(t.key)) continue;
    const article = childrenOf(s, t, 'det').find((d) => d.i < t.i)?.word;
    if (plural(s, t, article)) continue;
    const byNoun = dictionaryGender(t) ?? genderOfName(t.word);
    out.push({
      entityId: phraseId(sentence, t.i),
      type: typeFromHead(t.word),
      start: t.start,
      end: t.end,
      genders: byNoun ? [byNoun] : articleGenders(article ?? '', t.dep.startsWith('nsubj')),
      person: officeOf(t.key) !== null || ADDRESS_WORDS.has(t.key.replace(/n$/, '')),
      token: t.i,
    });
  }
  return out;
}
