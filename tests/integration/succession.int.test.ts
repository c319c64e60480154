/**
 * Succession read by the frames with the real NLP service: the separable verb apart and together,
 * the passive the right way round, only things that can succeed one another, and a coalition that
 * a sworn-in cabinet replaces ends on that day. Every sentence is written for this test.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { GraphBatch } from '../../src/graph/model.ts';
import { type Catalog, ingestText, loadCatalog } from '../../src/ingest/index.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
});

function read(text: string, id: string): Promise<GraphBatch> {
  return ingestText(text, { id, file: `${id}.txt`, sha256: id }, catalog, {
    annotator: createAnnotator(testConfig()),
  });
}

async function follows(text: string, id: string): Promise<string[]> {
  const batch = await read(`Regierungswechsel\n\n${text}\n`, id);
  return batch.relations.filter((r) => r.type === 'FOLLOWS').map((r) => `${r.from} → ${r.to}`);
}

describe('succession (FOLLOWS)', () => {
  it('reads "X löst Y ab" with the separable verb apart', async () => {
    expect(
      await follows(
        'Die Koalition aus CDU und SPD löst somit die vormals schwarz-grüne Landesregierung ab.',
        'apart',
      ),
    ).toEqual(['koalition-cdu-spd-hessen → koalition-cdu-gruene-hessen']);
  });

  it('reads the passive "Y wird durch X abgelöst" the right way round', async () => {
    expect(
      await follows('Die schwarz-grüne Koalition wurde durch die CDU-SPD-Koalition abgelöst.', 'passive'),
    ).toEqual(['koalition-cdu-spd-hessen → koalition-cdu-gruene-hessen']);
  });

  it('links only things that can succeed one another, and no plan', async () => {
    expect(await follows('Die HZD löst das Problem der Landesregierung ab.', 'problem')).toEqual([]);
    expect(
      await follows('Papiernachweise sollen durch elektronische ID-Lösungen abgelöst werden.', 'plan'),
    ).toEqual([]);
  });

  it('ends the coalition a sworn-in cabinet replaces on the day of the swearing-in', async () => {
    const text = [
      'Wiesbaden, 20. Januar 2024',
      '',
      'Die Koalition aus CDU und SPD löst die schwarz-grüne Landesregierung ab. Die Ministerinnen und Minister wurden am 18. Januar 2024 vereidigt. Das Kabinett Rhein II besteht aus den folgenden Ministern und Ministerinnen.',
      '',
      'Ministerpräsident\tBoris Rhein (CDU)',
      'Minister der Finanzen\tProf. Dr. Alexander Lorz (CDU)',
    ].join('\n');
    const batch = await read(text, 'kabinett-wechsel');
    const succession = batch.relations.find((r) => r.type === 'FOLLOWS');
    expect(succession).toMatchObject({ validFrom: '2024-01-18' });
    const predecessor = batch.entities.find((e) => e.id === succession?.to);
    expect(predecessor?.dissolved).toMatchObject({ date: '2024-01-18', precision: 'DAY' });
  });
});
