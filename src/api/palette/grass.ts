/**
 * Neo4j Browser's graph style (GraSS) rendered from the palette. neo4j/hessen-kg.grass is this
 * output, committed so it can be dragged onto Browser; a test keeps the file equal to it, and
 * GET /guide/hessen-kg.grass serves the rendering itself.
 */
import { RELATION_TYPES } from '../../graph/model.ts';
import {
  entityLabelStyles,
  type NodeStyle,
  PROVENANCE_STYLES,
  relationStyle,
  UNKNOWN_STYLE,
} from './palette.ts';

function nodeRule(selector: string, style: NodeStyle): string {
  return [
    `${selector} {`,
    `  color: ${style.color};`,
    `  border-color: ${style.border};`,
    `  text-color-internal: ${style.text};`,
    `  caption: "${style.caption}";`,
    `  diameter: ${style.diameter}px;`,
    '}',
  ].join('\n');
}

function relationshipRule(type: string): string {
  const style = relationStyle(type);
  return [
    `relationship.${type} {`,
    `  color: ${style.color};`,
    `  shaft-width: ${style.width}px;`,
    '  caption: "<type>";',
    '}',
  ].join('\n');
}

/** Browser's defaults for anything the rules below do not name (no comment: Browser's parser takes none). */
const HEADER = `node {
  diameter: 50px;
  color: #A5ABB6;
  border-color: #9AA1AC;
  border-width: 2px;
  text-color-internal: #FFFFFF;
  font-size: 10px;
  caption: "{name}";
}
relationship {
  color: #A5ABB6;
  shaft-width: 2px;
  font-size: 8px;
  padding: 3px;
  text-color-external: #000000;
  text-color-internal: #FFFFFF;
  caption: "<type>";
}`;

export function renderGrass(): string {
  const rules = [
    HEADER,
    nodeRule('node.Entity', UNKNOWN_STYLE),
    ...entityLabelStyles().map(([label, style]) => nodeRule(`node.${label}`, style)),
    ...Object.entries(PROVENANCE_STYLES).map(([label, style]) => nodeRule(`node.${label}`, style)),
    ...[...RELATION_TYPES, 'MENTIONS', 'IN_DOCUMENT', 'IN_SECTION'].map(relationshipRule),
  ];
  return `${rules.join('\n')}\n`;
}
