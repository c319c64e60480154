/**
 * Offset cursors (graphql-relay's `arrayconnection:<n>` encoding) and page-size clamping,
 * shared by GraphQL connections and REST `after`/`limit`.
 */
import { cursorToOffset, offsetToCursor } from 'graphql-relay';
import neo4j, { type Integer } from 'neo4j-driver';
import { badInput } from '../../errors.ts';
import type { Page } from './types.ts';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** SKIP/LIMIT for a page: integers for Cypher (JS numbers would arrive as floats). */
export interface PageWindow {
  skip: number;
  limit: number;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** The offset a cursor points at; anything that is not a cursor we issued is BAD_USER_INPUT. */
export function decodeCursor(cursor: string): number {
  const offset = cursorToOffset(cursor);
  if (!Number.isSafeInteger(offset) || offset < 0 || offsetToCursor(offset) !== cursor) {
    throw badInput(`Invalid cursor '${cursor.slice(0, 64)}'.`, { cursor: cursor.slice(0, 64) });
  }
  return offset;
}

export const encodeCursor = offsetToCursor;

/** `first` clamped to [min, maxPageSize] (default when absent), `after` decoded to the next offset. */
export function pageWindow(args: PageArgs, defaultFirst: number, maxPageSize: number, min = 0): PageWindow {
  const limit = clamp(args.first ?? defaultFirst, min, maxPageSize);
  const skip = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { skip, limit };
}

/** The window as Cypher integers. */
export function cypherWindow(window: PageWindow): { skip: Integer; limit: Integer } {
  return { skip: neo4j.int(window.skip), limit: neo4j.int(window.limit) };
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/** A page as a Relay connection; cursors are absolute offsets, so pages are disjoint and complete. */
export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}

/** The cursor a REST client passes as `after` for the next page, or null on the last page. */
export function nextCursor<T>(page: Page<T>): string | null {
  return page.offset + page.items.length < page.totalCount && page.items.length > 0
    ? encodeCursor(page.offset + page.items.length - 1)
    : null;
}
