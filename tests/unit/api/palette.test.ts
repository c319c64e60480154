import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPaletteModule } from '../../../src/api/palette/browser-module.ts';
import { renderGrass } from '../../../src/api/palette/grass.ts';
import { ENTITY_STYLES, RELATION_LABELS } from '../../../src/api/palette/palette.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES } from '../../../src/graph/model.ts';

describe('one palette for Browser and explorer', () => {
  it('the committed neo4j/hessen-kg.grass is the rendered palette (npm run style rewrites it)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'neo4j', 'hessen-kg.grass'), 'utf8');
    expect(committed).toBe(renderGrass());
  });

  it('gives Browser and explorer the same colour per type, distinct between types', () => {
    const grass = renderGrass();
    const module = renderPaletteModule();
    const colours = ENTITY_TYPES.map((type) => ENTITY_STYLES[type].color);
    expect(new Set(colours).size).toBe(ENTITY_TYPES.length);
    for (const type of ENTITY_TYPES) {
      const rule = new RegExp(`node\\.${ENTITY_LABELS[type]} \\{\\n  color: ${ENTITY_STYLES[type].color};`);
      expect(grass, type).toMatch(rule);
      expect(module).toContain(`"color": "${ENTITY_STYLES[type].color}"`);
    }
  });

  it('captions entities by their short caption in Browser', () => {
    expect(renderGrass()).toMatch(/node\.Ministry \{[^}]*caption: "\{caption\}";/);
  });

  it('has a German label for every relation type', () => {
    expect(Object.keys(RELATION_LABELS).sort()).toEqual([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) expect(RELATION_LABELS[type]).not.toMatch(/^[A-Z_]+$/);
    expect(RELATION_LABELS.HEADS).toBe('leitet');
    expect(RELATION_LABELS.CO_OCCURS_WITH).toBe('im selben Satz genannt');
  });
});
