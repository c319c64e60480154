/**
 * Who says „ich“, sentence by sentence. A protocol names each turn's speaker in a line of its own
 * („Abg. Anna Muster (SPD):“); an interview asks one person („Herr Professor Muster, Sie …?“) and
 * prints the answers; a letter, a foreword or a minister's answer is signed with a name at its end.
 * First-person words of a turn stand for its speaker, the polite „Sie“ of an interview's questions
 * for the person asked, and „mein Haus“ or „wir“ for the body the speaker speaks for: the one named
 * in the speaker's line, or else the one the text says the speaker heads or holds office in.
 */
import type { EntityType } from '../../graph/model.ts';
import { INSTITUTIONS } from '../../lang/de/frames/index.ts';
import {
  CLOSING_FORMULA,
  FIRST_PERSON,
  FIRST_PERSON_PLURAL,
  POLITE_ADDRESS,
  SPEAKER_LINE,
  VOCATIVE,
} from '../../lang/de/references.ts';
import { NAME_TITLES } from '../../lang/de/words.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import type { ParsedSentence } from '../parse.ts';
import type { Referred } from './salience.ts';

export interface Voice {
  person: string;
  /** The body the person speaks for, if the text tells. */
  house?: Referred;
}

/** A body a voice speaks for. */
export type House = Referred;

export interface Voices {
  /** Who „ich“ is, per sentence. */
  first: (Voice | undefined)[];
  /** Whom the polite „Sie“ addresses, per sentence (the questions of an interview). */
  addressed: (Voice | undefined)[];
  /** Who „wir“ and „unser Haus“ are, per sentence: the speaker's body, else the body the document is by. */
  ours: (House | undefined)[];
}

/** Bodies a person may speak for. */
const HOUSES: ReadonlySet<EntityType> = new Set(INSTITUTIONS);
/** A speaker's line is short: a name, a party, a role. */
const LINE_WORDS = 20;
/** A place-and-date line before a signature: „Wiesbaden, 20. Januar 2020“. */
const PLACE_DATE = /^[\p{Lu}][\p{L}\s./-]*,\s*(?:den\s+)?\d/u;
/** What may stand beside the name in a signature: titles, then a comma and a role of a few words. */
const TITLE_WORDS = new Set(NAME_TITLES.map((t) => t.toLowerCase()));

const personOf = (ms: readonly SentenceMention[]) => ms.find((m) => m.type === 'PERSON' && !m.modifier);

/** The body a person speaks for: one named beside them in their line, or the one an office of theirs is at. */
function houseOf(doc: Doc, person: string, line: readonly SentenceMention[] = []): Voice['house'] {
  const named = line.find((m) => HOUSES.has(m.type) && !m.modifier);
  if (named) return { entityId: named.entityId, type: named.type };
  const office = doc.relations.find(
    (r) => r.from === person && (r.type === 'HEADS' || r.type === 'HOLDS_OFFICE' || r.type === 'CHAIRS'),
  );
  const type = office && doc.registry.record(office.to)?.type;
  return office && type && HOUSES.has(type) ? { entityId: office.to, type } : undefined;
}

/** Protocol turns: from each speaker's line to the next, the speaker says „ich“. */
function turns(doc: Doc): (Voice | undefined)[] | null {
  let voice: Voice | undefined;
  let any = false;
  const out = doc.sentences.map((s, si) => {
    const ms = doc.bySentence[si] ?? [];
    const speaker = personOf(ms);
    const short = s.text.split(/\s+/).length <= LINE_WORDS;
    if (speaker && short && SPEAKER_LINE.test(s.text)) {
      voice = { person: speaker.entityId, house: houseOf(doc, speaker.entityId, ms) };
      any = true;
      return undefined;
    }
    return voice;
  });
  return any ? out : null;
}

/** Sentences by paragraph, in order. */
function paragraphs(doc: Doc): number[][] {
  const out = new Map<number, number[]>();
  doc.sentences.forEach((s, si) => {
    const paragraph = out.get(s.paragraph);
    if (paragraph) paragraph.push(si);
    else out.set(s.paragraph, [si]);
  });
  return [...out.values()];
}

/**
 * An interview: at least two paragraphs that end in a question. The person asked is the one a
 * question calls by name („Herr Professor Roßnagel, …“), or else the person the lead names most.
 */
function interview(doc: Doc): Pick<Voices, 'first' | 'addressed'> | null {
  const paras = paragraphs(doc);
  const asks = (p: number[]) => /\?\s*$/.test(doc.sentences[p[p.length - 1] as number]?.text ?? '');
  const questions = paras.filter(asks);
  if (questions.length < 2) return null;
  const firstQuestion = paras.indexOf(questions[0] as number[]);
  const called = questions
    .flat()
    .filter((si) => VOCATIVE.test(doc.sentences[si]?.text ?? ''))
    .map((si) => personOf(doc.bySentence[si] ?? []))
    .find((m) => m !== undefined);
  const counts = new Map<string, number>();
  for (const si of paras.slice(0, firstQuestion).flat())
    for (const m of doc.bySentence[si] ?? [])
      if (m.type === 'PERSON') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const lead = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const person = called?.entityId ?? lead;
  if (!person) return null;
  const voice: Voice = { person, house: houseOf(doc, person) };
  const first: (Voice | undefined)[] = doc.sentences.map(() => undefined);
  const addressed = [...first];
  paras.slice(firstQuestion).forEach((p) => {
    for (const si of p) (asks(p) ? addressed : first)[si] = voice;
  });
  return { first, addressed };
}

/** Whether a sentence is a name alone, as signed: titles before it, at most a short role after a comma. */
function signature(doc: Doc, si: number): SentenceMention | undefined {
  const s = doc.sentences[si];
  const person = personOf(doc.bySentence[si] ?? []);
  if (!s || !person) return undefined;
  const before = doc.text.slice(s.start, person.start).trim().split(/\s+/).filter(Boolean);
  const after = doc.text.slice(person.end, s.end).trim();
  const titled = before.every((w) => TITLE_WORDS.has(w.toLowerCase()));
  const role = after === '' || /^,\s*[\p{L}\s-]{2,60}$/u.test(after);
  return titled && role ? person : undefined;
}

/**
 * A signed text: a name alone near the end, or after a closing formula or a place-and-date line.
 * The signer says „ich“ in everything before the signature, back to an earlier one.
 */
function signed(doc: Doc): (Voice | undefined)[] {
  const out: (Voice | undefined)[] = doc.sentences.map(() => undefined);
  const last = doc.sentences.length - 1;
  let from = 0;
  doc.sentences.forEach((_, si) => {
    const previous = doc.sentences[si - 1]?.text.trim() ?? '';
    const closing = CLOSING_FORMULA.test(previous) || PLACE_DATE.test(previous);
    const signer = (si >= last - 2 || closing) && signature(doc, si);
    if (!signer) return;
    const voice: Voice = { person: signer.entityId, house: houseOf(doc, signer.entityId) };
    for (let k = from; k < si; k++) out[k] = voice;
    from = si + 1;
  });
  return out;
}

/**
 * The body a document is by, when its first line, its title or its stated publisher names one
 * („Amt für Bodenmanagement Fulda | Jahresbericht 2023“): an annual report, a fact sheet or an
 * authority's web page says „wir“ for it.
 */
export function publisher(doc: Doc): House | undefined {
  const named = (doc.bySentence[0] ?? []).find((m) => HOUSES.has(m.type) && !m.modifier && !m.anaphor);
  return named ? { entityId: named.entityId, type: named.type } : statedPublisher(doc);
}

/**
 * The body a title the text leaves out (a running header, a web page's title) or the publisher its
 * metadata gives names: each part of it („X | Jahresbericht 2023“, „X – Startseite“) may be its name.
 */
export function statedPublisher(doc: Doc): House | undefined {
  const parts = [doc.meta.publisher, doc.title]
    .flatMap((label) => (label ?? '').split(/\s+[|–—:·-]\s+/))
    .map((part) => part.trim());
  for (const part of parts) {
    const id = part ? doc.registry.find(part) : undefined;
    const type = id ? doc.registry.record(id)?.type : undefined;
    if (id && type && HOUSES.has(type)) return { entityId: id, type };
  }
  return undefined;
}

/** The voices of a document: protocol turns, else an interview's, else a signer's; „wir“ as the publisher where no one speaks. */
export function voicesOf(doc: Doc): Voices {
  const none = doc.sentences.map(() => undefined);
  const spoken = turns(doc);
  const voiced = spoken
    ? { first: spoken, addressed: none }
    : (interview(doc) ?? { first: signed(doc), addressed: none });
  const by = spoken ? undefined : publisher(doc);
  const ours = doc.sentences.map((_, si) => voiced.first[si]?.house ?? by);
  return { ...voiced, ours };
}

/** Dependencies under which a personal pronoun is an argument a relation may read. */
const ARGUMENT = /^(?:nsubj|obj|iobj|obl)/;

/**
 * „ich“, „mich“, „mir“: the speaker of the sentence; „wir“, „uns“: the body the speaker speaks for;
 * the polite „Sie“ of an interview's question: the person asked.
 */
/** Whether an offset of a text lies inside quotation marks: quoted speech („„Wir freuen uns“, sagte …“) is someone else's. */
export function quoted(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf('„') > before.lastIndexOf('“');
}

export function personalReferences(
  text: string,
  s: ParsedSentence,
  me: Voice | undefined,
  you: Voice | undefined,
  we: House | undefined,
): { referent: Referred; start: number; end: number }[] {
  const person = (v: Voice | undefined) => v && { entityId: v.person, type: 'PERSON' as const };
  return s.tokens.flatMap((t) => {
    if (!ARGUMENT.test(t.dep) || t.pos !== 'PRON') return [];
    if (FIRST_PERSON_PLURAL.has(t.key) && quoted(text, t.start)) return [];
    const referent = FIRST_PERSON.has(t.key)
      ? person(me)
      : FIRST_PERSON_PLURAL.has(t.key)
        ? we
        : POLITE_ADDRESS.has(t.word)
          ? person(you)
          : undefined;
    return referent ? [{ referent, start: t.start, end: t.end }] : [];
  });
}
