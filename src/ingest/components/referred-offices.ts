/**
 * referred-offices: offices whose holder the sentence names only by a pronoun or a description —
 * „Von 2018 bis 2020 war sie Landesvorsitzende des Wirtschaftsrats“ — read once the references are
 * resolved (anaphora). A role that a named person of its sentence holds stays that person's. In a
 * portrait titled with a person's name, a career line without verb and person is that person's.
 */
import type { Doc } from '../doc.ts';
import type { Match } from '../matcher.ts';
import { namedBodies, officeRelations, portraitOffices, referredBodies } from '../offices.ts';
import type { Component } from './component.ts';

/** The person a portrait is about: the one person its title names, and nothing else. */
function portrayedPerson(doc: Doc): string | undefined {
  const [only, ...others] = doc.bySentence[0] ?? [];
  const title = doc.sentences[0]?.text.trim() ?? '';
  const whole =
    only && doc.text.slice(only.start, only.end).length >= title.replace(/^(?:Prof\.|Dr\.|\s)+/, '').length;
  return only?.type === 'PERSON' && others.length === 0 && whole ? only.entityId : undefined;
}

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
    const bodies = namedBodies(doc, ctx, true);
    if (referred.length > 0)
      doc.relations.push(...officeRelations(doc, referred, bodies, doc.candidates.people));
    // „der CIO des Landes, Staatssekretär Jan Probst“: a named holder's body that only a reference names.
    const known = new Set(doc.relations.map((r) => `${r.from} ${r.type} ${r.to}`));
    const referredIds = new Set(referredBodies(doc).map((m) => m.entityId));
    for (const r of officeRelations(doc, doc.candidates.people, bodies))
      if (referredIds.has(r.to) && !known.has(`${r.from} ${r.type} ${r.to}`)) doc.relations.push(r);
    const portrayed = portrayedPerson(doc);
    if (portrayed) doc.relations.push(...portraitOffices(doc, bodies, portrayed));
  },
};
