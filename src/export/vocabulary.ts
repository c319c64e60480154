/**
 * The linked-data vocabulary of the JSON-LD export: IRIs, the entity type map and the inline
 * @context. Everything is inline so that a consumer expands the file offline.
 *
 * IRIs. `BASE_IRI` is the namespace we mint in; `https://w3id.org/hessen-kg/` is reserved for a
 * permanent redirect (w3id.org), so it is stable even if the API moves. Identifiers are the
 * graph's stable slugs, percent-encoded:
 *   entity    <BASE>entity/<Entity.id>           e.g. https://w3id.org/hessen-kg/entity/hzd
 *   document  <BASE>document/<Document.id>
 *   evidence  <BASE>evidence/<Evidence.id>
 *   relation  <BASE>relation/<from|TYPE|to>      the reified statement of one relationship
 *   terms     <BASE>vocab#<term>                 prefix `hkg:`
 */
import { ENTITY_TYPES, type EntityType, RELATION_TYPES } from '../graph/model.ts';

export const BASE_IRI = 'https://w3id.org/hessen-kg/';
export const VOCAB_IRI = `${BASE_IRI}vocab#`;

const iri = (kind: string) => (id: string) => `${BASE_IRI}${kind}/${encodeURIComponent(id)}`;
export const entityIri = iri('entity');
export const documentIri = iri('document');
export const evidenceIri = iri('evidence');
export const relationIri = iri('relation');

/**
 * schema.org class per entity type, plus our own `hkg:` class so the exact type survives where
 * schema.org is coarser (schema.org core has no political party, ministry or agency class).
 */
export const ENTITY_CLASSES: Readonly<Record<EntityType, readonly string[]>> = Object.freeze({
  PERSON: ['schema:Person', 'hkg:Person'],
  PARTY: ['schema:Organization', 'hkg:PoliticalParty'],
  GOVERNMENT: ['schema:GovernmentOrganization', 'hkg:Government'],
  MINISTRY: ['schema:GovernmentOrganization', 'hkg:Ministry'],
  AGENCY: ['schema:GovernmentOrganization', 'hkg:Agency'],
  ORGANISATION: ['schema:Organization', 'hkg:Organisation'],
  PROGRAMME: ['schema:Project', 'hkg:Programme'],
  PLATFORM: ['schema:SoftwareApplication', 'hkg:Platform'],
  SERVICE: ['schema:GovernmentService', 'hkg:Service'],
  LAW: ['schema:Legislation', 'hkg:Law'],
  PLACE: ['schema:Place', 'hkg:Place'],
});

export function entityClasses(type: string): readonly string[] {
  return (ENTITY_TYPES as readonly string[]).includes(type)
    ? ENTITY_CLASSES[type as EntityType]
    : ['schema:Thing', 'hkg:Entity'];
}

/** `MEMBER_OF` → `memberOf`: the JSON-LD term (and `hkg:` property) of a relationship type. */
export function relationTerm(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

const id = (term: string) => ({ '@id': term, '@type': '@id' }) as const;
const typed = (term: string, datatype: string) => ({ '@id': term, '@type': datatype }) as const;

export const JSONLD_CONTEXT = Object.freeze({
  '@version': 1.1,
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hkg: VOCAB_IRI,
  identifier: 'schema:identifier',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  description: 'schema:description',
  honorificPrefix: 'schema:honorificPrefix',
  subjectOf: id('schema:subjectOf'),
  publisher: 'schema:publisher',
  datePublished: 'schema:datePublished',
  sha256: 'hkg:sha256',
  characters: typed('hkg:characters', 'xsd:integer'),
  entityType: 'hkg:entityType',
  origin: 'hkg:origin',
  subject: id('rdf:subject'),
  predicate: id('rdf:predicate'),
  object: id('rdf:object'),
  confidence: typed('hkg:confidence', 'xsd:double'),
  method: 'hkg:method',
  evidenceCount: typed('hkg:evidenceCount', 'xsd:integer'),
  wasDerivedFrom: id('prov:wasDerivedFrom'),
  value: 'prov:value',
  sectionId: 'hkg:sectionId',
  page: typed('hkg:page', 'xsd:integer'),
  citedPage: typed('hkg:citedPage', 'xsd:integer'),
  start: typed('hkg:start', 'xsd:integer'),
  end: typed('hkg:end', 'xsd:integer'),
  ...Object.fromEntries(RELATION_TYPES.map((type) => [relationTerm(type), id(`hkg:${relationTerm(type)}`)])),
});
