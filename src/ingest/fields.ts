/**
 * Relations stated by key–value lines: an infobox („Sitz: Gießen“), a fact sheet, an organisation
 * chart („Abteilung Z – Zentrale Dienste“ over „Leitung: Dr. Anna Muster“) or a notice. The label
 * names what the line states (lang/de/fields.ts, or a role noun: „Ministerin: …“); the subject is
 * what the line belongs to: the entity the line above its block of key–value lines names, else
 * the one its section's heading names, else the one the document's title names. A line that opens
 * with a body's name and a dash lists that body's tasks („Referat V 2 – Portal X, App Y“).
 */
import type { EntityType } from '../graph/model.ts';
import { type Field, fieldOf, LABEL_SHAPES, TASKS } from '../lang/de/fields.ts';
import { INSTITUTIONS } from '../lang/de/frames/index.ts';
import { officeOf } from '../lang/de/roles.ts';
import type { Doc, FoundRelation, SentenceMention } from './doc.ts';
import { foldCase } from './fold.ts';
import { sectionAt } from './sections.ts';

/** „Sitz: Gießen“, „Leitung der Abteilung: …“: a label of at most four words, a colon, a value. */
const KEY_VALUE = /^([\p{L}][\p{L}\s/.-]{1,40}?)\s*:\s+(\S.*)$/u;
const LABEL_WORDS = 4;
const HEADING_WORDS = 14;
const LIST_ITEM_WORDS = 8;
/** A heading that is a label and nothing else: „Standorte“, „Mitglieder“, „Gesellschafter“. */
const LIST_LABEL = /^\p{Lu}[\p{L}-]+$/u;
/** Headings that name a part of a text, not a field: „Organisation“ over a unit's lines. */
const PART_HEADINGS = /^(?:organisation|aufgaben?)$/;
const BODIES: ReadonlySet<EntityType> = new Set(INSTITUTIONS);

interface Line {
  field: Field;
  /** Where the value starts, in the sentence. */
  valueAt: number;
  /**
   * A sentence of running text („Sitz ist Gießen.“) or a list item: it belongs to what its section
   * or the document is about, not to the line above it.
   */
  prose?: boolean;
}

/** What a line names first that may be a subject: a body, a person or a work, before a place. */
function subjectIn(ms: readonly SentenceMention[] | undefined): SentenceMention | undefined {
  const named = (ms ?? []).filter((m) => !m.modifier && !m.anaphor);
  return named.find((m) => m.type !== 'PLACE') ?? named[0];
}

const fold = (label: string) => foldCase(label).replace(/[^a-z]/g, '');

/** „Ministerin: Prof. Dr. Anna Muster“, „Staatssekretär: …“: a role noun as label names the office the value holds. */
function officeField(label: string): Field | null {
  const office = officeOf(fold(label))?.office;
  return office
    ? { type: office.relation, toRow: true, value: ['PERSON'], role: label.trim(), subject: office.body }
    : null;
}

/** The label and value of a key–value line, whether or not the label names a field. */
function keyValue(text: string): { label: string; valueAt: number } | null {
  const m = KEY_VALUE.exec(text);
  const [label, value] = [m?.[1], m?.[2]];
  if (!m || !label || !value || label.trim().split(/\s+/).length > LABEL_WORDS) return null;
  return { label, valueAt: m[0].length - value.length };
}

/** The label of a line in another shape (an infobox row, „Sitz ist …“, „… liegt bei …“) and where its value starts. */
function labelled(text: string): { label: string; valueAt: number } | null {
  for (const shape of LABEL_SHAPES) {
    const m = shape.exec(text);
    if (m?.[1] && m[1].trim().split(/\s+/).length <= LABEL_WORDS)
      return { label: m[1], valueAt: m[0].length };
  }
  return null;
}

function fieldOfLabel(label: string): Field | null {
  // „Leitung der Abteilung“: the label's first word names the field.
  const first = label.trim().split(/\s+/)[0] ?? '';
  return fieldOf(fold(label)) ?? fieldOf(fold(first)) ?? officeField(label);
}

function fieldLine(text: string): Line | null {
  const kv = keyValue(text);
  const shaped = kv ? null : labelled(text);
  const label = kv ?? shaped;
  const field = label && fieldOfLabel(label.label);
  return label && field ? { field, valueAt: label.valueAt, prose: shaped !== null } : null;
}

/**
 * „## Standorte“ over „- Wetzlar“, „- Gießen“: a line of a list under a heading that is a label
 * (the bullets are gone from the text): a whole line, short, no sentence of running text.
 */
function listItem(doc: Doc, si: number): Line | null {
  const sentence = doc.sentences[si];
  if (!sentence) return null;
  const wholeLine =
    (sentence.start === 0 || doc.text[sentence.start - 1] === '\n') &&
    (sentence.end >= doc.text.length || doc.text[sentence.end] === '\n');
  const item =
    wholeLine && !/[.!?]\s*$/.test(sentence.text) && sentence.text.split(/\s+/).length <= LIST_ITEM_WORDS;
  const section = sectionAt(doc.sections, sentence.start);
  if (!item || section.start === sentence.start) return null;
  const heading = section.heading.trim();
  const key = fold(heading);
  if (!LIST_LABEL.test(heading) || PART_HEADINGS.test(key)) return null;
  // „Standorte“, „Mitglieder“: a plural heading labels its items like its singular.
  const field = fieldOf(key) ?? fieldOf(key.replace(/(?:e|en|n)$/, ''));
  return field ? { field, valueAt: 0, prose: true } : null;
}

/**
 * The entity a field line at sentence `si` is about. Above a block of field lines, a heading line
 * that names an entity is what they describe (a unit in an organisation chart); else the
 * paragraph's first line, when it is no field line („Offizielle Bezeichnung: …“ over „Ort: …“;
 * none when it names nothing); else the section's heading, else the document's title. `lines` are
 * the field lines of the document, by sentence.
 */
function subjectOf(doc: Doc, lines: readonly (Line | null)[], si: number): SentenceMention | undefined {
  const sentence = doc.sentences[si];
  if (!sentence) return undefined;
  if (lines[si]?.prose) return topicOf(doc, si);
  const inParagraph = (k: number) => k >= 0 && doc.sentences[k]?.paragraph === sentence.paragraph;
  let k = si - 1;
  while (inParagraph(k) && lines[k] && !lines[k]?.prose) k--;
  const above =
    inParagraph(k) && (isHeadingLine(doc.sentences[k]?.text ?? '') || taskLine(doc, k))
      ? subjectIn(doc.bySentence[k])
      : undefined;
  if (above) return above;
  const first = doc.sentences.findIndex((s) => s.paragraph === sentence.paragraph);
  // A first line that names nothing („I.1) Name und Adressen“) leaves the block without a subject.
  if (first >= 0 && first < si && !lines[first]) return subjectIn(doc.bySentence[first]);
  return topicOf(doc, si);
}

/** What the section of sentence `si` is about, by its heading, else what the document is about, by its title. */
function topicOf(doc: Doc, si: number): SentenceMention | undefined {
  const sentence = doc.sentences[si];
  if (!sentence) return undefined;
  const section = sectionAt(doc.sections, sentence.start);
  const heading = doc.sentences.findIndex((s) => s.start === section.start && s.text === section.heading);
  if (heading >= 0 && heading !== si) {
    const named = subjectIn(doc.bySentence[heading]);
    if (named) return named;
  }
  return si > 0 ? subjectIn(doc.bySentence[0]) : undefined;
}

/** A line that heads what follows: no key–value line, no sentence of running text. */
function isHeadingLine(text: string): boolean {
  return !keyValue(text) && !/[.!?]\s*$/.test(text) && text.trim().split(/\s+/).length <= HEADING_WORDS;
}

/** „Referat V 2 – Digitale Basisdienste: Plattform X, App Y“: the body opening the line, and where its tasks start. */
function taskLine(doc: Doc, si: number): { subject: SentenceMention; valueAt: number } | null {
  const sentence = doc.sentences[si];
  const dash = sentence ? /^\s*\S.{0,60}?\s[–-]\s/u.exec(sentence.text) : null;
  if (!sentence || !dash) return null;
  const subject = (doc.bySentence[si] ?? []).find(
    (m) => !m.modifier && m.start - sentence.start < dash[0].length && BODIES.has(m.type),
  );
  const opens = subject !== undefined && /^\s*$/.test(doc.text.slice(sentence.start, subject.start));
  return subject && opens ? { subject, valueAt: dash[0].length } : null;
}

function fits(types: readonly EntityType[] | undefined, type: EntityType): boolean {
  return types === undefined || types.includes(type);
}

/** The relations a line states from its subject to the entities of its value. */
function lineRelations(doc: Doc, si: number, subject: SentenceMention, line: Line): FoundRelation[] {
  const sentence = doc.sentences[si];
  const { field } = line;
  if (!sentence || !fits(field.subject, subject.type)) return [];
  const valueStart = sentence.start + line.valueAt;
  return (doc.bySentence[si] ?? [])
    .filter((m) => m.start >= valueStart && !m.modifier && !m.anaphor && m.entityId !== subject.entityId)
    .filter((value) => fits(field.value, value.type))
    .map((value) => {
      const [from, to] = field.toRow ? [value, subject] : [subject, value];
      return {
        from: from.entityId,
        type: field.type,
        to: to.entityId,
        ...(field.role ? { role: field.role } : {}),
        sentence: si,
        confidence: 0.8,
        method: 'field',
      };
    });
}

export function fieldRelations(doc: Doc): FoundRelation[] {
  const lines = doc.sentences.map((sentence, si) => fieldLine(sentence.text) ?? listItem(doc, si));
  return doc.sentences.flatMap((_, si) => {
    const line = lines[si];
    const subject = line && subjectOf(doc, lines, si);
    if (line && subject) return lineRelations(doc, si, subject, line);
    const tasks = line ? null : taskLine(doc, si);
    return tasks ? lineRelations(doc, si, tasks.subject, { field: TASKS, valueAt: tasks.valueAt }) : [];
  });
}
