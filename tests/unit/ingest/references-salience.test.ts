/**
 * Salience of what the text named: a subject weighs more than an object, an object more than an
 * adverbial phrase or an attribute; the weight halves with each sentence, again at a new paragraph,
 * and falls to a quarter at a new section; for a full noun phrase every earlier mention counts a
 * little however far back.
 */
import { describe, expect, it } from 'vitest';
import { type Position, Salience, standsOut } from '../../../src/ingest/references/salience.ts';

const at = (sentence: number, paragraph = 0, section = 0): Position => ({ sentence, paragraph, section });
const mention = (entityId: string, start: number) => ({
  entityId,
  type: 'AGENCY' as const,
  start,
  end: start + 3,
});

function scores(
  s: Salience,
  where: Position,
  offset: number,
  topic: 'topic' | 'title' | false = false,
): Record<string, number> {
  return Object.fromEntries(s.ranked(where, offset, topic).map((c) => [c.entityId, Math.round(c.score)]));
}

describe('salience', () => {
  it('weighs subject over object over adverbial over attribute', () => {
    const s = new Salience();
    s.observe(mention('subject', 0), at(0), 'subject');
    s.observe(mention('object', 10), at(0), 'object');
    s.observe(mention('adverbial', 20), at(0), 'oblique');
    s.observe(mention('attribute', 30), at(0), 'attribute');
    expect(scores(s, at(1), 100)).toEqual({ subject: 155, object: 140, adverbial: 90, attribute: 50 });
  });

  it('halves with each sentence, again at a paragraph, to a quarter at a section', () => {
    const s = new Salience();
    s.observe(mention('a', 0), at(0), 'subject');
    expect(scores(s, at(2), 1000)).toEqual({ a: 78 });
    expect(scores(s, at(2, 1), 1000)).toEqual({ a: 39 });
    expect(scores(s, at(2, 1, 1), 1000)).toEqual({ a: 10 });
    // Beyond the horizon a pronoun finds nothing; a full noun phrase still finds the topic.
    expect(scores(s, at(20), 1000)).toEqual({});
    expect(scores(s, at(20), 1000, 'topic')).toEqual({ a: 20 });
  });

  it('counts only what stands before the reference', () => {
    const s = new Salience();
    s.observe(mention('before', 0), at(3), 'object');
    s.observe(mention('after', 50), at(3), 'subject');
    expect(scores(s, at(3), 40)).toEqual({ before: 280 });
  });

  it('lets the best stand out only by half again', () => {
    expect(standsOut([{ score: 155 }, { score: 140 }])).toBeUndefined();
    expect(standsOut([{ score: 155 }, { score: 90 }])).toEqual({ score: 155 });
    expect(standsOut([{ score: 20 }])).toEqual({ score: 20 });
    expect(standsOut([])).toBeUndefined();
  });
});
