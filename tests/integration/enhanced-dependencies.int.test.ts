/**
 * Arguments German leaves unsaid, read from the enhanced graph (src/ingest/enhance.ts) with the
 * real NLP service. Every sentence is written for this test; none comes from an evaluated document.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../support/read-text.ts';

const stated = async (text: string, id: string) => (await readText(text, id)).relations;

describe('enhanced dependencies', () => {
  it('passes a passive conjunct’s subject to the active verb after „und“', async () => {
    const relations = await stated(
      'Das Kompetenzzentrum Open Data wurde 2019 in Wiesbaden eröffnet und gehört zum Hessischen Statistischen Landesamt.',
      'conj-subject',
    );
    expect(relations).toContain('Kompetenzzentrum Open Data PART_OF Hessisches Statistisches Landesamt');
  });

  it('gives an object after two coordinated verbs to both', async () => {
    const relations = await stated(
      'Die Kommunale Datenzentrale Mittelhessen entwickelt und betreibt die Plattform „Bürgerservice digital“.',
      'conj-object',
    );
    expect(relations).toContain('Kommunale Datenzentrale Mittelhessen DEVELOPS Bürgerservice digital');
    expect(relations).toContain('Kommunale Datenzentrale Mittelhessen OPERATES Bürgerservice digital');
  });

  it('passes the subject on to a passive conjunct with its own agent', async () => {
    const relations = await stated(
      'Das Portal „Kreis online“ ging 2020 in Betrieb und wird von der Kommunalen Datenzentrale Mittelhessen betrieben.',
      'conj-passive',
    );
    expect(relations).toContain('Kommunale Datenzentrale Mittelhessen OPERATES Kreis online');
  });

  it('gives a „zu“ infinitive its controller: the object of the verb it completes', async () => {
    const relations = await stated(
      'Der Kreistag beauftragte im Mai die Kommunale Datenzentrale Mittelhessen, das Portal „Kreis online“ zu entwickeln.',
      'object-control',
    );
    expect(relations).toContain('Kommunale Datenzentrale Mittelhessen DEVELOPS Kreis online');
  });

  it('gives a „zu“ infinitive its controller: the subject where the verb has no object', async () => {
    const relations = await stated(
      'Die Stadt Marburg hat im Herbst begonnen, die App „Marburg mobil“ zu betreiben.',
      'subject-control',
    );
    expect(relations).toContain('Marburg OPERATES Marburg mobil');
  });

  it('reads no fact from an infinitive that is planned or asked for', async () => {
    const planned = await stated('Die Stadt Marburg plant, die App „Marburg mobil“ zu betreiben.', 'planned');
    const asked = await stated(
      'Der Kreistag bat die Kommunale Datenzentrale Mittelhessen, das Portal „Kreis online“ zu entwickeln.',
      'asked',
    );
    expect(planned.filter((r) => r.includes('OPERATES'))).toEqual([]);
    expect(asked.filter((r) => r.includes('DEVELOPS'))).toEqual([]);
  });
});
