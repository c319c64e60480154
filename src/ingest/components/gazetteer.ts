/**
 * gazetteer: names the load already knows — the curated catalog and every entity the graph holds
 * from earlier documents — found in this text. People are matched by full name here; a surname
 * alone is left to the `people` component, which knows when a surname stands for a person.
 */
import type { EntityRecord } from '../../graph/model.ts';
import { MatchIndex, type Term } from '../matcher.ts';
import type { Component } from './component.ts';

const knownIndexes = new WeakMap<readonly EntityRecord[], MatchIndex>();

function knownIndex(known: readonly EntityRecord[]): MatchIndex {
  let index = knownIndexes.get(known);
  if (!index) {
    const terms: Term[] = [];
    for (const e of known) {
      for (const label of [e.name, ...e.aliases]) terms.push({ entityId: e.id, label, kind: 'name' });
    }
    index = new MatchIndex(terms);
    knownIndexes.set(known, index);
  }
  return index;
}

export const gazetteer: Component = {
  name: 'gazetteer',
  run(doc, ctx) {
    doc.registry.addKnown(ctx.known);
    doc.candidates.catalog = ctx.catalogIndex.candidates(doc.text, doc.tokens);
    doc.candidates.known = knownIndex(ctx.known).candidates(doc.text, doc.tokens);
  },
};
