/** Evidence passages of many relations in one query. */
import neo4j from 'neo4j-driver';
import type { ReadContext } from './context.ts';
import { clamp } from './paging.ts';
import type { EvidenceView } from './types.ts';

export const EVIDENCE_OF_RELATIONS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (ev:Evidence {relKey: key.relKey})
  OPTIONAL MATCH (ev)-[:IN_SECTION]->(s:Section)
  WITH ev, s ORDER BY ev.documentId, ev.start, ev.id
  RETURN collect({id: ev.id, quote: ev.quote, page: ev.page, citedPage: ev.citedPage,
                  section: s.heading, sectionId: ev.sectionId,
                  documentId: ev.documentId, method: ev.method, confidence: ev.confidence,
                  start: ev.start, end: ev.end}) AS evidence
}
RETURN key.index AS index, evidence[0..key.limit] AS evidence`;

export const DEFAULT_EVIDENCE_FIRST = 20;

export interface EvidenceArgs {
  relationKey: string;
  first?: number | null | undefined;
}

/** Evidence per request, in request order, ordered by document and position. */
export async function evidenceOfRelations(
  ctx: ReadContext,
  requests: readonly EvidenceArgs[],
): Promise<EvidenceView[][]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, index) => ({
    index: neo4j.int(index),
    relKey: req.relationKey,
    limit: neo4j.int(clamp(req.first ?? DEFAULT_EVIDENCE_FIRST, 0, ctx.maxPageSize)),
  }));
  const rows = await ctx.executor.read<{ index: number; evidence: EvidenceView[] }>(EVIDENCE_OF_RELATIONS, {
    keys,
  });
  const byIndex = new Map(rows.map((row) => [row.index, row.evidence]));
  return requests.map((_, index) => byIndex.get(index) ?? []);
}
