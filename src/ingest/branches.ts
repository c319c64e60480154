/**
 * A body's branch named by its place: „unterhält die HZD eine Außenstelle in Hünfeld“, „die
 * Niederlassung Kassel“. The branch is an authority of its own, named by noun and place
 * („Außenstelle Hünfeld“, also written „Außenstelle in Hünfeld“), mentioned by its noun and located
 * at the place; whose branch it is, the frames read from the clause („unterhält“, „der HZD“).
 */
import { BRANCH_NOUNS } from '../lang/de/branches.ts';
import type { Doc, FoundRelation } from './doc.ts';
import type { Match } from './matcher.ts';
import { sentenceAt } from './sentences.ts';

/** „Außenstelle in “, „Niederlassung “ right before a place's name. */
const BEFORE_PLACE = new RegExp(`(?<![\\p{L}-])(${BRANCH_NOUNS.join('|')})(?:n)? (in )?$`, 'u');

export interface Branches {
  matches: Match[];
  relations: FoundRelation[];
}

/** Branches before the places the text names (`places`: the candidate spans of places). */
export function findBranches(doc: Doc, places: readonly Match[]): Branches {
  const out: Branches = { matches: [], relations: [] };
  for (const place of places) {
    const before = BEFORE_PLACE.exec(doc.text.slice(Math.max(0, place.start - 40), place.start));
    const record = doc.registry.record(place.entityId);
    if (!before || !record) continue;
    const noun = before[1] as string;
    const id = doc.registry.resolve({
      name: `${noun} ${record.name}`,
      type: 'AGENCY',
      aliases: before[2] ? [`${noun} in ${record.name}`] : [],
      description: null,
      origin: 'branch',
    });
    // The noun is the branch's mention; the place keeps its own („Hünfeld, der Stadt im Landkreis …“).
    const start = place.start - before[0].length;
    const end = start + noun.length;
    const surface = doc.text.slice(start, end);
    out.matches.push({ entityId: id, start, end, surface, label: surface, kind: 'name' });
    out.relations.push({
      from: id,
      type: 'LOCATED_IN',
      to: place.entityId,
      sentence: sentenceAt(doc.sentences, start),
      confidence: 0.8,
      method: 'branch',
    });
  }
  return out;
}
