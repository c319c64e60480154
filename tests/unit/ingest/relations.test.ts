import { describe, expect, it } from 'vitest';
import { ingest } from './helpers.ts';

async function follows(text: string): Promise<string[]> {
  const batch = await ingest(`Regierungswechsel\n\n${text}\n`);
  return batch.relations.filter((r) => r.type === 'FOLLOWS').map((r) => `${r.from} → ${r.to}`);
}

describe('succession (FOLLOWS)', () => {
  it('reads "X löst Y ab" with the separable verb apart', async () => {
    expect(
      await follows('Die Koalition aus CDU und SPD löst somit die vormals schwarz-grüne Landesregierung ab.'),
    ).toEqual(['koalition-cdu-spd-hessen → koalition-cdu-gruene-hessen']);
  });

  it('reads the passive "Y wird durch X abgelöst" the right way round', async () => {
    expect(await follows('Die schwarz-grüne Koalition wurde durch die CDU-SPD-Koalition abgelöst.')).toEqual([
      'koalition-cdu-spd-hessen → koalition-cdu-gruene-hessen',
    ]);
  });

  it('links only things that can succeed one another', async () => {
    expect(await follows('Die HZD löst das Problem der Landesregierung ab.')).toEqual([]);
    expect(await follows('Papiernachweise sollen durch elektronische ID-Lösungen abgelöst werden.')).toEqual(
      [],
    );
  });
});
