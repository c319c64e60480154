// Validity dates of relations (Neo4j date values): range filters such as "who headed a ministry on
// 1 December 2023" (validFrom <= day <= validThrough) seek these instead of scanning a type's relationships.
CREATE INDEX member_of_valid_from IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.validFrom);
CREATE INDEX heads_valid_from IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.validFrom);
CREATE INDEX holds_office_valid_from IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.validFrom);
CREATE INDEX serves_in_valid_from IF NOT EXISTS FOR ()-[r:SERVES_IN]-() ON (r.validFrom);
CREATE INDEX part_of_valid_from IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.validFrom);
CREATE INDEX responsible_for_valid_from IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.validFrom);
CREATE INDEX operates_valid_from IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.validFrom);
CREATE INDEX develops_valid_from IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.validFrom);
CREATE INDEX provides_valid_from IF NOT EXISTS FOR ()-[r:PROVIDES]-() ON (r.validFrom);
CREATE INDEX funds_valid_from IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.validFrom);
CREATE INDEX follows_valid_from IF NOT EXISTS FOR ()-[r:FOLLOWS]-() ON (r.validFrom);
CREATE INDEX chairs_valid_from IF NOT EXISTS FOR ()-[r:CHAIRS]-() ON (r.validFrom);
CREATE INDEX cooperates_with_valid_from IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.validFrom);
CREATE INDEX leads_valid_from IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.validFrom);
CREATE INDEX commissioned_by_valid_from IF NOT EXISTS FOR ()-[r:COMMISSIONED_BY]-() ON (r.validFrom);
CREATE INDEX located_in_valid_from IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.validFrom);
// When entities were founded ("gegründet"), for timelines over all organisations.
CREATE INDEX entity_founded IF NOT EXISTS FOR (n:Entity) ON (n.founded);
