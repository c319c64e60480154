/**
 * people: every person the load knows — named in this document (tagger, definitions, cabinet
 * table) or in the graph from earlier documents — found by full name, and by surname where a
 * role word stands before it or the full name came first, also at the start of a sentence when a
 * verb follows (people.ts has the precision rules).
 * A surname two known people share links to neither. Then the offices they hold (offices.ts).
 */
import type { EntityRecord } from '../../graph/model.ts';
import type { Doc, PipelineContext } from '../doc.ts';
import { foldKey } from '../fold.ts';
import { MatchIndex, type Term } from '../matcher.ts';
import { namedBodies, officeRelations, portfolioMentions } from '../offices.ts';
import { acceptPersonMatches, personContext } from '../people.ts';
import type { Component } from './component.ts';

function surnameOf(name: string): string | null {
  const words = name.split(' ');
  // "Frank von der Au": the particles belong to the surname.
  const k = words.findIndex((w, i) => i > 0 && /^(?:von|van|de|zu|vom)$/.test(w));
  const surname = k > 0 ? words.slice(k).join(' ') : words.at(-1);
  return surname && surname !== name ? surname : null;
}

function personTerms(people: readonly EntityRecord[]): Term[] {
  const bySurname = new Map<string, Set<string>>();
  for (const p of people) {
    const surname = surnameOf(p.name);
    if (surname) bySurname.set(foldKey(surname), (bySurname.get(foldKey(surname)) ?? new Set()).add(p.id));
  }
  const terms: Term[] = [];
  for (const p of people) {
    for (const label of [p.name, ...p.aliases]) terms.push({ entityId: p.id, label, kind: 'name' });
    const surname = surnameOf(p.name);
    if (surname && bySurname.get(foldKey(surname))?.size === 1)
      terms.push({ entityId: p.id, label: surname, kind: 'surname' });
  }
  return terms;
}

function allPeople(doc: Doc, ctx: PipelineContext): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const e of [...ctx.known, ...doc.registry.derivedRecords()])
    if (e.type === 'PERSON') byId.set(e.id, e);
  return [...byId.values()];
}

export const people: Component = {
  name: 'people',
  requires: ['text', 'tokens', 'sentences', 'parses', 'candidates', 'registry'],
  assigns: ['candidates', 'relations', 'registry'],
  run(doc, ctx) {
    const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
    const tagged = doc.parses.flatMap((s) => s.tokens);
    const verbStarts = new Set(tagged.filter((t) => /^(?:VERB|AUX)$/.test(t.pos)).map((t) => t.start));
    const nameStarts = new Set(
      tagged.filter((t) => t.pos === 'PROPN' || t.ner === 'PERSON').map((t) => t.start),
    );
    const index = new MatchIndex(personTerms(allPeople(doc, ctx)));
    doc.candidates.people = acceptPersonMatches(
      index.candidates(doc.text, doc.tokens),
      personContext(doc.text, doc.tokens, sentenceStarts, verbStarts, nameStarts),
    );
    const named = namedBodies(doc, ctx);
    // „der Ministerin für Digitale Strategie …“ names the ministry even where no minister is named.
    doc.candidates.document.push(...portfolioMentions(doc, named));
    doc.relations.push(...officeRelations(doc, doc.candidates.people, named));
  },
};
