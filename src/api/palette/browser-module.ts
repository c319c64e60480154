/**
 * The palette as a small ES module for the explorer (/explore/palette.js), written at start-up
 * from the same table as the Browser style: one source, no copy to keep in step.
 */
import { ENTITY_STYLES, RELATION_LABELS, RELATION_STYLES, UNKNOWN_STYLE } from './palette.ts';

export function renderPaletteModule(): string {
  const exports = {
    ENTITY_STYLES,
    UNKNOWN_STYLE,
    RELATION_LABELS,
    RELATION_STYLES,
  };
  return [
    '// Generated from src/api/palette/palette.ts at start-up; the Browser style comes from the same table.',
    ...Object.entries(exports).map(
      ([name, value]) => `export const ${name} = Object.freeze(${JSON.stringify(value, null, 2)});`,
    ),
    '',
  ].join('\n');
}
