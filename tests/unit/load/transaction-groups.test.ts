import { describe, expect, it } from 'vitest';
import { groupForTransactions } from '../../../src/load/transaction-groups.ts';
import { entity, makeBatch } from '../../support/batches.ts';

/** A document with one section and `n` entities, each mentioned once: 1 + 2n rows. */
const doc = (id: string, n: number) => {
  const names = Array.from({ length: n }, (_, i) => `Programm ${id}-${i}`);
  return makeBatch(id, names.join('. '), {
    entities: names.map((name, i) => entity(`${id}-${i}`, 'PROGRAMME', name)),
  });
};

describe('groupForTransactions', () => {
  it('keeps consecutive documents together up to the row budget, in order', () => {
    const batches = ['a', 'b', 'c', 'd', 'e'].map((id) => doc(id, 2)); // 5 rows each
    const groups = groupForTransactions(batches, 10);
    expect(groups.map((g) => g.map((b) => b.document.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives a document larger than the budget a transaction of its own', () => {
    const groups = groupForTransactions([doc('a', 1), doc('big', 20), doc('c', 1)], 10);
    expect(groups.map((g) => g.map((b) => b.document.id))).toEqual([['a'], ['big'], ['c']]);
  });

  it('makes no empty group', () => {
    expect(groupForTransactions([], 10)).toEqual([]);
  });
});
