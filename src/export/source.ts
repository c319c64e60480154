import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.ts';
import { RELATION_TYPES } from '../graph/model.ts';
import * as Q from './statements.ts';
import type {
  ExportDocument,
  ExportEntity,
  ExportEvidence,
  ExportRelation,
  ExportSource,
  ExportTally,
} from './types.ts';

export const DEFAULT_PAGE_SIZE = 500;

export interface GraphSourceOptions {
  /** Entities (or source entities, for relationships) per read; default 500. */
  pageSize?: number;
}

type RelationRow = Omit<ExportRelation, 'evidenceCount' | 'evidence'> & {
  evidenceCount: number | null;
  evidence: ExportEvidence[];
};

/** Walks a keyset-paginated statement page by page until a short page; yields the rows. */
async function* paged<T extends { id: string }>(
  executor: Executor,
  cypher: string,
  pageSize: number,
): AsyncGenerator<T> {
  let after = '';
  for (;;) {
    const rows = await executor.read<T>(cypher, {
      after,
      limit: neo4j.int(pageSize),
      relationTypes: [...RELATION_TYPES],
    });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}

/**
 * The live graph as an ExportSource: every page is its own read transaction through the
 * executor. A load running during an export can therefore show in later pages but never
 * breaks one; export from a quiet graph when the files must be one consistent snapshot.
 */
export function graphSource(executor: Executor, options: GraphSourceOptions = {}): ExportSource {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  return {
    entities: () => paged<ExportEntity>(executor, Q.ENTITY_PAGE, pageSize),
    documents: () => paged<ExportDocument>(executor, Q.DOCUMENT_PAGE, pageSize),
    async *relations() {
      for await (const row of paged<{ id: string; relations: RelationRow[] }>(
        executor,
        Q.RELATION_PAGE,
        pageSize,
      )) {
        for (const rel of row.relations) {
          yield { ...rel, evidenceCount: rel.evidenceCount ?? rel.evidence.length };
        }
      }
    },
  };
}

/** Wraps a source so that what passes through is counted (the CLI prints it, tests check it). */
export function countingSource(source: ExportSource): { source: ExportSource; tally: ExportTally } {
  const tally: ExportTally = { entities: 0, relations: 0, evidence: 0, documents: 0 };
  return {
    tally,
    source: {
      async *entities() {
        for await (const entity of source.entities()) {
          tally.entities += 1;
          yield entity;
        }
      },
      async *relations() {
        for await (const relation of source.relations()) {
          tally.relations += 1;
          tally.evidence += relation.evidence.length;
          yield relation;
        }
      },
      async *documents() {
        for await (const document of source.documents()) {
          tally.documents += 1;
          yield document;
        }
      },
    },
  };
}

/** An in-memory source: unit tests, and anyone who already holds the rows. */
export function arraySource(data: {
  entities?: ExportEntity[];
  relations?: ExportRelation[];
  documents?: ExportDocument[];
}): ExportSource {
  const from = <T>(items: T[] = []) =>
    async function* () {
      yield* items;
    };
  return { entities: from(data.entities), relations: from(data.relations), documents: from(data.documents) };
}

export interface ExpectedCounts {
  entities: number;
  relations: number;
  documents: number;
}

/** The counts a complete export must reproduce. */
export async function expectedCounts(executor: Executor): Promise<ExpectedCounts> {
  const [row] = await executor.read<ExpectedCounts & Record<string, number>>(Q.EXPORT_COUNTS, {
    relationTypes: [...RELATION_TYPES],
  });
  return row ?? { entities: 0, relations: 0, documents: 0 };
}
