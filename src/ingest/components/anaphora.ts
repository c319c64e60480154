/**
 * anaphora: words that refer back — „Sie betreibt …“, „Diese Plattform …“, „die Behörde“, „ihm“,
 * „unter seinem Direktor …“, „mein Haus“ — become mentions of the entity they stand for, so the
 * relation rules can use them (the resolver: references/resolver.ts).
 */
import { resolveReferences } from '../references/resolver.ts';
import type { Component } from './component.ts';

export const anaphora: Component = {
  name: 'anaphora',
  requires: ['text', 'title', 'sentences', 'sections', 'parses', 'bySentence', 'relations', 'registry'],
  assigns: ['bySentence', 'relations'],
  run(doc) {
    resolveReferences(doc);
  },
};
