/** Entities and relations: the types that refer to each other (composites filled in below). */
import { RELATION_TYPES } from '../../../graph/model.ts';
import { asOfDay, holdsOn } from '../../read/as-of.ts';
import { DEFAULT_EVIDENCE_FIRST } from '../../read/evidence.ts';
import { clamp, pageWindow } from '../../read/paging.ts';
import { requestedRelationTypes } from '../../read/relations.ts';
import type { Direction } from '../../read/types.ts';
import type { CypherBuilder } from './cypher-builder.ts';
import {
  APPEARANCE,
  DATED_PASSAGE,
  DOCUMENT,
  EVIDENCE,
  MENTION,
  SECTION,
  STATED_DATE,
  statedDate,
  storedDate,
} from './documents.ts';
import { page, project, single, type TypeSpec } from './project.ts';
import type { Field } from './selection.ts';

/** The entity in `e`; composites filled in below (entity and relation refer to each other). */
export const ENTITY: TypeSpec = {
  scalars: {
    id: ({ e }) => `${e}.id`,
    name: ({ e }) => `coalesce(${e}.name, ${e}.id)`,
    type: ({ e }) => `${e}.type`,
    aliases: ({ e }) => `coalesce(${e}.aliases, [])`,
    description: ({ e }) => `${e}.description`,
    titles: ({ e }) => `coalesce(${e}.titles, [])`,
    origin: ({ e }) => `${e}.origin`,
  },
  composites: {
    caption: {
      compile: (_cy, { e }) => `{name: coalesce(${e}.name, ${e}.id), aliases: coalesce(${e}.aliases, [])}`,
      finish: 'caption',
    },
    founded: { compile: (cy, { e }, field) => statedDate(cy, e!, 'founded', field) },
    dissolved: { compile: (cy, { e }, field) => statedDate(cy, e!, 'dissolved', field) },
  },
};

/** An entity held by an expression (`startNode(r)`), bound to a fresh variable first. */
function entityOf(cy: CypherBuilder, expression: string, field: Field): string {
  const e = cy.variable('e');
  return single(`WITH ${expression} AS ${e}`, project(cy, ENTITY, { e }, field.fields));
}

export const RELATION: TypeSpec = {
  scalars: {
    type: ({ r }) => `type(${r})`,
    direction: ({ dir }) => dir!,
    confidence: ({ r }) => `${r}.confidence`,
    key: ({ r }) => `${r}.key`,
    method: ({ r }) => `${r}.method`,
    role: ({ r }) => `${r}.role`,
    evidenceCount: ({ r }) => `coalesce(${r}.evidenceCount, 0)`,
    documentIds: ({ r }) => `coalesce(${r}.documents, [])`,
    validFrom: ({ r }) => storedDate(r!, 'validFrom').date,
    validFromPrecision: ({ r }) => storedDate(r!, 'validFrom').precision,
    validTo: ({ r }) => storedDate(r!, 'validTo').date,
    validToPrecision: ({ r }) => storedDate(r!, 'validTo').precision,
    precision: ({ r }) =>
      `coalesce(${storedDate(r!, 'validFrom').precision}, ${storedDate(r!, 'validTo').precision})`,
    heldOn: ({ r }) => `toString(${r}.heldOn)`,
    endedBy: ({ r }) => `toString(${r}.endedBy)`,
  },
  composites: {
    datedBy: {
      // As the read layer: a bound is listed when its date is stated and a passage states it.
      compile: (cy, { r }, field) => {
        const x = cy.variable('x');
        const bound = (name: string, prefix: string) =>
          `{bound: '${name}', dated: ${r}.${prefix} IS NOT NULL, quote: ${r}.${prefix}Quote, documentId: ${r}.${prefix}Document}`;
        return `COLLECT { UNWIND [${bound('FROM', 'validFrom')}, ${bound('TO', 'validTo')}] AS ${x}
          WITH ${x} WHERE ${x}.dated AND coalesce(${x}.quote, '') <> ''
          RETURN ${project(cy, DATED_PASSAGE, { x }, field.fields)} }`;
      },
    },
    other: { compile: (cy, { o }, field) => project(cy, ENTITY, { e: o! }, field.fields) },
    from: { compile: (cy, { r }, field) => entityOf(cy, `startNode(${r})`, field) },
    to: { compile: (cy, { r }, field) => entityOf(cy, `endNode(${r})`, field) },
    evidence: {
      compile: (cy, { r }, field) => {
        const ev = cy.variable('ev');
        const first = clamp((field.args.first as number | null) ?? DEFAULT_EVIDENCE_FIRST, 0, cy.maxPageSize);
        return `COLLECT { MATCH (${ev}:Evidence {relKey: ${r}.key})
          WITH ${ev} ORDER BY ${ev}.documentId, ${ev}.start, ${ev}.id LIMIT ${cy.param(first)}
          RETURN ${project(cy, EVIDENCE, { ev }, field.fields)} }`;
      },
    },
  },
};

const ARROWS: Readonly<Record<Direction, [string, string]>> = {
  OUT: ['-', '->'],
  IN: ['<-', '-'],
  BOTH: ['-', '-'],
};

ENTITY.composites.relations = {
  finish: 'connection',
  compile: (cy, { e }, field) => {
    const direction = (field.args.direction as Direction | null) ?? 'BOTH';
    const [left, right] = ARROWS[direction] ?? ARROWS.BOTH;
    // Validated against the whitelist: the alternation is built from whitelisted names only.
    const types = requestedRelationTypes(
      field.args.types as string[] | null,
      field.args.weak as boolean | null,
    );
    if (types !== null && types.length === 0) return `{offset: 0, totalCount: 0, items: []}`;
    const [r, o, dir] = [cy.variable('r'), cy.variable('o'), cy.variable('dir')];
    const alternation = (types ?? RELATION_TYPES).filter((t) =>
      (RELATION_TYPES as readonly string[]).includes(t),
    );
    const asOf = asOfDay(field.args.asOf);
    // Without a day the filter is left out of the text, not written as `$day IS NULL OR …`.
    const holds = asOf === null ? '' : ` WHERE ${holdsOn(r, cy.param(asOf))}`;
    const pattern = `MATCH (${e})${left}[${r}:${alternation.join('|')}]${right}(${o}:Entity)${holds}`;
    return page(cy, field, 20, {
      match: `${pattern} WITH ${r}, ${o}, CASE WHEN startNode(${r}) = ${e} THEN 'OUT' ELSE 'IN' END AS ${dir}`,
      count: pattern,
      order: `type(${r}), ${o}.name, ${o}.id, ${dir}`,
      item: (fields) => project(cy, RELATION, { r, o, dir }, fields),
    });
  },
};

ENTITY.composites.mentions = {
  finish: 'connection',
  compile: (cy, { e }, field) => {
    const [s, m] = [cy.variable('s'), cy.variable('m')];
    const match = `MATCH (${s}:Section)-[${m}:MENTIONS]->(${e})`;
    return page(cy, field, 20, {
      match,
      order: `${m}.documentId, ${m}.start, ${s}.id`,
      item: (fields) => project(cy, MENTION, { m, s }, fields),
    });
  },
};

/**
 * Mentions per document without count(*): Neo4j 5 refuses an aggregation inside a subquery
 * expression nested in a map (it takes the outer RETURN for a grouping one), so each distinct
 * document gets a COUNT subquery instead.
 */
ENTITY.composites.documents = {
  compile: (cy, { e }, field) => {
    const [s, m, s2, m2, documentId, count] = ['s', 'm', 's', 'm', 'documentId', 'mentionCount'].map((v) =>
      cy.variable(v),
    ) as [string, string, string, string, string, string];
    return `COLLECT { MATCH (${s}:Section)-[${m}:MENTIONS]->(${e})
      WITH DISTINCT coalesce(${m}.documentId, ${s}.documentId) AS ${documentId}
      WITH ${documentId}, COUNT { MATCH (${s2}:Section)-[${m2}:MENTIONS]->(${e})
        WHERE coalesce(${m2}.documentId, ${s2}.documentId) = ${documentId} } AS ${count}
      ORDER BY ${count} DESC, ${documentId}
      RETURN ${project(cy, APPEARANCE, { documentId, count }, field.fields)} }`;
  },
};

/** Dated relations in time order, as the read layer's timeline (undated ones are not on it). */
ENTITY.composites.timeline = {
  compile: (cy, { e }, field) => {
    const [r, o, dir] = [cy.variable('r'), cy.variable('o'), cy.variable('dir')];
    const first = pageWindow(
      { first: field.args.first as number | null },
      cy.maxPageSize,
      cy.maxPageSize,
    ).limit;
    return `COLLECT { MATCH (${e})-[${r}:${RELATION_TYPES.join('|')}]-(${o}:Entity)
      WHERE ${r}.validFrom IS NOT NULL OR ${r}.validTo IS NOT NULL
      WITH ${r}, ${o}, CASE WHEN startNode(${r}) = ${e} THEN 'OUT' ELSE 'IN' END AS ${dir}
      ORDER BY coalesce(${r}.validFrom, ${r}.validTo), type(${r}), ${o}.name, ${o}.id LIMIT ${cy.param(first)}
      RETURN ${project(cy, RELATION, { r, o, dir }, field.fields)} }`;
  },
};

/** Every compiled type by its GraphQL name: resolvers.ts wraps these types' composite fields. */
export const TYPE_SPECS: Readonly<Record<string, TypeSpec>> = {
  Entity: ENTITY,
  Relation: RELATION,
  Evidence: EVIDENCE,
  Mention: MENTION,
  DocumentAppearance: APPEARANCE,
  Document: DOCUMENT,
  Section: SECTION,
  StatedDate: STATED_DATE,
  DatedPassage: DATED_PASSAGE,
};
