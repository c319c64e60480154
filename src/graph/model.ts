/**
 * The graph's vocabulary and the pure batch the ingest pipeline hands to the writer.
 * Labels and relationship types reach Cypher only through these whitelists.
 */

export const ENTITY_TYPES = [
  'PERSON',
  'PARTY',
  'GOVERNMENT',
  'MINISTRY',
  'AGENCY',
  'ORGANISATION',
  'PROGRAMME',
  'PLATFORM',
  'SERVICE',
  'LAW',
  'PLACE',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Neo4j label per entity type; every entity node also carries `:Entity`. */
export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = Object.freeze({
  PERSON: 'Person',
  PARTY: 'Party',
  GOVERNMENT: 'Government',
  MINISTRY: 'Ministry',
  AGENCY: 'Agency',
  ORGANISATION: 'Organisation',
  PROGRAMME: 'Programme',
  PLATFORM: 'Platform',
  SERVICE: 'Service',
  LAW: 'Law',
  PLACE: 'Place',
});

export const RELATION_TYPES = [
  'MEMBER_OF',
  'HEADS',
  'SERVES_IN',
  'PART_OF',
  'RESPONSIBLE_FOR',
  'OPERATES',
  'DEVELOPS',
  'PROVIDES',
  'FUNDS',
  'PILOTED_IN',
  'FOLLOWS',
  'BASED_ON',
  'CHAIRS',
  'COOPERATES_WITH',
  'LEADS',
  'PLEDGED_IN',
  /** A person holds an office at a body; the office title is the relationship's `role`. */
  'HOLDS_OFFICE',
  /** Seat of a body: "mit Sitz in Wiesbaden". */
  'LOCATED_IN',
  /** Works on behalf of: "im Auftrag des Ministeriums". */
  'COMMISSIONED_BY',
  /** Weak link: two entities named in the same sentence, nothing more is claimed. */
  'CO_OCCURS_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** Links that claim nothing (named in the same sentence): left out of reads unless asked for. */
export const WEAK_RELATION_TYPES: readonly RelationType[] = Object.freeze(['CO_OCCURS_WITH']);

/** Every relation type that claims something: the default of relation lists and paths. */
export const CLAIMED_RELATION_TYPES: readonly RelationType[] = Object.freeze(
  RELATION_TYPES.filter((t) => !WEAK_RELATION_TYPES.includes(t)),
);

/** How a fact was found; stored on every edge and evidence so a reader can judge it. */
export type ExtractionMethod =
  | 'catalog'
  | 'definition'
  | 'cabinet-table'
  | 'pattern'
  | 'pledge'
  | 'co-occurrence'
  | (string & {});

/** How much of a date is known; a month or a year is written as its first day (Wikidata's way). */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date the text states, with the passage that states it. `date` is ISO at its precision:
 * `2024-01-18` (DAY), `2024-01` (MONTH), `2024` (YEAR).
 */
export interface StatedDate {
  date: string;
  precision: DatePrecision;
  evidence: Evidence;
}

export interface DocumentRecord {
  /** Stable slug, e.g. `digitale-verwaltung-hessen-2023` (file name without extension). */
  id: string;
  title: string;
  publisher: string | null;
  /** ISO date at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string | null;
  /** Precision of `date`; absent means it follows from the length of `date`. */
  datePrecision?: DatePrecision | null;
  /** Path relative to the project root or as given on the command line. */
  file: string;
  sha256: string;
  /** The normalised text; every quote's offsets point into it. */
  text: string;
  /** What the extraction depended on (file, sidecar, catalog, code); a rerun with the same key skips the document. */
  sourceKey?: string | null;
  /**
   * Folded keys of the name-like words the extraction could not tie to an entity: tagged names and
   * proper nouns, acronyms, a capitalised word after a role word („Staatssekretärin Morgenroth“).
   * What another document may explain later; sorted.
   */
  unresolved?: string[];
  /**
   * Folded keys of the words the extraction tied by what else is known: to an entity of another
   * document, or to a person by surname alone (a second person of that surname makes it name
   * neither). Their reading changes when the graph learns more; sorted.
   */
  linked?: string[];
  /**
   * What the document was read against: `key entityId` for every entity of another document with a
   * name, alias, surname or short form of that folded key, for the keys of `unresolved` and `linked`.
   * A load reads the document again when this changes; sorted.
   */
  readAgainst?: string[];
  /** The physical pages of `text` as the format reader found them ([start, end) in `text`). */
  pages?: { page: number; label: string | null; start: number; end: number }[];
  /** Title, publisher and date handed to the extraction (sidecar or the format's own metadata). */
  given?: { title: string | null; publisher: string | null; date: string | null };
}

export interface SectionRecord {
  /** `${documentId}#${order}` */
  id: string;
  documentId: string;
  heading: string;
  order: number;
  start: number;
  end: number;
}

/** A verbatim passage of the normalised document text. */
export interface Evidence {
  documentId: string;
  sectionId: string;
  /** Exact substring: document.text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /** Physical page (1-based) of this document the passage stands on; null where the source has no pages. */
  page: number | null;
  /** Page of another work the passage cites, e.g. „(S.116)“ → 116; null (or absent) where none is cited. */
  citedPage?: number | null;
}

export interface EntityRecord {
  /** Stable slug: the catalog's id, or derived from the canonical name. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  /** Academic/honorific titles stripped from a person's name, e.g. ["Prof.", "Dr."]. */
  titles?: string[];
  /** Where the entity came from: the curated catalog or the text itself. */
  origin: 'catalog' | 'definition' | 'cabinet-table' | (string & {});
  /** When the text says it was founded („am 18. Juni 2015 gegründet“). */
  founded?: StatedDate;
  /** When the text says it was dissolved or merged away („aufgelöst“). */
  dissolved?: StatedDate;
}

export interface MentionRecord extends Evidence {
  entityId: string;
  /** The surface form as written, e.g. "der HZD" matched as "HZD". */
  surface: string;
  /** Offsets of the surface form itself in the normalised text (within [start, end)). */
  surfaceStart?: number;
  surfaceEnd?: number;
}

export interface RelationRecord {
  from: string;
  to: string;
  type: RelationType;
  /** 0..1; pattern matches ~0.8–0.95, co-occurrence ≤ 0.3. */
  confidence: number;
  method: ExtractionMethod;
  evidence: Evidence[];
  /** The office or function the subject holds through this relation, as written ("Staatssekretär"). */
  role?: string | null;
  /**
   * When the fact starts and ends to hold, as the text states it (Wikidata's start/end time):
   * ISO at its precision (`2024`, `2024-01`, `2024-01-18`). Undated facts have neither.
   */
  validFrom?: string;
  validFromPrecision?: DatePrecision;
  validTo?: string;
  validToPrecision?: DatePrecision;
  /** The passages that state validFrom / validTo (often the relation's own quote). */
  validFromEvidence?: Evidence;
  validToEvidence?: Evidence;
  /**
   * Bounds from the document's date and the tense, not from a stated date: a present-tense fact
   * holds at least on `heldOn`; a past-tense fact without an end date ended by `endedBy`.
   */
  heldOn?: string;
  endedBy?: string;
}

/** Everything one document contributes to the graph; produced purely, written whole in one transaction. */
export interface GraphBatch {
  document: DocumentRecord;
  sections: SectionRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

/** Key that identifies one relationship across documents; evidence nodes point back to it. */
export function relationKey(from: string, type: RelationType, to: string): string {
  return `${from}|${type}|${to}`;
}
