/**
 * One resolver for words that refer back, walking the document in order with a model of what it
 * has named (salience.ts): pronouns („Sie betreibt …“, „Es wird von … betreut“, „Ihm folgte …“,
 * „Diese …“), definite and demonstrative noun phrases („das Projekt“, „die Behörde“, „diese
 * Leistung“), possessives as the body of an office („unter seinem Direktor Max Beispiel“) and a
 * speaker's „mein Haus“. Each reference resolved becomes a mention covering its own words, marked
 * `anaphor`, so the relation rules read it as an argument like a name.
 *
 * Resolution is conservative — a wrong referent makes a wrong claim with a real quote: the referent
 * must agree (gender for pronouns, type for nouns), and it must stand out; where two candidates fit
 * nearly equally, or a noun phrase that names no entity fits best, nothing is resolved.
 */
import { GENERIC_REFERENCES, RELATIVE_PRONOUN_GENDER, VAGUE_HEADS } from '../../lang/de/references.ts';
import { coveringMention } from '../argument-entities.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { genderOfName } from '../heads.ts';
import { childrenOf, type ParsedSentence } from '../parse.ts';
import { antecedentOf } from '../relative-clause.ts';
import { sectionAt } from '../sections.ts';
import { dictionaryGender, type Fit, Genders } from './agreement.ts';
import { clauseMates } from './clause-mates.ts';
import { Lexicon } from './lexicon.ts';
import {
  demonstrativePhrases,
  type NounReference,
  nounReferences,
  nounReferencesInText,
} from './noun-phrases.ts';
import { ownHouseReferences } from './own-house.ts';
import { personDescriptions, personReferent } from './person-descriptions.ts';
import { type Phrase, unnamedPhrases } from './phrases.ts';
import { framePossessives, officeRelation, possessiveRoles } from './possessives.ts';
import { headedBy, Possessors } from './possessors.ts';
import { type Pronoun, pronounsOf } from './pronouns.ts';
import {
  type Candidate,
  entity,
  inRelativeClause,
  type MentionRole,
  type Position,
  PRONOUN_FLOOR,
  type Referred,
  type Resolved,
  roleOf,
  Salience,
  standsOut,
} from './salience.ts';
import { personalReferences, statedPublisher, type Voices, voicesOf } from './speakers.ts';
import { landReferences } from './the-land.ts';

/** A generic noun („die Behörde“) needs a referent named lately or often. */
const GENERIC_FLOOR = 60;
/** What is said in passing — in a relative clause — counts half. */
const BACKGROUND = 0.5;

/** What joins two conjuncts: „A und die B“, „A, B“, „A sowie B“. */
const COORDINATION = /^\s*(?:,|und|oder|sowie)\s*(?:der|die|das|dem|den|des)?\s*$/;

/** A demonstrative takes what was named last — unless what was named before it stands the same way (a coordination). */
function lastNamed<T extends Candidate>(fitting: readonly T[]): T | undefined {
  const [last, before] = [...fitting].sort((a, b) => b.last.start - a.last.start);
  if (!last) return undefined;
  const alike =
    before && before.lastAt.sentence === last.lastAt.sentence && before.lastRole === last.lastRole;
  return alike ? undefined : last;
}

/** A body of unknown gender is no pronoun's referent; a person of unknown gender may be, when nothing else fits. */
function agreed(c: (Candidate & { fit: Fit }) | undefined): Resolved | undefined {
  return c && (c.fit === 'yes' || c.type === 'PERSON') ? entity(c) : undefined;
}

interface Sentence {
  index: number;
  at: Position;
  parse: ParsedSentence | undefined;
  mentions: SentenceMention[];
}

/** The document walk: what was named, how salient it is, and the references resolved against it. */
class Resolver {
  private readonly genders: Genders;
  private readonly salience = new Salience();
  private readonly lexicon: Lexicon;

  private readonly possessors: Possessors;

  constructor(
    private readonly doc: Doc,
    private readonly voices: Voices,
  ) {
    this.genders = new Genders(doc);
    this.lexicon = new Lexicon(doc);
    this.possessors = new Possessors(this.salience, this.genders, voices, headedBy(doc));
    // The body the page or report is by is what it is about („Über uns“, a fact sheet, an annual report).
    const by = statedPublisher(doc);
    if (by) this.salience.heading(by.entityId, null);
  }

  private observe(m: SentenceMention, sentence: Sentence, role = roleOf(sentence.parse, m)): void {
    const s = sentence.parse;
    this.salience.observe(m, sentence.at, role, inRelativeClause(s, m) ? BACKGROUND : 1);
    this.genders.note(m, s);
    this.lexicon.note(m);
  }

  private observePhrase(p: Phrase, sentence: Sentence): void {
    const s = sentence.parse;
    const factor = inRelativeClause(s, p) ? BACKGROUND : 1;
    this.salience.observe({ ...p, phrase: true }, sentence.at, roleOf(s, p), factor);
    this.genders.notePhrase(p.entityId, p.genders);
  }

  /** „von Frank Werner, der zuvor …“: a relative pronoun names its antecedent once more, in its own clause's role. */
  private observeRelatives(s: ParsedSentence, sentence: Sentence, phrases: readonly Phrase[]): void {
    for (const t of s.tokens) {
      if (t.pos !== 'PRON' || !RELATIVE_PRONOUN_GENDER[t.key]) continue;
      const antecedent = antecedentOf(s, t, sentence.mentions);
      if (antecedent === t) continue;
      const within = (x: { start: number; end: number }) =>
        x.start <= antecedent.start && antecedent.end <= x.end;
      const named = sentence.mentions.find((m) => within(m) && !m.modifier);
      const phrase = phrases.find(within);
      const referent = named ?? (phrase && { ...phrase, phrase: true });
      if (referent)
        this.salience.observe(
          { ...referent, start: t.start, end: t.end },
          sentence.at,
          roleOf(s, t),
          BACKGROUND,
        );
    }
  }

  /**
   * „das Präsidium“: the entity of the noun's type whose name (or introducing noun) has that head,
   * the most salient if several; „die Behörde“, „diese Leistung“: the salient entity of that type
   * and kind.
   */
  private noun(sentence: Sentence, np: NounReference): Resolved | undefined {
    if (VAGUE_HEADS.has(np.stem) && !np.demonstrative) return undefined;
    const mates = clauseMates(sentence.parse, sentence.index, np.token, sentence.mentions);
    const all = this.salience.ranked(sentence.at, np.start, 'topic').filter((c) => !mates.has(c.entityId));
    const ranked = all.filter((c) => c.type === np.type);
    // What the text itself called by this noun may be of another type than the noun gives („die FITKO … als Anstalt“).
    const lexical = all.filter(
      (c) =>
        !c.phrase &&
        ((c.type === np.type && this.lexicon.named(c.entityId, np.stem)) ||
          this.lexicon.called(c.entityId, np.stem)),
    );
    // „diese Leistung“ points at the nearest entity of its type still in view, not at one that a
    // text called a „Leistung“ pages before.
    if (np.demonstrative) {
      const inView = ranked.filter((c) => !c.phrase && c.score >= GENERIC_FLOOR);
      const nearest = lastNamed(inView.length > 0 ? inView : lexical);
      if (nearest) return entity(nearest);
    }
    if (lexical.length > 0) return entity(standsOut(lexical));
    if (np.described || (!np.demonstrative && !GENERIC_REFERENCES[np.stem])) return undefined;
    const generic = ranked.filter(
      (c) => c.score >= GENERIC_FLOOR && (c.phrase || this.lexicon.ofKind(c.entityId, c.type, np.stem)),
    );
    return entity(standsOut(generic));
  }

  /**
   * „sie“, „ihm“, „Diese“: the salient (a demonstrative: the last named) referent that agrees. It
   * may be an unnamed phrase: then nothing is claimed, but the pronoun keeps that phrase salient.
   * A dative („ihm“, „ihr“) mostly stands for a person or a body, seldom for a thing of no kind.
   */
  private pronoun(sentence: Sentence, p: Pronoun): Candidate | undefined {
    if (!p.demonstrative && this.cataphoric(sentence, p)) return undefined;
    const mates = clauseMates(sentence.parse, sentence.index, p.token.i, sentence.mentions);
    const thing = (c: Candidate) => p.reading.dative && c.phrase && c.type === null && !c.person;
    const fitting = this.salience
      .ranked(sentence.at, p.token.start, 'title')
      .map((c) => (thing(c) ? { ...c, score: c.score * BACKGROUND } : c))
      .filter((c) => c.score >= PRONOUN_FLOOR && !mates.has(c.entityId))
      .map((c) => ({ ...c, fit: this.genders.fit(c.entityId, c.type, p.reading) }))
      .filter((c) => c.fit !== 'no' && (!p.person || c.type === 'PERSON'))
      .sort((a, b) => b.score - a.score);
    const chosen = p.demonstrative ? lastNamed(fitting) : standsOut(fitting);
    return chosen?.phrase ? chosen : agreed(chosen);
  }

  /**
   * „Nachdem sie 2019 gegründet wurde, baute die Akademie …“: a pronoun in a clause before its main
   * clause may point ahead to that clause's subject — when that subject could be it, nothing before counts.
   */
  private cataphoric(sentence: Sentence, p: Pronoun): boolean {
    const s = sentence.parse;
    const clause = s?.tokens[p.token.head];
    const main = clause && s?.tokens[clause.head];
    if (!s || !clause || !main || !/^(?:advcl|csubj|ccomp)/.test(clause.dep) || main.i < p.token.i)
      return false;
    const subject = childrenOf(s, main, 'nsubj').find(
      (t) => t.i > p.token.i && /^(?:NOUN|PROPN)$/.test(t.pos),
    );
    if (!subject) return false;
    const named = coveringMention(s, subject, sentence.mentions);
    if (named) return this.genders.fit(named.entityId, named.type, p.reading) !== 'no';
    const gender = dictionaryGender(subject) ?? genderOfName(subject.word);
    return gender === null || p.reading.genders.includes(gender);
  }

  /** `null` when sentence `si` is the document's title, the section's order when it is its heading. */
  private headingOf(si: number): number | null | undefined {
    const text = this.doc.sentences[si];
    if (!text) return undefined;
    if (text.text === this.doc.title.trim()) return null;
    const section = this.doc.sections.find((x) => x.start === text.start && x.heading === text.text);
    return section?.order;
  }

  /** Resolves the references of one sentence, in text order, each one joining what later ones may refer to. */
  sentence(si: number, extra: readonly SentenceMention[]): void {
    const doc = this.doc;
    const text = doc.sentences[si];
    const ms = doc.bySentence[si];
    if (!text || !ms) return;
    ms.push(...extra);
    ms.sort((a, b) => a.start - b.start);
    const section = sectionAt(doc.sections, text.start)?.order ?? 0;
    const sentence: Sentence = {
      index: si,
      at: { sentence: si, paragraph: text.paragraph, section },
      parse: doc.parses[si],
      mentions: ms,
    };
    const s = sentence.parse;
    const heading = this.headingOf(si);
    if (heading !== undefined)
      for (const m of ms) if (!m.modifier) this.salience.heading(m.entityId, heading);
    // „A und die B“: a conjunct stands where the first one stands, however the tagger hung it.
    let previous: { m: SentenceMention; role: MentionRole } | undefined;
    for (const m of ms) {
      const joined = previous && COORDINATION.test(doc.text.slice(previous.m.end, m.start));
      const role = joined && previous ? previous.role : roleOf(s, m);
      this.observe(m, sentence, role);
      previous = { m, role };
    }
    const nouns = s ? nounReferences(s, ms) : nounReferencesInText(text.text, text.start, ms);
    for (const phrase of demonstrativePhrases(text.text, text.start, ms))
      if (!nouns.some((n) => n.start < phrase.end && phrase.start < n.end)) nouns.push(phrase);
    const pronouns = s ? pronounsOf(s, /\?\s*$/.test(text.text)) : [];
    const phrases = s ? unnamedPhrases(s, si, ms) : [];
    // An unresolved reference is an unnamed phrase like any other.
    const pending = new Set(nouns.map((np) => np.token));
    for (const p of phrases) if (!pending.has(p.token)) this.observePhrase(p, sentence);
    if (s) this.observeRelatives(s, sentence, phrases);
    if (s) this.lexicon.noteSaid(s, ms);

    const refer = (referent: Referred, start: number, end: number) => {
      const m: SentenceMention = {
        entityId: referent.entityId,
        type: referent.type,
        start,
        end,
        anaphor: true,
      };
      ms.push(m);
      ms.sort((a, b) => a.start - b.start);
      this.observe(m, sentence);
    };
    const steps = [
      ...nouns.map((np) => ({ start: np.start, end: np.end, resolve: () => this.noun(sentence, np), np })),
      ...pronouns.map((p) => ({
        start: p.token.start,
        end: p.token.end,
        resolve: () => this.pronoun(sentence, p),
        np: undefined,
      })),
      ...(s ? personDescriptions(s, ms) : []).map((d) => ({
        start: d.start,
        end: d.end,
        resolve: () => personReferent(this.doc, this.salience, this.genders, sentence, d),
        np: undefined,
      })),
    ].sort((a, b) => a.start - b.start);
    const addressing = this.voices.addressed[si] !== undefined;
    const voiced = s
      ? personalReferences(
          doc.text,
          s,
          this.voices.first[si],
          this.voices.addressed[si],
          this.voices.ours[si],
        )
      : [];
    for (const p of voiced) {
      if (!ms.some((m) => m.start < p.end && p.start < m.end)) refer(p.referent, p.start, p.end);
    }
    for (const step of steps) {
      const referent = step.resolve();
      const resolved = entity(referent);
      if (resolved) refer(resolved, step.start, step.end);
      else if (referent?.phrase)
        this.salience.observe(
          { ...referent.last, start: step.start, end: step.end },
          sentence.at,
          roleOf(s, step),
        );
      const phrase = !resolved && phrases.find((p) => p.token === step.np?.token);
      if (phrase) this.observePhrase(phrase, sentence);
    }
    for (const r of possessiveRoles(s ?? { tokens: [] }, ms, addressing)) {
      const taken = doc.relations.some(
        (x) => x.method === 'office' && x.sentence === si && x.from === r.person.entityId,
      );
      const body = taken ? undefined : this.possessors.ofOffice(sentence.index, sentence.at, r);
      if (!body || ms.some((m) => m.start < r.possessive.end && r.possessive.start < m.end)) continue;
      refer(body, r.possessive.start, r.possessive.end);
      doc.relations.push(officeRelation(r, body.entityId, si));
    }
    for (const { possessive, possessor, kind } of framePossessives(s ?? { tokens: [] }, addressing)) {
      if (ms.some((m) => m.start < possessive.end && possessive.start < m.end)) continue;
      const whose = this.possessors.ofFrame(sentence.index, sentence.at, possessive, possessor, kind);
      if (whose) refer(whose, possessive.start, possessive.end);
    }
  }
}

/** The references a document makes back, resolved: doc.bySentence gets their mentions, doc.relations the offices they give. */
export function resolveReferences(doc: Doc): void {
  const voices = voicesOf(doc);
  const own = ownHouseReferences(doc, voices);
  const land = landReferences(doc);
  const resolver = new Resolver(doc, voices);
  doc.sentences.forEach((_, si) => {
    resolver.sentence(si, [...(own[si] ?? []), ...(land[si] ?? [])]);
  });
}
