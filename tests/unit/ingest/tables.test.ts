import { describe, expect, it } from 'vitest';
import { ingest } from './helpers.ts';

const TABLE = [
  'Übersicht der Vorhaben 2025',
  '',
  'Vorhaben\tBetreiber\tAuftraggeber\tStand',
  'Hessen-App\tHZD\tDigitalministerium\tin Betrieb',
  'Weiterentwicklung der Verfahrenscloud\tHZD\tDigitalministerium\tgeplant',
  '',
  'Die HZD berichtet jährlich über den Stand.',
].join('\n');

describe('tables in text dumps', () => {
  it('reads the relations its header names between a row subject and the entity in the column', async () => {
    const batch = await ingest(TABLE, 'vorhaben-tabelle');
    const stated = batch.relations
      .filter((r) => r.method === 'table')
      .map((r) => `${r.from} ${r.type} ${r.to}`)
      .sort();
    expect(stated).toEqual([
      'hessen-app COMMISSIONED_BY ministerium-digitalisierung-innovation',
      'hzd OPERATES hessen-app',
    ]);
    // The second row is about a task concerning the cloud, not the cloud itself.
    expect(stated.join(' ')).not.toMatch(/verfahrenscloud/);
  });

  it('keeps the row as evidence', async () => {
    const batch = await ingest(TABLE, 'vorhaben-tabelle');
    const operates = batch.relations.find((r) => r.method === 'table' && r.type === 'OPERATES');
    expect(operates?.evidence[0]?.quote).toContain('Hessen-App');
  });
});
