import { describe, expect, it } from 'vitest';
import type { Component } from '../../../src/ingest/components/component.ts';
import { checkPipeline } from '../../../src/ingest/contract.ts';
import { PIPELINE } from '../../../src/ingest/index.ts';

const step = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
  name,
  requires,
  assigns,
  run: () => {},
});

describe('the pipeline contract', () => {
  it('holds for the load pipeline: every field read is assigned before', () => {
    const rows = checkPipeline(PIPELINE);
    expect(rows.map((r) => r.component)).toEqual(PIPELINE.map((c) => c.name));
    const relations = rows.find((r) => r.component === 'relations');
    expect(relations?.requires).toContainEqual({ field: 'parses', from: 'annotate' });
  });

  it('fails on a component that reads what no earlier component assigns', () => {
    const broken = [step('segment', ['text'], ['sentences']), step('normalise', [], ['text'])];
    expect(() => checkPipeline(broken)).toThrow(
      'Component "segment" requires "text", which no component before it assigns.',
    );
  });

  it('fails when the load pipeline is reordered so that relations run before the parse', () => {
    const relations = PIPELINE.find((c) => c.name === 'relations') as Component;
    const reordered = [relations, ...PIPELINE.filter((c) => c !== relations)];
    expect(() => checkPipeline(reordered)).toThrow(/Component "relations" requires/);
  });

  it('refuses a component named twice', () => {
    expect(() => checkPipeline([step('a', [], ['text']), step('a', [], [])])).toThrow(/appears twice/);
  });
});
