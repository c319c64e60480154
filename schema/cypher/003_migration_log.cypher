// Migrations record themselves so /health/ready can tell an unmigrated database.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
