import { offsetToCursor } from 'graphql-relay';
import { describe, expect, it } from 'vitest';
import { decodeCursor, nextCursor, pageWindow, toConnection } from '../../../src/api/read/paging.ts';
import { AppError } from '../../../src/errors.ts';

describe('pageWindow', () => {
  it('clamps first to [min, max] and starts after the cursor', () => {
    expect(pageWindow({}, 20, 100)).toEqual({ skip: 0, limit: 20 });
    expect(pageWindow({ first: 1000 }, 20, 100)).toEqual({ skip: 0, limit: 100 });
    expect(pageWindow({ first: -5 }, 20, 100)).toEqual({ skip: 0, limit: 0 });
    expect(pageWindow({ first: -5 }, 20, 100, 1)).toEqual({ skip: 0, limit: 1 });
    expect(pageWindow({ first: 10, after: offsetToCursor(9) }, 20, 100)).toEqual({ skip: 10, limit: 10 });
  });

  it('rejects cursors it did not issue with BAD_USER_INPUT', () => {
    for (const cursor of [
      '',
      'nope',
      offsetToCursor(-1),
      Buffer.from('arrayconnection:1.5').toString('base64'),
    ]) {
      expect(() => decodeCursor(cursor), cursor).toThrow(AppError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as AppError).code).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('toConnection / nextCursor', () => {
  it('numbers edges absolutely so that consecutive pages are disjoint', () => {
    const first = toConnection({ totalCount: 5, offset: 0, items: ['a', 'b'] });
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: offsetToCursor(1) });
    const second = toConnection({
      totalCount: 5,
      offset: decodeCursor(first.pageInfo.endCursor!) + 1,
      items: ['c', 'd', 'e'],
    });
    expect(second.edges.map((e) => e.cursor)).toEqual([2, 3, 4].map(offsetToCursor));
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(nextCursor({ totalCount: 5, offset: 0, items: ['a', 'b'] })).toBe(offsetToCursor(1));
    expect(nextCursor({ totalCount: 2, offset: 0, items: ['a', 'b'] })).toBeNull();
    expect(toConnection({ totalCount: 0, offset: 0, items: [] }).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
