import { describe, expect, it } from 'vitest';
import { graphml } from '../../../src/export/graphml.ts';
import { arraySource } from '../../../src/export/source.ts';
import { escapeXml, toNmtoken } from '../../../src/export/xml.ts';
import { ENTITIES, QUOTE, RELATIONS } from './data.ts';
import { readGraphml } from './graphml-reader.ts';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('xml helpers', () => {
  it('escapes markup and keeps line breaks as references', () => {
    expect(escapeXml(`<a b="c">&'\n`)).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&apos;&#10;');
    expect(escapeXml('a\u0000b\u001Fc')).toBe('abc');
  });

  it('maps ids to NMTOKENs reversibly and leaves slugs alone', () => {
    expect(toNmtoken('hessen-app')).toBe('hessen-app');
    expect(toNmtoken('ort/wiesbaden_ä')).toBe('ort_x002F_wiesbaden_x005F_ä');
    expect(toNmtoken('a b')).not.toBe(toNmtoken('a_b'));
  });
});

describe('GraphML export', () => {
  it('declares every attribute with a key before the graph', async () => {
    const xml = await text(graphml(arraySource({ entities: ENTITIES, relations: RELATIONS })));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml.indexOf('<key id="n_type" for="node" attr.name="type" attr.type="string"/>')).toBeGreaterThan(
      0,
    );
    expect(
      xml.indexOf('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>'),
    ).toBeLessThan(xml.indexOf('<graph '));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
  });

  it('parses with graphology-graphml into the same nodes, edges and values', async () => {
    const xml = await text(graphml(arraySource({ entities: ENTITIES, relations: RELATIONS })));
    const graph = readGraphml(xml);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(ENTITIES.length);
    expect(graph.size).toBe(RELATIONS.length);
    expect(graph.getNodeAttributes('hzd')).toMatchObject({
      type: 'AGENCY',
      label: 'HZD',
      aliases: 'Hessische Zentrale für Datenverarbeitung | Zentrale, "HZD"',
      description: 'IT-Dienstleister <Land> & Kommunen',
    });
    const wiesbaden = toNmtoken('ort/wiesbaden_ä');
    expect(graph.getNodeAttribute(wiesbaden, 'entity_id')).toBe('ort/wiesbaden_ä');
    expect(graph.getNodeAttribute(wiesbaden, 'description')).toBe('Landeshauptstadt\r\nmit Zeilenumbruch');
    const edge = graph.edge('hzd', 'hessen-app')!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      type: 'OPERATES',
      confidence: 0.9,
      evidence_count: 2,
      quote: QUOTE,
      page: 12,
      cited_page: 116,
    });
  });
});
