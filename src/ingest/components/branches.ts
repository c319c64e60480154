/**
 * branches: a body's branch named by its place („eine Außenstelle in Hünfeld“) is an authority of
 * its own, located there (../branches.ts); its mention joins the candidates.
 */
import { findBranches } from '../branches.ts';
import type { Component } from './component.ts';

export const branches: Component = {
  name: 'branches',
  requires: ['text', 'sentences', 'candidates', 'registry'],
  assigns: ['candidates', 'relations', 'registry'],
  run(doc) {
    const c = doc.candidates;
    const places = [...c.catalog, ...c.known, ...c.document].filter(
      (m) => doc.registry.record(m.entityId)?.type === 'PLACE',
    );
    const found = findBranches(doc, places);
    c.document.push(...found.matches);
    doc.relations.push(...found.relations);
  },
};
