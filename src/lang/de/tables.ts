/**
 * Table columns that state a relation between a row's subject (its first cell) and the entity in
 * the column: a table „Projekt | Auftraggeber | Status“ says each project is commissioned by the
 * body in its row. Keys are folded header words; `toRow` turns the relation around (the cell's
 * entity acts on the row's).
 */
import type { RelationType } from '../../graph/model.ts';

export interface TableColumn {
  type: RelationType;
  /** The relation runs from the cell's entity to the row's. */
  toRow?: boolean;
  role?: string;
}

export const TABLE_COLUMNS: Readonly<Record<string, TableColumn>> = {
  auftraggeber: { type: 'COMMISSIONED_BY' },
  auftraggeberin: { type: 'COMMISSIONED_BY' },
  partner: { type: 'COOPERATES_WITH' },
  kooperationspartner: { type: 'COOPERATES_WITH' },
  standort: { type: 'LOCATED_IN' },
  sitz: { type: 'LOCATED_IN' },
  traeger: { type: 'OPERATES', toRow: true },
  betreiber: { type: 'OPERATES', toRow: true },
  foerderer: { type: 'FUNDS', toRow: true },
  foerdermittelgeber: { type: 'FUNDS', toRow: true },
  zuwendungsgeber: { type: 'FUNDS', toRow: true },
  zustaendig: { type: 'RESPONSIBLE_FOR', toRow: true },
  zustaendigkeit: { type: 'RESPONSIBLE_FOR', toRow: true },
  federfuehrung: { type: 'LEADS', toRow: true },
  leitung: { type: 'HOLDS_OFFICE', toRow: true, role: 'Leitung' },
};
