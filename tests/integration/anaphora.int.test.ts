/**
 * References back with the real NLP service: a subject pronoun continues the previous sentence's
 * subject when the genders agree, and a definite head noun names the entity whose name holds it.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../support/read-text.ts';

async function stated(text: string, id: string): Promise<string[]> {
  return (await readText(text, id)).relations;
}

describe('references back to an earlier sentence', () => {
  it('reads a subject pronoun as the previous subject when the genders agree, and not otherwise', async () => {
    const agrees = await stated(
      'Die Kommunale Datenzentrale Mittelhessen wurde 1971 gegründet. Sie betreibt heute das Bürgerportal „Stadt online“.',
      'pronoun-agrees',
    );
    expect(agrees.some((r) => /Datenzentrale.* OPERATES Stadt online/.test(r))).toBe(true);
    const disagrees = await stated(
      'Der Zweckverband Nordhessen wurde 1972 gegründet. Sie betreibt das Portal „Land online“.',
      'pronoun-disagrees',
    );
    expect(disagrees.filter((r) => r.includes('OPERATES'))).toEqual([]);
  });

  it('reads a definite head noun as the entity whose name holds it', async () => {
    const relations = await stated(
      'In Kassel arbeitet das Kompetenzzentrum Geodaten Nordhessen. Geleitet wird das Kompetenzzentrum von Jonas Kerber.',
      'definite-head',
    );
    expect(
      relations.some((r) => /^Jonas Kerber HOLDS_OFFICE \[Leiter\] Kompetenzzentrum Geodaten/.test(r)),
    ).toBe(true);
  });
  it('reads „ihm“ as the one person the sentence before names, and leaves it open between two', async () => {
    const one = await stated(
      'Bis 2016 leitete Bernd Wilke das Archiv. Ihm folgte 2017 Petra Lind.',
      'object-pronoun',
    );
    expect(one).toContain('Petra Lind FOLLOWS Bernd Wilke');
    const two = await stated(
      'Bis 2016 leiteten Bernd Wilke und Jens Kolb das Archiv. Ihm folgte 2017 Petra Lind.',
      'object-pronoun-open',
    );
    expect(two.filter((r) => r.includes('FOLLOWS'))).toEqual([]);
  });
  it('does not read a noun that describes the name after it as a reference back', async () => {
    const relations = await stated(
      'Das Land Hessen fördert viele Projekte. Die Stadt Fulda betreibt seit 2020 das Portal „Fulda online“.',
      'descriptor-noun',
    );
    expect(relations).toEqual(['Fulda OPERATES Fulda online']);
  });
});
