/**
 * referred-offices: offices whose holder the sentence names only by a pronoun or a description —
 * „Von 2018 bis 2020 war sie Landesvorsitzende des Wirtschaftsrats“ — read once the references are
 * resolved (anaphora). A role that a named person of its sentence holds stays that person's.
 */
import type { Match } from '../matcher.ts';
import { namedBodies, officeRelations } from '../offices.ts';
import type { Component } from './component.ts';

export const referredOffices: Component = {
  name: 'referred-offices',
  requires: ['text', 'parses', 'candidates', 'bySentence', 'registry'],
  assigns: ['relations'],
  run(doc, ctx) {
    const referred: Match[] = doc.bySentence
      .flat()
      .filter((m) => m.anaphor && m.type === 'PERSON')
      .map((m) => ({
        entityId: m.entityId,
        start: m.start,
        end: m.end,
        surface: doc.text.slice(m.start, m.end),
        label: doc.text.slice(m.start, m.end),
        kind: 'name',
      }));
    if (referred.length === 0) return;
    doc.relations.push(...officeRelations(doc, referred, namedBodies(doc, ctx), doc.candidates.people));
  },
};
