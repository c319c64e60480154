/**
 * The document object every pipeline component reads and extends, in the order of
 * `PIPELINE` (pipeline.ts). A component fills its own fields and reads only earlier ones.
 */
import {
  type EntityRecord,
  type EntityType,
  type GraphBatch,
  type MentionRecord,
  type RelationRecord,
  type RelationType,
  relationKey,
  type SectionRecord,
} from '../graph/model.ts';
import type { Annotation } from '../nlp/annotation.ts';
import type { Catalog } from './catalog.ts';
import type { Match, MatchIndex, Token } from './matcher.ts';
import type { TextMetadata } from './metadata.ts';
import type { NormalisedText } from './normalise.ts';
import type { PageCitation } from './pages.ts';
import type { ParsedSentence } from './parse.ts';
import type { EntityRegistry } from './resolve.ts';
import type { Sentence } from './sentences.ts';

export interface DocMeta {
  /** Stable slug: the file name without extension. */
  id: string;
  file: string;
  sha256: string;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
}

/** A physical page of the source: [start, end) in the raw text. */
export interface SourcePage {
  page: number;
  /** The page number printed on the page, where the source has one. */
  label: string | null;
  start: number;
  end: number;
}

/** Something that turns text into tokens, sentences, named entities and dependencies. */
export interface Annotator {
  annotate(text: string): Promise<Annotation>;
}

/** What a load knows before it reads the document: the catalog and the graph so far. */
export interface PipelineContext {
  catalog: Catalog;
  /** The catalog's match index (built once per catalog). */
  catalogIndex: MatchIndex;
  /** Entities already in the graph (any document) and from earlier documents of this load. */
  known: readonly EntityRecord[];
  /** The NLP service, or null to run the rule components alone. */
  annotator: Annotator | null;
}

/** A mention as the relation components see it: an entity at a place in one sentence. */
export interface SentenceMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  /** First part of a hyphen compound ("OZG-Leistung"): a modifier, never an argument. */
  modifier?: boolean;
  /** Stands for an earlier mention ("Diese Plattform", "er"). */
  anaphor?: boolean;
}

/** A relation found in a sentence, before evidence is attached. */
export interface FoundRelation extends Omit<RelationRecord, 'evidence'> {
  sentence: number;
  /** The clause that states it, [start, end) in `text`: dates attach only from here. */
  clause?: { start: number; end: number };
}

/** Candidate spans per source; the `mentions` component picks the non-overlapping ones. */
export interface Candidates {
  /** Spans a structure fixed (the cabinet table): always win. */
  explicit: Match[];
  catalog: Match[];
  /** Names of entities the graph already holds, from earlier documents. */
  known: Match[];
  /** Names this document defines or the tagger found, matched everywhere in it. */
  document: Match[];
  people: Match[];
}

export interface Doc {
  meta: DocMeta;
  /** The source's own text: quotes are slices of it. */
  raw: string;
  /** Normalised for matching; `norm.map` takes its offsets back to `raw`. */
  norm: NormalisedText;
  text: string;
  title: string;
  /** Title, date and publisher as the text states them (a sidecar's values win). */
  stated: TextMetadata;
  /** Physical pages of the source; empty when the source has none. */
  pages: SourcePage[];
  sentences: Sentence[];
  citations: PageCitation[];
  sections: SectionRecord[];
  tokens: Token[];
  annotation: Annotation | null;
  /** Dependency view per sentence (same indexes as `sentences`); empty without an annotator. */
  parses: ParsedSentence[];
  registry: EntityRegistry;
  candidates: Candidates;
  /** Chosen mentions in document order. */
  mentions: MentionRecord[];
  /** Mentions per sentence index, anaphors included. */
  bySentence: SentenceMention[][];
  relations: FoundRelation[];
  batch: GraphBatch | null;
  /**
   * The clause of the source text that states a relation, by relation key and evidence start
   * (source offsets): dates are read from here. Filled by the batch component.
   */
  clauses: Map<string, { start: number; end: number }>;
}

/** Key of `Doc.clauses`: a relation and the start of one of its evidence passages. */
export function clauseKey(
  r: { from: string; type: RelationType; to: string },
  evidenceStart: number,
): string {
  return `${relationKey(r.from, r.type, r.to)}@${evidenceStart}`;
}
