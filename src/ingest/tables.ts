/**
 * Relations stated by tables in text dumps (cells separated by tabs): the header names what each
 * column means (lang/de/fields.ts), the first cell names the row's subject. „Projekt | Auftraggeber“
 * over „13. Gigabitgipfel Hessen | HMDI“ states Gigabitgipfel Hessen COMMISSIONED_BY HMDI.
 */
import { fieldOf } from '../lang/de/fields.ts';
import type { Doc, FoundRelation, SentenceMention } from './doc.ts';
import { foldCase } from './fold.ts';
import { typeFromHead } from './heads.ts';
import { sentenceAt } from './sentences.ts';

interface Cell {
  start: number;
  end: number;
}

function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const part of line.split('\t')) {
    cells.push({ start: offset + start, end: offset + start + part.length });
    start += part.length + 1;
  }
  return cells;
}

/** The first named entity inside a cell; anaphors and compound modifiers name nothing here. */
function entityIn(mentions: readonly SentenceMention[], cell: Cell): SentenceMention | undefined {
  return mentions.find((m) => m.start >= cell.start && m.end <= cell.end && !m.anaphor && !m.modifier);
}

export function tableRelations(doc: Doc): FoundRelation[] {
  const out: FoundRelation[] = [];
  const mentions = doc.bySentence.flat().sort((a, b) => a.start - b.start);
  const lines = doc.text.split('\n');
  let offset = 0;
  let header: (ReturnType<typeof columnOf> | null)[] | null = null;
  for (const line of lines) {
    const cells = line.includes('\t') ? cellsOf(line, offset) : [];
    if (cells.length < 2) header = null;
    else if (!header) header = cells.map((c) => columnOf(doc.text.slice(c.start, c.end)));
    else {
      // The row is about the entity that begins the first cell of a column no label explains
      // („13. Gigabitgipfel Hessen“ under „Projekt“, after a „Jahr“), not about a task concerning
      // one („Fortschreibung der Gigabitstrategie“).
      const at = cells.findIndex((c, k) => !header?.[k] && entityIn(mentions, c) !== undefined);
      const cell = cells[at];
      const first = cell && entityIn(mentions, cell);
      const lead = first && cell ? doc.text.slice(cell.start, first.start) : '';
      // Before the name a number („13.“) or a type noun („Portal „…““) may stand, not a task.
      const led = /^\s*(?:\d+\.\s*)?(?:(\p{Lu}\p{Ll}+)\s+„?)?$/u.exec(lead);
      const subject = led && (led[1] === undefined || typeFromHead(led[1])) ? first : undefined;
      header.forEach((column, k) => {
        const other = k !== at && column && subject ? entityIn(mentions, cells[k] as Cell) : undefined;
        if (!column || !subject || !other || other.entityId === subject.entityId) return;
        if (column.value && !column.value.includes(other.type)) return;
        const [from, to] = column.toRow ? [other, subject] : [subject, other];
        out.push({
          from: from.entityId,
          type: column.type,
          to: to.entityId,
          ...(column.role ? { role: column.role } : {}),
          sentence: sentenceAt(doc.sentences, other.start),
          confidence: 0.8,
          method: 'table',
        });
      });
    }
    offset += line.length + 1;
  }
  return out;
}

function columnOf(heading: string) {
  return fieldOf(foldCase(heading.trim()).replace(/[^a-z]/g, ''));
}
