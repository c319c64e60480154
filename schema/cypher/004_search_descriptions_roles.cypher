// Search also reads what entities are described as ("Staatssekretär im …") and the roles people
// hold through relations (r.role, e.g. HOLDS_OFFICE "Digitalministerin"). The relationship index
// names every type of RELATION_TYPES in src/graph/model.ts (a unit test keeps them equal).
CREATE FULLTEXT INDEX entity_description IF NOT EXISTS FOR (n:Entity) ON EACH [n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
CREATE FULLTEXT INDEX relation_role IF NOT EXISTS
  FOR ()-[r:MEMBER_OF|HEADS|SERVES_IN|PART_OF|RESPONSIBLE_FOR|OPERATES|DEVELOPS|PROVIDES|FUNDS|PILOTED_IN|FOLLOWS|BASED_ON|CHAIRS|COOPERATES_WITH|LEADS|PLEDGED_IN|HOLDS_OFFICE|CO_OCCURS_WITH]-() ON EACH [r.role]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
