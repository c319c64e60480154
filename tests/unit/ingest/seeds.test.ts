import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../src/graph/model.ts';
import { quoteText } from '../../../src/ingest/evidence.ts';
import { ingestDocument } from '../../../src/ingest/index.ts';
import { NEW_DOCUMENT, SEEDS, seedCatalog } from './helpers.ts';

async function batches(): Promise<GraphBatch[]> {
  const catalog = await seedCatalog();
  return Promise.all([SEEDS.eco, SEEDS.brochure, NEW_DOCUMENT].map((f) => ingestDocument(f, catalog)));
}

describe('batches of the seed documents', () => {
  it('quote every mention and every evidence in the source’s words at its source offsets', async () => {
    for (const b of await batches()) {
      const text = b.document.text;
      const sections = new Set(b.sections.map((s) => s.id));
      for (const ev of [...b.mentions, ...b.relations.flatMap((r) => r.evidence)]) {
        expect(quoteText(text.slice(ev.start, ev.end))).toBe(ev.quote);
        expect(sections.has(ev.sectionId)).toBe(true);
        expect(ev.documentId).toBe(b.document.id);
      }
      for (const m of b.mentions) {
        expect(m.surfaceStart).toBeGreaterThanOrEqual(m.start);
        expect(quoteText(text.slice(m.surfaceStart, m.surfaceEnd))).toBe(m.surface);
      }
    }
  }, 30_000);

  it('back every relation with evidence and known entities', async () => {
    for (const b of await batches()) {
      const ids = new Set(b.entities.map((e) => e.id));
      for (const r of b.relations) {
        expect(r.evidence.length).toBeGreaterThan(0);
        expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
        if (r.type === 'CO_OCCURS_WITH') expect(r.confidence).toBeLessThanOrEqual(0.3);
      }
    }
  });

  it('give an entity named in both documents the same id', async () => {
    const [eco, brochure] = await batches();
    const ids = (b: GraphBatch | undefined) => new Set(b?.mentions.map((m) => m.entityId));
    const both = [...ids(eco)].filter((id) => ids(brochure).has(id));
    expect(both).toEqual(
      expect.arrayContaining([
        'hessen-app',
        'hzd',
        'breitband-portal',
        'zit',
        'hessisches-landeskriminalamt',
        'hessisches-e-government-gesetz',
      ]),
    );
    // "Hessen App" (eco) and "Hessen-App" (brochure), "Breitband-Portal" and "OZG-Breitbandportal".
    const names = new Map<string, string>();
    for (const b of [eco, brochure])
      for (const e of b?.entities ?? []) {
        if (names.has(e.name)) expect(names.get(e.name)).toBe(e.id);
        names.set(e.name, e.id);
      }
  });

  it('record the pages the coalition analysis cites for its pledges', async () => {
    const [eco] = await batches();
    const pledges = eco?.relations.filter((r) => r.type === 'PLEDGED_IN') ?? [];
    expect(pledges.length).toBeGreaterThanOrEqual(20);
    expect(
      pledges.every((r) => r.to === 'koalition-cdu-spd-hessen' && r.evidence.every((e) => e.page !== null)),
    ).toBe(true);
    expect(pledges.find((r) => r.from === 'hessen3c')?.evidence[0]?.page).toBe(44);
    expect(pledges.find((r) => r.from === 'govlabhessen')?.evidence[0]?.page).toBe(58);
  });

  it('read document metadata from the sidecar', async () => {
    const [eco, brochure, fresh] = await batches();
    expect(eco?.document).toMatchObject({
      title: 'Auswertung Koalitionsvertrag Hessen',
      date: '2024-01-30',
      publisher: expect.stringContaining('eco'),
    });
    expect(brochure?.document.date).toBe('2023');
    expect(fresh?.document).toMatchObject({ id: 'landesamt-beispiel', date: '2025-03-14', publisher: null });
    expect(fresh?.document.title).toMatch(/Geoportal/);
  });
});
