// The role index again, now over HOLDS_OFFICE's siblings LOCATED_IN and COMMISSIONED_BY too: a
// relationship full-text index names its types, so a new type needs the index made anew.
DROP INDEX relation_role IF EXISTS;
CREATE FULLTEXT INDEX relation_role IF NOT EXISTS
  FOR ()-[r:MEMBER_OF|HEADS|SERVES_IN|PART_OF|RESPONSIBLE_FOR|OPERATES|DEVELOPS|PROVIDES|FUNDS|PILOTED_IN|FOLLOWS|BASED_ON|CHAIRS|COOPERATES_WITH|LEADS|PLEDGED_IN|HOLDS_OFFICE|LOCATED_IN|COMMISSIONED_BY|CO_OCCURS_WITH]-() ON EACH [r.role]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
