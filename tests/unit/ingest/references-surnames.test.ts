/**
 * A bare surname refers back to the person named in full before: also at the start of a sentence
 * when a verb follows, and written with its small particles inside a sentence („von der Au“) — but
 * still not after an article, as an ordinary word, or before the full name.
 */
import { describe, expect, it } from 'vitest';
import { acceptPersonMatches, personContext } from '../../../src/ingest/components/people.ts';
import { MatchIndex, type Term, tokenize } from '../../../src/ingest/matcher.ts';

const TERMS: Term[] = [
  { entityId: 'kerber', label: 'Jonas Kerber', kind: 'name' },
  { entityId: 'kerber', label: 'Kerber', kind: 'surname' },
  { entityId: 'heide', label: 'Frank von der Heide', kind: 'name' },
  { entityId: 'heide', label: 'von der Heide', kind: 'surname' },
  { entityId: 'stolz', label: 'Lucia Stolz', kind: 'name' },
  { entityId: 'stolz', label: 'Stolz', kind: 'surname' },
];

/**
 * The people found in a text: `verbs` are the words the tagger reads as verbs, `names` those it
 * reads as names. Sentences start after „. “ (the test texts have no abbreviations).
 */
function people(text: string, verbs: string[] = [], names: string[] = []): string[] {
  const tokens = tokenize(text);
  const starts = new Set([0, ...[...text.matchAll(/[.!?] /g)].map((m) => m.index + 2)]);
  const startsOf = (words: string[]) =>
    new Set(tokens.filter((t) => words.includes(t.text)).map((t) => t.start));
  const found = acceptPersonMatches(
    new MatchIndex(TERMS).candidates(text, tokens),
    personContext(text, tokens, starts, startsOf(verbs), startsOf(names)),
  );
  // The surname inside the full name is a candidate too; the mentions component keeps the longer.
  const inside = (m: (typeof found)[number]) =>
    found.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
  return found.filter((m) => !inside(m)).map((m) => text.slice(m.start, m.end));
}

describe('bare surnames after the full name', () => {
  it('are read at the start of a sentence when a verb follows', () => {
    const text = 'Der Kreis stellte Jonas Kerber ein. Kerber leitet seit 2022 die Stabsstelle.';
    expect(people(text, ['stellte', 'leitet'])).toEqual(['Jonas Kerber', 'Kerber']);
    // Without the tagger's verb nothing tells a name from a noun that opens the sentence.
    expect(people(text)).toEqual(['Jonas Kerber']);
    // A reporting verb tells it anyway.
    expect(people('Jonas Kerber kam. Kerber sagte, das Portal sei fertig.')).toEqual([
      'Jonas Kerber',
      'Kerber',
    ]);
  });

  it('are read with their particles written small inside a sentence', () => {
    const text =
      'Frank von der Heide kam 2019. Seit 2021 leitet von der Heide das Landesamt. Von der Heide sagte dazu nichts.';
    expect(people(text, ['kam', 'leitet'])).toEqual([
      'Frank von der Heide',
      'von der Heide',
      'Von der Heide',
    ]);
  });

  it('are read after a preposition or „so“ where the tagger reads a name, never after an article', () => {
    const text = 'Jonas Kerber kam. Im Gespräch mit Kerber ging es um Daten. Das sei fertig, so Kerber.';
    expect(people(text, ['kam', 'ging'], ['Kerber'])).toEqual(['Jonas Kerber', 'Kerber', 'Kerber']);
    // „mit Stolz“ is pride, not Lucia Stolz: the tagger reads a noun.
    expect(people('Lucia Stolz kam. Sie sprach mit Stolz über das Portal.', ['kam', 'sprach'])).toEqual([
      'Lucia Stolz',
    ]);
    expect(people('Jonas Kerber kam. Der Kerber des Hauses ist neu.', ['kam', 'ist'], ['Kerber'])).toEqual([
      'Jonas Kerber',
    ]);
  });

  it('are not read before the full name, after an article, or where no verb follows at a sentence start', () => {
    expect(people('Kerber leitet die Stabsstelle. Jonas Kerber kam 2022.', ['leitet', 'kam'])).toEqual([
      'Jonas Kerber',
    ]);
    expect(people('Jonas Kerber kam. Der Kerber des Hauses ist neu.', ['kam', 'ist'])).toEqual([
      'Jonas Kerber',
    ]);
    expect(people('Jonas Kerber kam. Kerber und Partner beraten.', ['kam', 'beraten'])).toEqual([
      'Jonas Kerber',
    ]);
  });
});
