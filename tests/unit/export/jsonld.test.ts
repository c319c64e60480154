import { describe, expect, it } from 'vitest';
import { jsonld } from '../../../src/export/jsonld.ts';
import { arraySource } from '../../../src/export/source.ts';
import { BASE_IRI, entityIri, relationTerm, VOCAB_IRI } from '../../../src/export/vocabulary.ts';
import { DOCUMENTS, ENTITIES, QUOTE, RELATIONS } from './data.ts';
import { expandOffline, toNquadsOffline } from './jsonld-offline.ts';

const SCHEMA = 'https://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

async function exported(): Promise<unknown> {
  let out = '';
  for await (const chunk of jsonld(
    arraySource({ documents: DOCUMENTS, entities: ENTITIES, relations: RELATIONS }),
  )) {
    out += chunk;
  }
  return JSON.parse(out);
}

describe('JSON-LD export', () => {
  it('names relation terms in lowerCamelCase', () => {
    expect(relationTerm('MEMBER_OF')).toBe('memberOf');
    expect(relationTerm('CO_OCCURS_WITH')).toBe('coOccursWith');
  });

  it('expands offline into one node per entity with stable, encoded IRIs', async () => {
    const doc = await exported();
    const expanded = await expandOffline(doc);
    const entities = expanded.filter((n) => String(n['@id']).startsWith(`${BASE_IRI}entity/`));
    expect(entities).toHaveLength(ENTITIES.length);
    expect(entityIri('ort/wiesbaden_ä')).toBe(`${BASE_IRI}entity/ort%2Fwiesbaden_%C3%A4`);
    const hzd = entities.find((n) => n['@id'] === entityIri('hzd'))!;
    expect(hzd['@type']).toEqual([`${SCHEMA}GovernmentOrganization`, `${VOCAB_IRI}Agency`]);
    expect(hzd[`${SCHEMA}name`]).toEqual([{ '@value': 'HZD' }]);
    expect(hzd[`${VOCAB_IRI}operates`]).toEqual([{ '@id': entityIri('hessen-app') }]);
  });

  it('reifies each relationship as an rdf:Statement derived from quoted evidence, derived from the document', async () => {
    const expanded = await expandOffline(await exported());
    const statements = expanded.filter((n) => (n['@type'] ?? []).includes(`${RDF}Statement`));
    expect(statements).toHaveLength(RELATIONS.length);
    const operates = statements.find((s) => s[`${RDF}predicate`]?.[0]?.['@id'] === `${VOCAB_IRI}operates`)!;
    expect(operates[`${RDF}subject`]).toEqual([{ '@id': entityIri('hzd') }]);
    const evidence = operates[`${PROV}wasDerivedFrom`];
    expect(evidence).toHaveLength(2);
    expect(evidence[0][`${PROV}value`]).toEqual([{ '@value': QUOTE }]);
    expect(evidence[0][`${PROV}wasDerivedFrom`]).toEqual([{ '@id': `${BASE_IRI}document/doc-a` }]);
    expect(evidence[0][`${VOCAB_IRI}page`][0]['@value']).toBe(12);
    expect(evidence[0][`${VOCAB_IRI}citedPage`][0]['@value']).toBe(116);
  });

  it('converts to RDF without dropping terms', async () => {
    const nquads = await toNquadsOffline(await exported());
    expect(nquads).toContain(`<${entityIri('hzd')}> <${VOCAB_IRI}operates> <${entityIri('hessen-app')}>`);
    expect(nquads).toContain(`<${PROV}value>`);
  });
});
