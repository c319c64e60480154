import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, parseCatalogText } from '../../../src/ingest/catalog.ts';
import { CATALOG_DIR, ROOT } from './helpers.ts';

describe('the catalog', () => {
  it('loads the seed catalog', async () => {
    const catalog = await loadCatalog(CATALOG_DIR);
    expect(catalog.entries.length).toBeGreaterThan(80);
    expect(catalog.byId.get('hzd')?.aliases).toContain('HZD');
    expect(catalog.entries.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('names the file and line of an invalid entry', async () => {
    const error = await loadCatalog(path.join(ROOT, 'tests/fixtures/catalog-invalid')).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'CATALOG_INVALID' });
    expect((error as Error).message).toMatch(/bad-type\.yaml:6:\d+: line 6: entities\.1\.type/);
  });

  it('names the line of a YAML syntax error, a duplicate id and a shared alias', () => {
    expect(() => parseCatalogText('entities:\n  - id: a\n    name: [unclosed\n', 'x.yaml')).toThrow(
      /x\.yaml:\d+:\d+: line \d+: YAML syntax/,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'entities:\n  - id: a\n    type: AGENCY\n    name: Amt A\n  - id: b\n    type: AGENCY\n    name: Amt B\n    aliases: [Amt-A]\n',
    );
    return expect(loadCatalog(dir)).rejects.toThrow(/a\.yaml:5:.*'Amt-A' of 'b' is already a name of 'a'/);
  });

  it('rejects unknown fields such as a misspelt "alias"', () => {
    expect(() =>
      parseCatalogText('entities:\n  - id: a\n    type: AGENCY\n    name: A\n    alias: [B]\n', 'y.yaml'),
    ).toThrow(/y\.yaml:2:.*entities\.0/);
  });

  it('also knows a name without the acronym it ends in, unless another entry has that name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    writeFileSync(
      path.join(dir, 'a.yaml'),
      [
        'entities:',
        '  - id: igd',
        '    type: ORGANISATION',
        '    name: Fraunhofer-Institut für Graphische Datenverarbeitung IGD',
        '  - id: lfd',
        '    type: AGENCY',
        '    name: Landesamt für Daten LFD',
        '  - id: lfd-old',
        '    type: AGENCY',
        '    name: Landesamt für Daten',
        '',
      ].join('\n'),
    );
    const catalog = await loadCatalog(dir);
    expect(catalog.byId.get('igd')?.aliases).toContain(
      'Fraunhofer-Institut für Graphische Datenverarbeitung',
    );
    expect(catalog.byId.get('lfd')?.aliases).toEqual([]);
  });
});
