/**
 * place-adjectives: a town named by its adjective („der Darmstädter Energieversorger“) is a
 * mention of that town, among the candidates the mentions step chooses from (../place-adjectives.ts).
 */
import { placeAdjectiveMatches } from '../place-adjectives.ts';
import type { Component } from './component.ts';

export const placeAdjectives: Component = {
  name: 'place-adjectives',
  requires: ['parses', 'candidates', 'registry'],
  assigns: ['candidates'],
  run(doc) {
    doc.candidates.document.push(...placeAdjectiveMatches(doc));
  },
};
