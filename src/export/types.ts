/** What an export reads from the graph: plain rows, one shape for every serialiser. */

export interface ExportEntity {
  id: string;
  /** ENTITY_TYPES value, e.g. `AGENCY`. */
  type: string;
  /** The Neo4j type label next to `:Entity`, e.g. `Agency`. */
  label: string | null;
  name: string;
  aliases: string[];
  description: string | null;
  titles: string[];
  origin: string | null;
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
  /** Outgoing entity relationships (type and target id), for formats that attach them to the node. */
  outgoing: { type: string; target: string }[];
}

export interface ExportEvidence {
  id: string;
  documentId: string;
  sectionId: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  /** Physical page of the document the passage stands on. */
  page: number | null;
  /** Page of another work the passage cites („(S.116)“). */
  citedPage: number | null;
  method: string | null;
  confidence: number | null;
}

export interface ExportRelation {
  /** `from|TYPE|to`, unique per relationship. */
  key: string;
  source: string;
  target: string;
  type: string;
  confidence: number | null;
  method: string | null;
  documents: string[];
  evidenceCount: number;
  /** Supporting passages, ordered by document and offset. */
  evidence: ExportEvidence[];
}

export interface ExportDocument {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  file: string | null;
  sha256: string | null;
  length: number | null;
}

/**
 * The graph as three lazily paged streams. Each call starts a fresh pass; serialisers consume
 * one item at a time, so memory stays at one page whatever the graph's size.
 */
export interface ExportSource {
  entities(): AsyncIterable<ExportEntity>;
  relations(): AsyncIterable<ExportRelation>;
  documents(): AsyncIterable<ExportDocument>;
}

/** Items a source handed out, per kind; read after a serialiser has finished. */
export interface ExportTally {
  entities: number;
  relations: number;
  evidence: number;
  documents: number;
}
