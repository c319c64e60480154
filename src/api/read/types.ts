/**
 * Plain views of graph records that the read functions return. GraphQL resolvers and REST
 * routes both serve these; neither sees Neo4j types.
 */
import type { DatePrecision, EntityType } from '../../graph/model.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface EntityView {
  id: string;
  name: string;
  /** Short caption for drawings: an acronym (HMDI) or short alias where the name is long. */
  caption: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  titles: string[];
  origin: string | null;
  founded: StatedDateView | null;
  dissolved: StatedDateView | null;
}

/** A date a text states (ISO first day + precision) and the passage stating it. */
export interface StatedDateView {
  date: string;
  precision: DatePrecision;
  quote: string | null;
  documentId: string | null;
}

/** The passage that dates a relation's start (FROM) or end (TO). */
export interface DatedByView {
  bound: 'FROM' | 'TO';
  quote: string;
  documentId: string | null;
}

/** A relation seen from one entity (`subjectId`); `other` is the far end. */
export interface RelationView {
  key: string;
  type: string;
  direction: 'OUT' | 'IN';
  confidence: number | null;
  method: string | null;
  /** The office the subject holds through this relation ("Staatssekretär"), where one is stated. */
  role: string | null;
  documentIds: string[];
  evidenceCount: number;
  /** First day of the stated start / end (ISO), with the precision the text gives. */
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  /** Precision of validFrom, or of validTo when only the end is known. */
  precision: DatePrecision | null;
  /** A present-tense statement says it held on this day (its document's date). */
  heldOn: string | null;
  /** A past-tense statement says it had ended by this day (its document's date). */
  endedBy: string | null;
  datedBy: DatedByView[];
  from: EntityView;
  to: EntityView;
  other: EntityView;
}

export interface EvidenceView {
  id: string;
  quote: string;
  /** Physical page of the document the passage stands on. */
  page: number | null;
  /** Page of another work the passage cites („(S.116)“). */
  citedPage: number | null;
  section: string | null;
  sectionId: string | null;
  documentId: string;
  method: string | null;
  confidence: number | null;
  start: number | null;
  end: number | null;
}

export interface MentionView {
  quote: string;
  /** Physical page of the document the passage stands on. */
  page: number | null;
  /** Page of another work the passage cites („(S.116)“). */
  citedPage: number | null;
  section: string | null;
  sectionId: string | null;
  documentId: string;
  surface: string | null;
  start: number | null;
  end: number | null;
}

export interface DocumentView {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  datePrecision?: DatePrecision | null;
  file: string | null;
  length: number | null;
}

export interface SectionView {
  id: string;
  heading: string;
  order: number;
  start: number;
  end: number;
}

export interface AppearanceView {
  documentId: string;
  mentionCount: number;
}

/** What a search hit matched on, in this order. */
export const SEARCH_MATCHES = ['NAME', 'ACRONYM', 'ROLE', 'DESCRIPTION'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export interface SearchHitView {
  score: number;
  exactMatch: boolean;
  matchedOn: SearchMatch[];
  entity: EntityView;
}

export interface PathView {
  length: number;
  nodes: EntityView[];
  steps: RelationView[];
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface StatsView {
  nodes: number;
  relationships: number;
  entities: number;
  documents: number;
  byType: TypeCount[];
  entityRelations: number;
  relationsByType: TypeCount[];
}

/** One page of an ordered list: `offset` is the position of `items[0]` in the whole list. */
export interface Page<T> {
  totalCount: number;
  offset: number;
  items: T[];
}
