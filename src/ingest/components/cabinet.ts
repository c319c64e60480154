/**
 * cabinet: a cabinet table ("Office⇥Name (Party)") gives people, parties, ministries and their links.
 *
 * Cabinet tables: rows "Office<TAB>Name (Party)", e.g. "Minister der Finanzen\tProf. Dr.
 * Alexander Lorz (CDU)". Each row yields a person (titles stripped but kept), the party, the
 * ministry derived from the office title ("Minister der Finanzen" → "Ministerium der Finanzen"),
 * and MEMBER_OF, HEADS and SERVES_IN (the cabinet the text names, e.g. "Kabinett Rhein II").
 */
import type { EntityType, RelationType } from '../../graph/model.ts';
import { foldCase } from '../fold.ts';
import type { MatchIndex } from '../matcher.ts';
import { sentenceAt } from '../sentences.ts';
import type { Component } from './component.ts';

export interface CabinetEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  titles?: string[];
  /** Catalog id when the catalog knows the entity. */
  catalogId: string | null;
  /** Spans where the row names it (surface may differ from the name, e.g. the office title). */
  spans: { start: number; end: number }[];
}

export interface CabinetRelation {
  from: string;
  type: RelationType;
  to: string;
  /** The table row. */
  start: number;
  end: number;
}

export interface CabinetTable {
  entities: CabinetEntity[];
  relations: CabinetRelation[];
}

const ROW = /^([^\t\n]+?)\t+([^\t\n]+?)\s*\(([^()\t\n]+)\)[ \t]*$/gm;
const OFFICE =
  /^(Staatsminister(?:in)?|Minister(?:in)?|Senator(?:in)?|Ministerpräsident(?:in)?|Regierende[r]? Bürgermeister(?:in)?|Erste[r]? Bürgermeister(?:in)?)\b\s*(.*)$/u;
const HEAD_OF_GOVERNMENT = /^(Ministerpräsident|Regierende)/;
const TITLE = /^(?:Prof\.|Dr\.|h\.\s?c\.|Dr\.-Ing\.|Dipl\.-[\p{L}]+\.|Mag\.|MdL|MdB)$/u;
/** A second role in the office title: "… und Bevollmächtigter des Landes Hessen beim Bund". */
const SECOND_ROLE =
  /\s+und\s+[\p{L}-]*(?:[Bb]evollmächtigte|[Bb]eauftragte|[Vv]ertreter)(?:r|in)?(?:\s.*)?$/u;
const CABINET_NAME = /\bKabinetts?\s+((?:\p{Lu}[\p{L}-]+)(?:\s+[IVX]+\b)?)/u;

/** "Minister des Innern, für Sicherheit …" → "Ministerium des Innern, für Sicherheit …"; null for heads of government. */
export function ministryFromOffice(office: string): string | null {
  const m = OFFICE.exec(office.trim());
  if (!m) return null;
  const portfolio = (m[2] as string).replace(SECOND_ROLE, '').trim();
  if (portfolio.length === 0 || !/^(?:der|des|für)\s/.test(portfolio)) return null;
  return `Ministerium ${portfolio}`;
}

export function splitTitles(person: string): { name: string; titles: string[] } {
  const words = person.trim().split(/\s+/);
  const titles: string[] = [];
  while (words.length > 2 && TITLE.test(words[0] as string)) titles.push(words.shift() as string);
  return { name: words.join(' '), titles };
}

/** Finds cabinet rows; `index` resolves parties and ministries to catalog ids where it can. */
export function extractCabinet(text: string, index: MatchIndex): CabinetTable {
  const entities = new Map<string, CabinetEntity>();
  const relations: CabinetRelation[] = [];
  const entity = (key: string, init: Omit<CabinetEntity, 'key' | 'spans'>, start: number, end: number) => {
    let e = entities.get(key);
    if (!e) {
      e = { key, ...init, spans: [] };
      entities.set(key, e);
    }
    e.spans.push({ start, end });
    return e;
  };
  const rows = [...text.matchAll(ROW)].filter((m) => OFFICE.test((m[1] as string).trim()));
  if (rows.length === 0) return { entities: [], relations: [] };

  const cabinetMatch = CABINET_NAME.exec(text);
  const cabinet = cabinetMatch
    ? entity(
        `GOVERNMENT:${foldCase(cabinetMatch[0])}`,
        {
          type: 'GOVERNMENT',
          name: `Kabinett ${cabinetMatch[1]}`,
          aliases: [],
          description: null,
          catalogId: index.lookup(`Kabinett ${cabinetMatch[1]}`)?.entityId ?? null,
        },
        cabinetMatch.index,
        cabinetMatch.index + cabinetMatch[0].length,
      )
    : null;

  for (const row of rows) {
    const [line, officeRaw, personRaw, partyRaw] = row as unknown as [string, string, string, string];
    const rowStart = row.index;
    const rowEnd = rowStart + line.length;
    const office = officeRaw.trim();
    const { name, titles } = splitTitles(personRaw);
    const personStart = rowStart + line.indexOf(personRaw) + personRaw.indexOf(name);
    const person = entity(
      `PERSON:${foldCase(name)}`,
      {
        type: 'PERSON',
        name,
        aliases: [],
        description: office,
        ...(titles.length ? { titles } : {}),
        catalogId: null,
      },
      personStart,
      personStart + name.length,
    );
    const partyName = partyRaw.trim();
    const partyStart = rowStart + line.lastIndexOf(partyName);
    const party = entity(
      `PARTY:${foldCase(partyName)}`,
      {
        type: 'PARTY',
        name: partyName,
        aliases: [],
        description: null,
        catalogId: index.lookup(partyName)?.entityId ?? null,
      },
      partyStart,
      partyStart + partyName.length,
    );
    relations.push({ from: person.key, type: 'MEMBER_OF', to: party.key, start: rowStart, end: rowEnd });
    if (cabinet)
      relations.push({ from: person.key, type: 'SERVES_IN', to: cabinet.key, start: rowStart, end: rowEnd });
    const ministryName = ministryFromOffice(office);
    if (ministryName) {
      const known = index.lookup(ministryName);
      const officeStart = rowStart + line.indexOf(office);
      const ministry = entity(
        `MINISTRY:${foldCase(ministryName)}`,
        {
          type: 'MINISTRY',
          name: ministryName,
          aliases: [],
          description: null,
          catalogId: known?.entityId ?? null,
        },
        officeStart,
        officeStart + office.replace(SECOND_ROLE, '').length,
      );
      relations.push({ from: person.key, type: 'HEADS', to: ministry.key, start: rowStart, end: rowEnd });
    } else if (cabinet && HEAD_OF_GOVERNMENT.test(office)) {
      relations.push({ from: person.key, type: 'HEADS', to: cabinet.key, start: rowStart, end: rowEnd });
    }
  }
  return { entities: [...entities.values()], relations };
}

export const cabinet: Component = {
  name: 'cabinet',
  requires: ['text', 'sentences', 'candidates', 'registry'],
  assigns: ['candidates', 'relations', 'registry'],
  run(doc, ctx) {
    const table = extractCabinet(doc.text, ctx.catalogIndex);
    const ids = new Map<string, string>();
    for (const e of table.entities) {
      const id =
        e.catalogId ??
        doc.registry.resolve({
          ...e,
          origin: 'cabinet-table',
          ...(e.titles ? { titles: e.titles } : {}),
        });
      ids.set(e.key, id);
      for (const span of e.spans) {
        doc.candidates.explicit.push({
          entityId: id,
          ...span,
          surface: doc.text.slice(span.start, span.end),
          label: e.name,
          kind: 'name',
        });
      }
    }
    for (const r of table.relations) {
      doc.relations.push({
        from: ids.get(r.from) as string,
        type: r.type,
        to: ids.get(r.to) as string,
        sentence: sentenceAt(doc.sentences, r.start),
        confidence: 0.95,
        method: 'cabinet-table',
      });
    }
  },
};
