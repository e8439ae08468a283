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

# The topics, sectors and provinces that profiles share, merged before the profiles in a
# transaction of their own, each kind in key order: writers in parallel (the consumers, several
# ingest processes) then take the shared nodes' locks in one order and never wait on each
# other in a cycle (Neo4j's DeadlockDetected, retried but paid for in time and log noise).
MERGE_VOCABULARY = """
CALL {
  UNWIND $provinces AS code
  MERGE (:Province {code: code})
}
CALL {
  UNWIND $sectors AS s
  MERGE (sector:Sector {section: s.section}) ON CREATE SET sector.name = s.name
}
CALL {
  UNWIND $topics AS t
  MERGE (topic:Topic {key: t.key}) ON CREATE SET topic.name = t.name
}
"""

# Older events never overwrite newer state, so redelivery and replay leave the graph unchanged.
# Topic, sector and province links follow the event, which carries the full profile: the links
# it no longer names go, the missing ones are made, the others are left alone (deleting and
# remaking them all locked the shared nodes of every profile written).
# Each row is applied whole before the next (a CALL per row): the planner may otherwise run
# one clause for every row before the next clause, and a batch holding two versions of one
# entity would then judge the older one against the state before the newer was written.
# An erased entity leaves an (:Erased) guard: its events from before the erasure stay away.
# A change of kind takes the old kind's labels off.
UPSERT_ENTITIES = """
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (gone:Erased {key: row.erasure_key})
  WITH row WHERE gone IS NULL OR gone.erased_at < row.occurred_at
  MERGE (e:Entity {id: row.id})
  WITH e, row
  WHERE e.updated_at IS NULL OR e.updated_at <= row.occurred_at
  REMOVE e:$(row.stale_labels)
  SET e += row.properties, e.updated_at = row.occurred_at, e:$(row.labels)
  WITH e, row
  CALL (e, row) {
    WITH e, row WHERE row.embedding IS NOT NULL
    CALL db.create.setNodeVectorProperty(e, 'embedding', row.embedding)
  }
  CALL (e, row) {
    MATCH (e)-[old:HAS_TOPIC]->(topic:Topic)
    WHERE NOT topic.key IN [t IN row.topics | t.key]
    DELETE old
  }
  CALL (e, row) {
    MATCH (e)-[old:IN_SECTOR]->(sector:Sector)
    WHERE NOT sector.section IN [s IN row.sectors | s.section]
    DELETE old
  }
  CALL (e, row) {
    MATCH (e)-[old:LOCATED_IN]->(province:Province)
    WHERE NOT province.code IN row.provinces
    DELETE old
  }
  CALL (e, row) {
    UNWIND row.topics AS t
    MATCH (topic:Topic {key: t.key})
    MERGE (e)-[:HAS_TOPIC]->(topic)
  }
  CALL (e, row) {
    UNWIND row.sectors AS s
    MATCH (sector:Sector {section: s.section})
    MERGE (e)-[:IN_SECTOR]->(sector)
  }
  CALL (e, row) {
    UNWIND row.provinces AS code
    MATCH (province:Province {code: code})
    MERGE (e)-[:LOCATED_IN]->(province)
  }
}
"""

EXISTING_ENTITIES = "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id"

COUNT_BY_LABEL = """
UNWIND $labels AS label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
"""

# Relationship types come from graph.labels.RELATION_TYPES, never from input.
LINK_RELATIONS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.source_id})
MATCH (b:Entity {id: row.target_id})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties
WITH row
OPTIONAL MATCH (pending:PendingRelation {id: row.id})
DETACH DELETE pending
"""

PARK_RELATIONS = """
UNWIND $rows AS row
MERGE (p:PendingRelation {id: row.id})
ON CREATE SET p.first_seen = datetime()
SET p.type = row.type, p.source_id = row.source_id, p.target_id = row.target_id,
    p.value = row.value, p.origin = row.origin, p += row.properties
"""

# Reads and links in one statement, so a removal or a newer version parked meanwhile wins.
LINK_PENDING = """
MATCH (p:PendingRelation)
MATCH (a:Entity {id: p.source_id})
MATCH (b:Entity {id: p.target_id})
CALL (p, a, b) {
  MERGE (a)-[r:$(p.type) {id: p.id}]->(b)
  SET r.year = p.year, r.project = p.project
}
DETACH DELETE p
"""

UNLINK_RELATIONS = """
UNWIND $rows AS row
OPTIONAL MATCH (:Entity {id: row.source_id})-[r {id: row.id}]->(:Entity {id: row.target_id})
DELETE r
WITH row
OPTIONAL MATCH (pending:PendingRelation {id: row.id})
DETACH DELETE pending
"""

EXPIRED_RELATIONS = """
MATCH (p:PendingRelation)
WHERE p.first_seen < datetime() - duration({milliseconds: $grace_ms})
RETURN p.id AS id, p.value AS value, p.origin AS origin
ORDER BY p.first_seen
LIMIT $limit
"""

# Only the version that was dead-lettered: a newer event of the same key keeps waiting.
DROP_PENDING = """
UNWIND $rows AS row
MATCH (p:PendingRelation {id: row.id}) WHERE p.origin = row.origin
DETACH DELETE p
"""

# Erasure: the relation ids found here become tombstones on the relations topic.
RELATIONS_OF = """
OPTIONAL MATCH (:Entity {id: $id})-[r]-(:Entity)
WITH collect(DISTINCT r.id) AS linked
OPTIONAL MATCH (p:PendingRelation) WHERE p.source_id = $id OR p.target_id = $id
WITH linked, collect(p.id) AS waiting
RETURN linked + waiting AS relation_ids
"""

ERASE_ENTITY = """
MERGE (gone:Erased {key: $key})
SET gone.erased_at = CASE WHEN gone.erased_at > $at THEN gone.erased_at ELSE $at END
WITH gone
OPTIONAL MATCH (e:Entity {id: $id}) WHERE e.updated_at <= $at
OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, collect(DISTINCT r.id) AS relation_ids
DETACH DELETE e
RETURN relation_ids
"""

ERASE_PENDING_OF = """
MATCH (p:PendingRelation) WHERE p.source_id = $id OR p.target_id = $id
WITH p, p.id AS relation_id
DETACH DELETE p
RETURN collect(relation_id) AS relation_ids
"""

UPSERT_NEEDS = """
UNWIND $rows AS row
CALL (row) {
  MERGE (n:Need {id: row.id})
  WITH n, row
  WHERE n.updated_at IS NULL OR n.updated_at <= row.occurred_at
  SET n += row.properties, n.updated_at = row.occurred_at
  WITH n, row
  CALL (n, row) {
    WITH n, row WHERE row.embedding IS NOT NULL
    CALL db.create.setNodeVectorProperty(n, 'embedding', row.embedding)
  }
  WITH n, row
  OPTIONAL MATCH (firm:Entity {id: row.firm_id})
  FOREACH (_ IN CASE WHEN firm IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FOR_FIRM]->(firm))
}
"""

EMBEDDING_SPACE = """
MERGE (s:EmbeddingSpace {name: 'profiles'})
ON CREATE SET s.model = $model, s.dimension = $dimension
RETURN s.model AS model, s.dimension AS dimension
"""

COUNT_BY_KIND = """
MATCH (e:Entity)
RETURN e.kind AS kind, count(*) AS count
ORDER BY kind
"""

# A comparable picture of the whole graph (minus migration records and timestamps of writes).
SNAPSHOT_NODES = """
MATCH (n) WHERE NOT n:Migration AND NOT n:EmbeddingSpace
RETURN labels(n) AS labels, properties(n) AS properties
"""

SNAPSHOT_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key, a.section, a.code) AS source, type(r) AS type,
       coalesce(b.id, b.key, b.section, b.code) AS target, properties(r) AS properties
"""

WIPE = "MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS"

COUNT_PENDING = "MATCH (p:PendingRelation) RETURN count(p) AS count"

SERVER_COMPONENTS = """
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
"""

# Re-embedding pages through nodes by id, so the unique constraint's index serves each page,
# and skips nodes that already hold the target model's vector, so a re-run resumes.
STALE_ENTITY_TEXTS = """
MATCH (n:Entity) WHERE n.id > $after AND n.text IS NOT NULL
  AND coalesce(n.embedding_model, '') <> $model
RETURN n.id AS id, n.text AS text
ORDER BY n.id
LIMIT $limit
"""

STALE_NEED_TEXTS = """
MATCH (n:Need) WHERE n.id > $after AND n.text IS NOT NULL
  AND coalesce(n.embedding_model, '') <> $model
RETURN n.id AS id, n.text AS text
ORDER BY n.id
LIMIT $limit
"""

# A past project's vector is made from its title and report (services.ingest.projection.reported).
STALE_PROJECT_TEXTS = """
MATCH (p:Project) WHERE p.id > $after AND p.text IS NOT NULL
  AND coalesce(p.embedding_model, '') <> $model
RETURN p.id AS id,
       CASE WHEN p.text STARTS WITH p.title THEN p.text ELSE p.title + '. ' + p.text END AS text
ORDER BY p.id
LIMIT $limit
"""

ANY_VECTOR = """
CALL () { MATCH (n:Entity) WHERE n.embedding IS NOT NULL RETURN n LIMIT 1
          UNION MATCH (n:Need) WHERE n.embedding IS NOT NULL RETURN n LIMIT 1 }
RETURN count(n) > 0 AS found
"""

ENTITY_VECTORS = """
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n.embedding IS NOT NULL
RETURN n.id AS id, n.embedding AS embedding
"""

COUNT_STALE_VECTORS = """
CALL () {
  MATCH (n:Entity) WHERE n.text IS NOT NULL AND coalesce(n.embedding_model, '') <> $model
  RETURN count(n) AS entities
}
CALL () {
  MATCH (n:Need) WHERE n.text IS NOT NULL AND coalesce(n.embedding_model, '') <> $model
  RETURN count(n) AS needs
}
CALL () {
  MATCH (p:Project) WHERE p.text IS NOT NULL AND coalesce(p.embedding_model, '') <> $model
  RETURN count(p) AS projects
}
RETURN entities + needs + projects AS count
"""

SET_ENTITY_VECTORS = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL db.create.setNodeVectorProperty(n, 'embedding', row.embedding)
SET n.embedding_model = $model
"""

SET_NEED_VECTORS = """
UNWIND $rows AS row
MATCH (n:Need {id: row.id})
CALL db.create.setNodeVectorProperty(n, 'embedding', row.embedding)
SET n.embedding_model = $model
"""

SET_PROJECT_VECTORS = """
UNWIND $rows AS row
MATCH (p:Project {id: row.id})
CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)
SET p.embedding_model = $model
"""

PROFILE_EMBEDDING_DIMENSION = """
SHOW VECTOR INDEXES YIELD name, options WHERE name = 'profile_embedding'
RETURN options.indexConfig.`vector.dimensions` AS dimension
"""

DROP_PROFILE_EMBEDDING = "DROP INDEX profile_embedding IF EXISTS"

# As in migration V0002, with the new model's dimension.
CREATE_PROFILE_EMBEDDING = """
CREATE VECTOR INDEX profile_embedding IF NOT EXISTS
FOR (p:Profile) ON (p.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: $dimension,
                       `vector.similarity_function`: 'cosine'}}
"""

SET_EMBEDDING_SPACE = """
MERGE (s:EmbeddingSpace {name: 'profiles'})
SET s.model = $model, s.dimension = $dimension
"""

# Profiles whose stems were made by another analysis (or before there were any, when the
# full-text index still analysed `text` itself): paged by id like re-embedding.
STALE_TERMS = """
MATCH (p:Entity) WHERE p.id > $after AND p:Profile AND p.text IS NOT NULL
  AND coalesce(p.terms_analysis, '') <> $analysis
RETURN p.id AS id, p.text AS text
ORDER BY p.id
LIMIT $limit
"""

# `text_en` was the English full-text index's copy of the text (migrations V0008, V0009).
SET_TERMS = """
UNWIND $rows AS row
MATCH (p:Entity {id: row.id})
SET p.terms = row.terms, p.terms_analysis = $analysis
REMOVE p.text_en
"""
