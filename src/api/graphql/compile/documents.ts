/** Documents and what points at them: sections, evidence, mentions, appearances, stated dates. */
import { documentFileName } from '../../read/projections.ts';
import type { CypherBuilder } from './cypher-builder.ts';
import { project, single, type TypeSpec } from './project.ts';
import type { Field } from './selection.ts';

export const SECTION: TypeSpec = {
  scalars: {
    id: ({ s }) => `${s}.id`,
    heading: ({ s }) => `${s}.heading`,
    order: ({ s }) => `${s}.order`,
    start: ({ s }) => `${s}.start`,
    end: ({ s }) => `${s}.end`,
  },
  composites: {},
};

export const DOCUMENT: TypeSpec = {
  scalars: {
    id: ({ d }) => `${d}.id`,
    title: ({ d }) => `coalesce(${d}.title, ${d}.id)`,
    publisher: ({ d }) => `${d}.publisher`,
    date: ({ d }) => `toString(${d}.date)`,
    // As the read layer: a stored precision, else the one the date's length implies.
    datePrecision: ({ d }) => `coalesce(${d}.datePrecision, CASE WHEN ${d}.date IS NULL THEN null
      WHEN size(toString(${d}.date)) = 4 THEN 'YEAR' WHEN size(toString(${d}.date)) = 7 THEN 'MONTH' ELSE 'DAY' END)`,
    file: ({ d }) => documentFileName(d!),
    length: ({ d }) => `${d}.length`,
  },
  // `entities` and `relations` have no compiler: a root selecting them is left to the loaders.
  composites: {
    entityCount: {
      compile: (cy, { d }) => {
        const [s, e] = [cy.variable('s'), cy.variable('e')];
        return `size(COLLECT { MATCH (${s}:Section {documentId: ${d}.id})-[:MENTIONS]->(${e}:Entity) RETURN DISTINCT ${e}.id })`;
      },
    },
    sections: {
      compile: (cy, { d }, field) => {
        const s = cy.variable('s');
        return `COLLECT { MATCH (${s}:Section {documentId: ${d}.id}) WITH ${s} ORDER BY ${s}.order, ${s}.start
          RETURN ${project(cy, SECTION, { s }, field.fields)} }`;
      },
    },
  },
};

/** The document with id `idExpression`, projected for `field`. */
export function documentById(cy: CypherBuilder, idExpression: string, field: Field): string {
  const d = cy.variable('d');
  return single(`MATCH (${d}:Document {id: ${idExpression}})`, project(cy, DOCUMENT, { d }, field.fields));
}

export const EVIDENCE: TypeSpec = {
  scalars: {
    quote: ({ ev }) => `${ev}.quote`,
    page: ({ ev }) => `${ev}.page`,
    citedPage: ({ ev }) => `${ev}.citedPage`,
    section: ({ ev }) => `COLLECT { MATCH (${ev})-[:IN_SECTION]->(s:Section) RETURN s.heading }[0]`,
    method: ({ ev }) => `${ev}.method`,
    confidence: ({ ev }) => `${ev}.confidence`,
    start: ({ ev }) => `${ev}.start`,
    end: ({ ev }) => `${ev}.end`,
  },
  composites: {
    document: { compile: (cy, { ev }, field) => documentById(cy, `${ev}.documentId`, field) },
  },
};

export const MENTION: TypeSpec = {
  scalars: {
    quote: ({ m }) => `${m}.quote`,
    page: ({ m }) => `${m}.page`,
    citedPage: ({ m }) => `${m}.citedPage`,
    section: ({ s }) => `${s}.heading`,
    surface: ({ m }) => `${m}.surface`,
    start: ({ m }) => `${m}.start`,
    end: ({ m }) => `${m}.end`,
  },
  composites: {
    document: {
      compile: (cy, { m, s }, field) => documentById(cy, `coalesce(${m}.documentId, ${s}.documentId)`, field),
    },
  },
};

export const APPEARANCE: TypeSpec = {
  scalars: { mentionCount: ({ count }) => count! },
  composites: { document: { compile: (cy, { documentId }, field) => documentById(cy, documentId!, field) } },
};

/** A date a text states: `vars` are expressions (date, precision, quote, documentId), not variables. */
export const STATED_DATE: TypeSpec = {
  scalars: {
    date: ({ date }) => date!,
    precision: ({ precision }) => precision!,
    quote: ({ quote }) => quote!,
  },
  composites: { document: { compile: (cy, { documentId }, field) => documentById(cy, documentId!, field) } },
};

/** The passage dating a relation's start or end, bound to `x` of `{bound, quote, documentId}`. */
export const DATED_PASSAGE: TypeSpec = {
  scalars: {
    bound: ({ x }) => `${x}.bound`,
    quote: ({ x }) => `${x}.quote`,
  },
  composites: {
    document: { compile: (cy, { x }, field) => documentById(cy, `${x}.documentId`, field) },
  },
};

/**
 * Stored date property `prefix` (`founded`, `validFrom`…) of `owner` with its `…Precision`,
 * `…Quote` and `…Document` siblings, as the read layer's statedDate: null without a date, DAY
 * where no precision is stored.
 */
export function storedDate(owner: string, prefix: string) {
  return {
    date: `toString(${owner}.${prefix})`,
    precision: `CASE WHEN ${owner}.${prefix} IS NULL THEN null ELSE coalesce(${owner}.${prefix}Precision, 'DAY') END`,
    quote: `${owner}.${prefix}Quote`,
    documentId: `${owner}.${prefix}Document`,
  };
}

/** `owner`'s stated date `prefix` projected for `field`, or null. */
export function statedDate(cy: CypherBuilder, owner: string, prefix: string, field: Field): string {
  return `CASE WHEN ${owner}.${prefix} IS NULL THEN null ELSE ${project(cy, STATED_DATE, storedDate(owner, prefix), field.fields)} END`;
}
