/**
 * One palette for everything that draws the graph: a colour, border, German label and size per
 * entity type and node label, and a German label per relation type. Neo4j Browser's style
 * (neo4j/hessen-kg.grass, see grass.ts) and the explorer's colours (/explore/palette.js, see
 * browser-module.ts) are both generated from it, so the two never disagree again.
 */
import { ENTITY_LABELS, type EntityType, type RelationType } from '../../graph/model.ts';

export interface NodeStyle {
  /** Fill colour (#RRGGBB). */
  color: string;
  border: string;
  /** Text drawn on the fill: white or near-black, whichever reads better. */
  text: string;
  /** German name of the type, for legends and badges. */
  label: string;
  /** Browser circle diameter in px. */
  diameter: number;
  /** Browser caption: the property shown on the node. */
  caption: string;
}

const DARK = '#2A2C34';
const LIGHT = '#FFFFFF';
/** Entities show their short caption (an acronym such as HMDI, else the name): long names get cut. */
const ENTITY_CAPTION = '{caption}';

export const ENTITY_STYLES: Readonly<Record<EntityType, NodeStyle>> = Object.freeze({
  PERSON: {
    color: '#4C8EDA',
    border: '#2870C2',
    text: LIGHT,
    label: 'Person',
    diameter: 55,
    caption: ENTITY_CAPTION,
  },
  PARTY: {
    color: '#E15759',
    border: '#B8393B',
    text: LIGHT,
    label: 'Partei',
    diameter: 60,
    caption: ENTITY_CAPTION,
  },
  GOVERNMENT: {
    color: '#C990C0',
    border: '#B261A5',
    text: LIGHT,
    label: 'Regierung',
    diameter: 75,
    caption: ENTITY_CAPTION,
  },
  MINISTRY: {
    color: '#57A55D',
    border: '#3E8A44',
    text: LIGHT,
    label: 'Ministerium',
    diameter: 70,
    caption: ENTITY_CAPTION,
  },
  AGENCY: {
    color: '#00A3C4',
    border: '#00829C',
    text: LIGHT,
    label: 'Behörde',
    diameter: 65,
    caption: ENTITY_CAPTION,
  },
  ORGANISATION: {
    color: '#D9C8AE',
    border: '#C0A378',
    text: DARK,
    label: 'Organisation',
    diameter: 60,
    caption: ENTITY_CAPTION,
  },
  PROGRAMME: {
    color: '#B07AA1',
    border: '#8E5A80',
    text: LIGHT,
    label: 'Programm',
    diameter: 60,
    caption: ENTITY_CAPTION,
  },
  PLATFORM: {
    color: '#FFC454',
    border: '#D7A013',
    text: DARK,
    label: 'Plattform',
    diameter: 60,
    caption: ENTITY_CAPTION,
  },
  SERVICE: {
    color: '#DA7194',
    border: '#CC3C6C',
    text: LIGHT,
    label: 'Leistung',
    diameter: 55,
    caption: ENTITY_CAPTION,
  },
  LAW: {
    color: '#2F6F5E',
    border: '#1F4A3F',
    text: LIGHT,
    label: 'Gesetz',
    diameter: 55,
    caption: ENTITY_CAPTION,
  },
  PLACE: {
    color: '#A0522D',
    border: '#7A3E22',
    text: LIGHT,
    label: 'Ort',
    diameter: 50,
    caption: ENTITY_CAPTION,
  },
});

/** Provenance nodes, drawn only in Browser. */
export const PROVENANCE_STYLES: Readonly<Record<string, NodeStyle>> = Object.freeze({
  Document: {
    color: DARK,
    border: '#000000',
    text: LIGHT,
    label: 'Dokument',
    diameter: 80,
    caption: '{title}',
  },
  Section: {
    color: '#E0E0E0',
    border: '#B0B0B0',
    text: DARK,
    label: 'Abschnitt',
    diameter: 40,
    caption: '{heading}',
  },
  Evidence: {
    color: '#FFFFFF',
    border: '#6C6C6C',
    text: DARK,
    label: 'Beleg',
    diameter: 35,
    caption: '{quote}',
  },
});

export const UNKNOWN_STYLE: NodeStyle = Object.freeze({
  color: '#A5ABB6',
  border: '#9AA1AC',
  text: LIGHT,
  label: 'Unbekannt',
  diameter: 55,
  caption: ENTITY_CAPTION,
});

/** How a relation reads in German, from its subject to its object („Sinemus leitet HMDI“). */
export const RELATION_LABELS: Readonly<Record<RelationType, string>> = Object.freeze({
  MEMBER_OF: 'Mitglied von',
  HEADS: 'leitet',
  SERVES_IN: 'tätig in',
  PART_OF: 'Teil von',
  RESPONSIBLE_FOR: 'zuständig für',
  OPERATES: 'betreibt',
  DEVELOPS: 'entwickelt',
  PROVIDES: 'stellt bereit',
  FUNDS: 'fördert',
  PILOTED_IN: 'erprobt in',
  FOLLOWS: 'folgt auf',
  BASED_ON: 'beruht auf',
  CHAIRS: 'hat Vorsitz von',
  COOPERATES_WITH: 'arbeitet zusammen mit',
  LEADS: 'federführend für',
  PLEDGED_IN: 'zugesagt in',
  HOLDS_OFFICE: 'hat Amt inne bei',
  LOCATED_IN: 'hat Sitz in',
  COMMISSIONED_BY: 'im Auftrag von',
  CO_OCCURS_WITH: 'im selben Satz genannt',
});

export interface RelationStyle {
  color: string;
  /** Browser shaft width in px. */
  width: number;
}

const RELATION_DEFAULT: RelationStyle = { color: '#A5ABB6', width: 2 };

/** Relations that differ from the default: weak links faint, pledges in the party colour. */
export const RELATION_STYLES: Readonly<Partial<Record<string, RelationStyle>>> = Object.freeze({
  CO_OCCURS_WITH: { color: '#D5D8DD', width: 1 },
  PLEDGED_IN: { color: '#F36924', width: 2 },
  MENTIONS: { color: '#C8C8C8', width: 1 },
  IN_DOCUMENT: { color: '#C8C8C8', width: 1 },
  IN_SECTION: { color: '#C8C8C8', width: 1 },
});

export function relationStyle(type: string): RelationStyle {
  return RELATION_STYLES[type] ?? RELATION_DEFAULT;
}

/** Browser label of each entity type (`:Ministry`), beside its style. */
export function entityLabelStyles(): [string, NodeStyle][] {
  return (Object.keys(ENTITY_STYLES) as EntityType[]).map((type) => [
    ENTITY_LABELS[type],
    ENTITY_STYLES[type],
  ]);
}
