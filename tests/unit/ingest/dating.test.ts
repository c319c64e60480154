import { describe, expect, it } from 'vitest';
import { dateBatch } from '../../../src/ingest/dating.ts';
import { entity } from '../../support/batches.ts';
import { sentenceBatch } from '../../support/dated-batch.ts';
import { ingest } from './helpers.ts';

const berger = entity('anna-berger', 'PERSON', 'Anna Berger');
const keller = entity('jonas-keller', 'PERSON', 'Jonas Keller');
const amt = entity('landesamt-geo', 'AGENCY', 'Landesamt für Geoinformation');

function relation(batch: ReturnType<typeof dateBatch>, from: string, to: string) {
  return batch.relations.find((r) => r.from === from && r.to === to);
}

describe('dating the facts of a document', () => {
  it('gives each relation the dates of its own clause, not its neighbour’s', () => {
    const text =
      'Anna Berger leitete das Landesamt für Geoinformation vom 1. Mai 2017 bis zum 28. Februar 2025; seit dem 1. März 2025 leitet Jonas Keller das Landesamt für Geoinformation.';
    const batch = dateBatch(
      sentenceBatch(
        'wechsel',
        text,
        '2025-03-10',
        [berger, keller, amt],
        [
          ['anna-berger', 'HEADS', 'landesamt-geo', text],
          ['jonas-keller', 'HEADS', 'landesamt-geo', text],
        ],
      ),
    );
    expect(relation(batch, 'anna-berger', 'landesamt-geo')).toMatchObject({
      validFrom: '2017-05-01',
      validFromPrecision: 'DAY',
      validTo: '2025-02-28',
      validToPrecision: 'DAY',
    });
    const successor = relation(batch, 'jonas-keller', 'landesamt-geo');
    expect(successor).toMatchObject({
      validFrom: '2025-03-01',
      validFromPrecision: 'DAY',
      heldOn: '2025-03-10',
    });
    expect(successor?.validTo).toBeUndefined();
    expect(successor?.validFromEvidence?.quote).toBe(
      'seit dem 1. März 2025 leitet Jonas Keller das Landesamt für Geoinformation.',
    );
  });

  it('keeps the month or year the text gives, and reads „damals“ back to the last date', () => {
    const text =
      'Die Reform trat im Jahr 2009 in Kraft. Damals übernahm das Landesamt für Geoinformation die Vermessung, seit Oktober 2020 leitet Jonas Keller das Landesamt für Geoinformation.';
    const batch = dateBatch(
      sentenceBatch(
        'reform',
        text,
        null,
        [keller, amt],
        [
          [
            'jonas-keller',
            'HEADS',
            'landesamt-geo',
            'seit Oktober 2020 leitet Jonas Keller das Landesamt für Geoinformation.',
          ],
        ],
      ),
    );
    expect(relation(batch, 'jonas-keller', 'landesamt-geo')).toMatchObject({
      validFrom: '2020-10',
      validFromPrecision: 'MONTH',
    });
  });

  it('bounds an undated fact by the tense and the document date', () => {
    const text = 'Die damalige Präsidentin Anna Berger leitete das Landesamt für Geoinformation.';
    const batch = dateBatch(
      sentenceBatch(
        'rueckblick',
        text,
        '2025-06',
        [berger, amt],
        [['anna-berger', 'HEADS', 'landesamt-geo', text]],
      ),
    );
    const fact = relation(batch, 'anna-berger', 'landesamt-geo');
    expect(fact).toMatchObject({ endedBy: '2025-06' });
    expect(fact?.validFrom).toBeUndefined();
  });

  it('dates a cabinet table from the swearing-in', async () => {
    const text = [
      'Wiesbaden, 20. Januar 2024',
      '',
      'Die Koalition aus CDU und SPD löst die schwarz-grüne Landesregierung ab. Die Ministerinnen und Minister wurden am 18. Januar 2024 vereidigt. Das Kabinett Rhein II besteht aus den folgenden Ministern und Ministerinnen.',
      '',
      'Ministerpräsident\tBoris Rhein (CDU)',
      'Minister der Finanzen\tProf. Dr. Alexander Lorz (CDU)',
      '',
      'Die Koalition will die Verwaltung digitalisieren.',
    ].join('\n');
    const batch = dateBatch(await ingest(text, 'kabinett'));
    const served = batch.relations.filter((r) => r.method === 'cabinet-table' && r.type !== 'MEMBER_OF');
    expect(served.length).toBeGreaterThan(0);
    for (const r of served) expect(r).toMatchObject({ validFrom: '2024-01-18', validFromPrecision: 'DAY' });
  });

  it('takes founding dates from „gegründet“ sentences', async () => {
    const batch = dateBatch(
      await ingest('Die HZD wurde im Jahr 1970 gegründet und hat ihren Sitz in Wiesbaden.', 'hzd'),
    );
    const hzd = batch.entities.find((e) => e.id === 'hzd');
    expect(hzd?.founded).toMatchObject({ date: '1970', precision: 'YEAR' });
    expect(batch.entities.find((e) => e.id === 'wiesbaden')?.founded).toBeUndefined();
  });
});
