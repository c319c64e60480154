/**
 * Relations stated by key–value lines: an infobox („Sitz: Gießen“), a fact sheet, an organisation
 * chart („Abteilung Z – Zentrale Dienste“ over „Leitung: Dr. Anna Muster“) or a notice. The label
 * names what the line states (lang/de/fields.ts); the subject is what the line belongs to: the
 * entity the paragraph's first line names, else the one its section's heading names, else the one
 * the document's title names.
 */
import type { EntityType } from '../graph/model.ts';
import { type Field, fieldOf } from '../lang/de/fields.ts';
import type { Doc, FoundRelation, SentenceMention } from './doc.ts';
import { foldCase } from './fold.ts';
import { sectionAt } from './sections.ts';

/** „Sitz: Gießen“, „Leitung der Abteilung: …“: a label of at most four words, a colon, a value. */
const FIELD_LINE = /^([\p{L}][\p{L}\s/-]{1,40}?)\s*:\s+(\S.*)$/u;
const LABEL_WORDS = 4;

/** What a line names first that may be a subject: a body, a person or a work, before a place. */
function subjectIn(ms: readonly SentenceMention[] | undefined): SentenceMention | undefined {
  const named = (ms ?? []).filter((m) => !m.modifier && !m.anaphor);
  return named.find((m) => m.type !== 'PLACE') ?? named[0];
}

function fieldOfLine(text: string): { field: Field; valueAt: number } | null {
  const m = FIELD_LINE.exec(text);
  const label = m?.[1];
  const value = m?.[2];
  if (!m || !label || !value || label.trim().split(/\s+/).length > LABEL_WORDS) return null;
  // „Leitung der Abteilung“: the label's first word names the field.
  const head = label.trim().split(/\s+/)[0] ?? '';
  const field =
    fieldOf(foldCase(label).replace(/[^a-z]/g, '')) ?? fieldOf(foldCase(head).replace(/[^a-z]/g, ''));
  return field ? { field, valueAt: m[0].length - value.length } : null;
}

/** The entity a field line at sentence `si` is about. */
function subjectOf(doc: Doc, si: number): SentenceMention | undefined {
  const sentence = doc.sentences[si];
  if (!sentence) return undefined;
  const first = doc.sentences.findIndex((s) => s.paragraph === sentence.paragraph);
  if (first >= 0 && first < si && !fieldOfLine(doc.sentences[first]?.text ?? ''))
    return subjectIn(doc.bySentence[first]);
  const section = sectionAt(doc.sections, sentence.start);
  const heading = doc.sentences.findIndex((s) => s.start === section.start && s.text === section.heading);
  if (heading >= 0 && heading !== si) {
    const named = subjectIn(doc.bySentence[heading]);
    if (named) return named;
  }
  return si > 0 ? subjectIn(doc.bySentence[0]) : undefined;
}

function fits(types: readonly EntityType[] | undefined, type: EntityType): boolean {
  return types === undefined || types.includes(type);
}

export function fieldRelations(doc: Doc): FoundRelation[] {
  const out: FoundRelation[] = [];
  doc.sentences.forEach((sentence, si) => {
    const line = fieldOfLine(sentence.text);
    if (!line) return;
    const subject = subjectOf(doc, si);
    if (!subject) return;
    const valueStart = sentence.start + line.valueAt;
    const values = (doc.bySentence[si] ?? []).filter(
      (m) => m.start >= valueStart && !m.modifier && !m.anaphor && m.entityId !== subject.entityId,
    );
    for (const value of values) {
      if (!fits(line.field.value, value.type)) continue;
      const [from, to] = line.field.toRow ? [value, subject] : [subject, value];
      out.push({
        from: from.entityId,
        type: line.field.type,
        to: to.entityId,
        ...(line.field.role ? { role: line.field.role } : {}),
        sentence: si,
        confidence: 0.8,
        method: 'field',
      });
    }
  });
  return out;
}
