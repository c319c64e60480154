/** normalise: repairs PDF-dump artefacts for matching; `norm.map` leads every offset back to the source. */
import { normalise as repair } from '../normalise.ts';
import type { Component } from './component.ts';

export const normalise: Component = {
  name: 'normalise',
  requires: ['raw'],
  assigns: ['norm', 'text'],
  run(doc) {
    doc.norm = repair(doc.raw);
    doc.text = doc.norm.text;
  },
};
