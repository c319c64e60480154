/** Mentions of entities in documents, and the per-document appearance counts, batched. */
import neo4j from 'neo4j-driver';
import type { ReadContext } from './context.ts';
import { type PageArgs, pageWindow } from './paging.ts';
import type { AppearanceView, MentionView, Page } from './types.ts';

export const MENTIONS_OF_ENTITIES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (s:Section)-[m:MENTIONS]->(:Entity {id: key.id})
  WITH m, s ORDER BY m.documentId, m.start, s.id
  RETURN collect({quote: m.quote, page: m.page, citedPage: m.citedPage,
                  section: s.heading, sectionId: s.id,
                  documentId: coalesce(m.documentId, s.documentId), surface: m.surface,
                  start: m.start, end: m.end}) AS mentions
}
RETURN key.index AS index, size(mentions) AS totalCount, mentions[key.skip..key.skip + key.limit] AS items`;

export const APPEARANCES_OF_ENTITIES = `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Section)-[m:MENTIONS]->(:Entity {id: id})
  WITH coalesce(m.documentId, s.documentId) AS documentId, count(*) AS mentionCount
  ORDER BY mentionCount DESC, documentId
  RETURN collect({documentId: documentId, mentionCount: mentionCount}) AS appearances
}
RETURN id, appearances`;

export const DEFAULT_MENTIONS_FIRST = 20;

export interface MentionArgs extends PageArgs {
  entityId: string;
}

export async function mentionsOfEntities(
  ctx: ReadContext,
  requests: readonly MentionArgs[],
): Promise<Page<MentionView>[]> {
  if (requests.length === 0) return [];
  const keys = requests.map((req, index) => {
    const window = pageWindow(req, DEFAULT_MENTIONS_FIRST, ctx.maxPageSize);
    return {
      index: neo4j.int(index),
      id: req.entityId,
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
      offset: window.skip,
    };
  });
  const rows = await ctx.executor.read<{ index: number; totalCount: number; items: MentionView[] }>(
    MENTIONS_OF_ENTITIES,
    { keys },
  );
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  return keys.map((key, index) => {
    const row = byIndex.get(index);
    return { totalCount: row?.totalCount ?? 0, offset: key.offset, items: row?.items ?? [] };
  });
}

/** Per entity id: the documents that mention it, most mentions first. */
export async function appearancesOfEntities(
  ctx: ReadContext,
  ids: readonly string[],
): Promise<Map<string, AppearanceView[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.executor.read<{ id: string; appearances: AppearanceView[] }>(
    APPEARANCES_OF_ENTITIES,
    {
      ids: unique,
    },
  );
  return new Map(rows.map((row) => [row.id, row.appearances]));
}
