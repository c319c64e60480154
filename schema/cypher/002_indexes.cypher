// Lookups the loader and the API run on every request.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX evidence_relkey IF NOT EXISTS FOR (n:Evidence) ON (n.relKey);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
// German-aware full-text search over name, aliases and their folded spellings.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
// Entities of one type in name order (GraphQL `entities(type: …)`), without a sort over all of them.
CREATE INDEX entity_type_name IF NOT EXISTS FOR (n:Entity) ON (n.type, n.name);
