"""All of Contamina's Cypher, named and parameterised."""

MIGRATION_CONSTRAINT = """
CREATE CONSTRAINT migration_version IF NOT EXISTS
FOR (m:Migration) REQUIRE m.version IS UNIQUE
"""

APPLIED_MIGRATIONS = "MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum"

RECORD_MIGRATION = """
MERGE (m:Migration {version: $version})
SET m.name = $name, m.checksum = $checksum, m.applied_at = datetime()
"""

AWAIT_INDEXES = "CALL db.awaitIndexes(300)"

# Older events never overwrite newer state, so redelivery and replay leave the graph unchanged.
UPSERT_ORGANISATIONS = """
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
WITH o, row
WHERE o.updated_at IS NULL OR o.updated_at <= row.occurred_at
SET o += row.properties, o.updated_at = row.occurred_at, o:$(row.label)
"""

COUNT_BY_KIND = """
MATCH (o:Organisation)
RETURN o.kind AS kind, count(*) AS count
ORDER BY kind
"""

EXISTING_ORGANISATIONS = "MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.id AS id"
