"""The hub's memory in the graph: past projects and their participants, and what the matcher
reads of them. Named, parameterised Cypher only.

A project may arrive before some of its participants (topics are consumed independently,
and a rebuild replays them at once): it keeps their ids in `waiting_ids` and is marked
`awaiting` (an indexed property, migration V0010), and each entity that arrives is linked to
the projects waiting for it; so only those projects are looked through, not every one.
"""

from collections.abc import Sequence
from typing import Any

from neo4j import Driver

Row = dict[str, Any]

# An erased participant (a guard at least as new as the event) is left out of the project.
UPSERT_PROJECTS = """
UNWIND $rows AS row
CALL (row) {
  MERGE (p:Project {id: row.id})
  WITH p, row
  WHERE p.updated_at IS NULL OR p.updated_at <= row.occurred_at
  WITH p, row, [x IN row.participants WHERE NOT EXISTS {
      MATCH (gone:Erased {key: x.key}) WHERE gone.erased_at >= row.occurred_at }] AS kept
  SET p += row.properties, p.updated_at = row.occurred_at,
      p.participant_ids = [x IN kept | x.id], p.participant_roles = [x IN kept | x.role]
  WITH p, row, kept
  CALL (p, row) {
    WITH p, row WHERE row.embedding IS NOT NULL
    CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)
  }
  CALL (p) {
    OPTIONAL MATCH (p)<-[old:TOOK_PART_IN]-()
    DELETE old
  }
  CALL (p, kept) {
    UNWIND kept AS x
    MATCH (e:Entity {id: x.id})
    MERGE (e)-[t:TOOK_PART_IN]->(p)
    SET t.role = x.role
  }
  WITH p, [x IN kept WHERE NOT EXISTS { MATCH (:Entity {id: x.id}) } | x.id] AS waiting
  SET p.waiting_ids = waiting, p.awaiting = size(waiting) > 0
}
"""

LINK_PROJECTS_OF = """
UNWIND $ids AS id
MATCH (p:Project {awaiting: true}) WHERE id IN p.waiting_ids
MATCH (e:Entity {id: id})
WITH p, e, [i IN range(0, size(p.participant_ids) - 1) WHERE p.participant_ids[i] = id] AS at
MERGE (e)-[t:TOOK_PART_IN]->(p)
SET t.role = p.participant_roles[at[0]],
    p.waiting_ids = [x IN p.waiting_ids WHERE x <> e.id]
SET p.awaiting = size(p.waiting_ids) > 0
"""

# Erasure: the person leaves every project's lists (the edges went with the node), unless a
# newer event brought them back.
FORGET_PARTICIPANT = """
MATCH (p:Project) WHERE $id IN p.participant_ids AND NOT EXISTS { (:Entity {id: $id}) }
WITH p, [i IN range(0, size(p.participant_ids) - 1) WHERE p.participant_ids[i] <> $id] AS kept
SET p.participant_ids = [i IN kept | p.participant_ids[i]],
    p.participant_roles = [i IN kept | p.participant_roles[i]],
    p.waiting_ids = [x IN p.waiting_ids WHERE x <> $id]
SET p.awaiting = size(p.waiting_ids) > 0
"""

# What the matcher remembers: past projects with the participants in the graph, and needs
# whose partners were accepted (the firm and those partners did the work together).
PROJECT_MEMORIES = """
MATCH (p:Project)
RETURN p.id AS id, p.title AS title, p.date AS date, p.kind AS kind, p.terms AS terms,
       null AS text, p.language AS language, p.embedding AS embedding,
       p.embedding_model AS embedding_model,
       [(e:Entity)-[t:TOOK_PART_IN]->(p) | {id: e.id, role: t.role}] AS participants
"""

NEED_MEMORIES = """
MATCH (n:Need) WHERE EXISTS { (n)-[:ACCEPTED]->(:Entity) }
RETURN n.id AS id, n.text AS title, date(n.updated_at) AS date, 'need' AS kind,
       null AS terms, n.text AS text, n.language AS language, n.embedding AS embedding,
       n.embedding_model AS embedding_model,
       [(n)-[:FOR_FIRM]->(f:Entity) | {id: f.id, role: 'beneficiary'}]
       + [(n)-[:ACCEPTED]->(e:Entity) | {id: e.id, role: 'provider'}] AS participants
"""

# The hub's needs in one embedding space, each with its language: what officers' notes share
# (the way they present a firm) is read off their mean (services.matcher.memory.framings).
NEED_VECTORS = """
MATCH (n:Need) WHERE n.embedding_model = $model AND n.embedding IS NOT NULL
RETURN n.language AS language, n.embedding AS embedding
"""

# The towns the hub's parties are in (services.matcher.ranking.places).
PLACE_NAMES = """
MATCH (e:Entity) WHERE e.comune IS NOT NULL
RETURN collect(DISTINCT e.comune) AS names
"""

# Cheap enough to ask before every match: has the memory (or the set of parties, whose towns
# the matcher reads) changed since it was read?
# Counts come from Neo4j's count store, the latest changes from the ends of their indexes
# (migration V0011): nothing here reads every node.
MEMORY_VERSION = """
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () {
  MATCH (e:Entity) WHERE e.updated_at IS NOT NULL
  WITH e.updated_at AS at ORDER BY at DESC LIMIT 1
  RETURN collect(at)[0] AS moved
}
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
CALL () {
  MATCH (p:Project) WHERE p.updated_at IS NOT NULL
  WITH p.updated_at AS at ORDER BY at DESC LIMIT 1
  RETURN collect(at)[0] AS changed
}
CALL () { MATCH (:Need)-[a:ACCEPTED]->() RETURN count(a) AS accepted }
CALL () {
  MATCH ()-[a:ACCEPTED]->() WHERE a.at IS NOT NULL
  WITH a.at AS at ORDER BY at DESC LIMIT 1
  RETURN collect(at)[0] AS decided
}
CALL () { MATCH ()-[t:TOOK_PART_IN]->() RETURN count(t) AS ties }
RETURN entities, moved, projects, changed, accepted, decided, ties
"""


def upsert_projects(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    """Projects in one transaction; see services.ingest.projection.project_row."""
    if rows:
        driver.execute_query(UPSERT_PROJECTS, rows=list(rows), database_=database)


def link_projects_of(driver: Driver, ids: Sequence[str], database: str | None = None) -> None:
    """Tie these newly arrived entities to the projects that were waiting for them."""
    if ids:
        driver.execute_query(LINK_PROJECTS_OF, ids=list(ids), database_=database)


def memories(driver: Driver, database: str | None = None) -> list[Row]:
    """Every past project and every need with an accepted partner, as plain rows."""
    rows: list[Row] = []
    for query in (PROJECT_MEMORIES, NEED_MEMORIES):
        records, _, _ = driver.execute_query(query, database_=database, routing_="r")
        rows.extend(dict(record) for record in records)
    return rows


def need_vectors(driver: Driver, model: str, database: str | None = None) -> list[Row]:
    """Every need's vector of `model`, with its language."""
    records, _, _ = driver.execute_query(
        NEED_VECTORS, model=model, database_=database, routing_="r"
    )
    return [dict(record) for record in records]


def place_names(driver: Driver, database: str | None = None) -> list[str]:
    records, _, _ = driver.execute_query(PLACE_NAMES, database_=database, routing_="r")
    return list(records[0]["names"])


def version(driver: Driver, database: str | None = None) -> tuple[Any, ...]:
    """Changes whenever a party, a project, a participation or an acceptance does."""
    records, _, _ = driver.execute_query(MEMORY_VERSION, database_=database, routing_="r")
    return tuple(records[0].values())
