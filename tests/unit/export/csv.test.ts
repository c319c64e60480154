import { describe, expect, it } from 'vitest';
import { csvField, edgesCsv, evidenceCsv, nodesCsv } from '../../../src/export/csv.ts';
import { arraySource } from '../../../src/export/source.ts';
import { ENTITIES, QUOTE, RELATIONS } from './data.ts';
import { csvRecords, parseCsv } from './rfc4180.ts';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

const source = arraySource({ entities: ENTITIES, relations: RELATIONS });

describe('csvField', () => {
  it('quotes only what RFC 4180 requires and doubles inner quotes', () => {
    expect(csvField('Hessen-App')).toBe('Hessen-App');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('sagt "ja"')).toBe('"sagt ""ja"""');
    expect(csvField('Zeile\nzwei')).toBe('"Zeile\nzwei"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.9)).toBe('0.9');
    expect(csvField(['a', 'b'])).toBe('a | b');
  });
});

describe('CSV export', () => {
  it('writes a header and CRLF-terminated rows', async () => {
    const nodes = await text(nodesCsv(source));
    expect(nodes.startsWith('id,type,label,name,aliases,description,titles,origin,documents\r\n')).toBe(true);
    expect(nodes.endsWith('\r\n')).toBe(true);
  });

  it('round-trips nodes with commas, quotes, line breaks and umlauts', async () => {
    const rows = csvRecords(await text(nodesCsv(source)));
    expect(rows).toHaveLength(ENTITIES.length);
    expect(rows[0]).toMatchObject({
      id: 'hzd',
      type: 'AGENCY',
      aliases: 'Hessische Zentrale für Datenverarbeitung | Zentrale, "HZD"',
      description: 'IT-Dienstleister <Land> & Kommunen',
    });
    expect(rows[2]).toMatchObject({
      id: 'ort/wiesbaden_ä',
      description: 'Landeshauptstadt\r\nmit Zeilenumbruch',
    });
  });

  it('writes one edge row per relationship with all quotes and pages', async () => {
    const rows = csvRecords(await text(edgesCsv(source)));
    expect(rows).toHaveLength(RELATIONS.length);
    expect(rows[0]).toMatchObject({
      source: 'hzd',
      target: 'hessen-app',
      type: 'OPERATES',
      confidence: '0.9',
      evidence_count: '2',
      quotes: `${QUOTE} | Die HZD betreibt die Hessen-App.`,
      pages: '12',
      cited_pages: '116',
    });
    expect(rows[1]).toMatchObject({ confidence: '', quotes: '', evidence_count: '0' });
  });

  it('writes one evidence row per passage', async () => {
    const rows = csvRecords(await text(evidenceCsv(source)));
    expect(rows.map((r) => r.evidence_id)).toEqual(['ev1', 'ev2']);
    expect(rows[0]).toMatchObject({
      quote: QUOTE,
      page: '12',
      cited_page: '116',
      relation_key: 'hzd|OPERATES|hessen-app',
    });
    expect(rows[1]?.page).toBe('');
    expect(rows[1]?.cited_page).toBe('');
  });

  it('is rejected by the strict reader when malformed (the reader is not lenient)', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow();
    expect(() => parseCsv('a,b"c\r\n')).toThrow();
  });
});
