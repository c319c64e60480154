/** co-occurrence (last): a weak CO_OCCURS_WITH link between entities of one sentence that nothing else related. */
import { coOccurrences } from '../cooccurrence.ts';
import type { Component } from './component.ts';

export const cooccurrence: Component = {
  name: 'cooccurrence',
  requires: ['bySentence', 'relations'],
  assigns: ['relations'],
  run(doc) {
    doc.relations.push(...coOccurrences(doc.bySentence, doc.relations));
  },
};
