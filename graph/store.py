"""Batched writes and reads over the driver; callers pass plain rows, never Cypher."""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from neo4j import Driver

from graph import memory, queries

Row = dict[str, Any]


def upsert_entities(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    """Organisations, experts and labs, in one transaction; see services.ingest.projection.

    The topics, sectors and provinces they name are merged first, in key order, in a
    transaction of their own (queries.MERGE_VOCABULARY says why)."""
    if rows:
        driver.execute_query(queries.MERGE_VOCABULARY, vocabulary(rows), database_=database)
        driver.execute_query(queries.UPSERT_ENTITIES, rows=list(rows), database_=database)


def vocabulary(rows: Sequence[Row]) -> dict[str, list[Any]]:
    """The shared nodes that entity rows link to, each kind once and in key order."""
    topics = {t["key"]: t for row in rows for t in row["topics"]}
    sectors = {s["section"]: s for row in rows for s in row["sectors"]}
    return {
        "provinces": sorted({code for row in rows for code in row["provinces"]}),
        "sectors": [sectors[key] for key in sorted(sectors)],
        "topics": [topics[key] for key in sorted(topics)],
    }


def upsert_needs(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    if rows:
        driver.execute_query(queries.UPSERT_NEEDS, rows=list(rows), database_=database)


def existing_entities(driver: Driver, ids: Sequence[str], database: str | None = None) -> set[str]:
    records, _, _ = driver.execute_query(
        queries.EXISTING_ENTITIES, ids=list(ids), database_=database
    )
    return {record["id"] for record in records}


def link_relations(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    if rows:
        driver.execute_query(queries.LINK_RELATIONS, rows=list(rows), database_=database)


def park_relations(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    """Relations whose endpoints have not arrived yet wait as (:PendingRelation) nodes."""
    if rows:
        driver.execute_query(queries.PARK_RELATIONS, rows=list(rows), database_=database)


def unlink_relations(driver: Driver, rows: Sequence[Row], database: str | None = None) -> None:
    if rows:
        driver.execute_query(queries.UNLINK_RELATIONS, rows=list(rows), database_=database)


@dataclass(frozen=True)
class Pending:
    """A waiting relation: its key, the original event and where that event was read."""

    id: str
    value: str
    origin: str


def link_pending(driver: Driver, database: str | None = None) -> None:
    """Link, in one statement, every waiting relation whose two endpoints are now there."""
    driver.execute_query(queries.LINK_PENDING, database_=database)


def expired_relations(
    driver: Driver, grace_seconds: float, limit: int = 5000, database: str | None = None
) -> list[Pending]:
    records, _, _ = driver.execute_query(
        queries.EXPIRED_RELATIONS,
        grace_ms=int(grace_seconds * 1000),
        limit=limit,
        database_=database,
    )
    return [Pending(r["id"], r["value"], r["origin"]) for r in records]


def drop_pending(driver: Driver, pending: Sequence[Pending], database: str | None = None) -> None:
    """Forget these waiting relations, unless a newer event of the same key replaced them."""
    rows = [{"id": p.id, "origin": p.origin} for p in pending]
    if rows:
        driver.execute_query(queries.DROP_PENDING, rows=rows, database_=database)


def relations_of(driver: Driver, entity_id: str, database: str | None = None) -> list[str]:
    """The keys of the entity's relations, linked or waiting."""
    records, _, _ = driver.execute_query(queries.RELATIONS_OF, id=entity_id, database_=database)
    return sorted(records[0]["relation_ids"])


def erase_entity(
    driver: Driver, entity_id: str, erased_at: datetime, database: str | None = None
) -> list[str]:
    """Delete the entity (unless a newer event brought it back), its relations and waiting
    relations, and keep a guard that turns away its events older than the erasure; return
    the relation keys deleted. The guard holds a hash of the id, not the id."""
    with driver.session(database=database) as session:
        return session.execute_write(_erase, entity_id, erasure_key(entity_id), erased_at)


def erasure_key(entity_id: str) -> str:
    return hashlib.sha256(entity_id.encode()).hexdigest()


def _erase(tx: Any, entity_id: str, key: str, erased_at: datetime) -> list[str]:
    record = tx.run(queries.ERASE_ENTITY, id=entity_id, key=key, at=erased_at).single()
    linked = record["relation_ids"] if record else []
    pending = tx.run(queries.ERASE_PENDING_OF, id=entity_id).single()["relation_ids"]
    tx.run(memory.FORGET_PARTICIPANT, id=entity_id).consume()
    return sorted({*linked, *pending})


def embedding_space(
    driver: Driver, model: str, dimension: int, database: str | None = None
) -> tuple[str, int]:
    """The model the stored vectors come from (recorded on first use)."""
    records, _, _ = driver.execute_query(
        queries.EMBEDDING_SPACE, model=model, dimension=dimension, database_=database
    )
    return records[0]["model"], records[0]["dimension"]


def counts_by_kind(driver: Driver, database: str | None = None) -> dict[str, int]:
    records, _, _ = driver.execute_query(queries.COUNT_BY_KIND, database_=database)
    return {record["kind"]: record["count"] for record in records}


def counts_by_label(
    driver: Driver, labels: Sequence[str], database: str | None = None
) -> dict[str, int]:
    records, _, _ = driver.execute_query(
        queries.COUNT_BY_LABEL, labels=list(labels), database_=database
    )
    return {record["label"]: record["count"] for record in records}


def snapshot(driver: Driver, database: str | None = None) -> tuple[list[str], list[str]]:
    """Every node and relationship as sorted canonical strings, to compare two graphs.

    Vectors are rounded: the same model on the same text may differ in the last float bits.
    """
    nodes, _, _ = driver.execute_query(queries.SNAPSHOT_NODES, database_=database)
    links, _, _ = driver.execute_query(queries.SNAPSHOT_RELATIONSHIPS, database_=database)
    return (
        sorted(_canonical(sorted(r["labels"]), _rounded(r["properties"])) for r in nodes),
        sorted(_canonical(r["source"], r["type"], r["target"], r["properties"]) for r in links),
    )


def _rounded(properties: dict[str, Any]) -> dict[str, Any]:
    embedding = properties.get("embedding")
    if embedding is None:
        return properties
    return {**properties, "embedding": [round(float(x), 4) for x in embedding]}


def _canonical(*parts: Any) -> str:
    return json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)


def wipe(driver: Driver, database: str | None = None) -> None:
    """Delete everything but the migration records (the schema stays)."""
    with driver.session(database=database) as session:  # IN TRANSACTIONS needs auto-commit
        session.run(queries.WIPE).consume()


def count_pending(driver: Driver, database: str | None = None) -> int:
    records, _, _ = driver.execute_query(queries.COUNT_PENDING, database_=database)
    return int(records[0]["count"])


def server_components(driver: Driver, database: str | None = None) -> list[Row]:
    """Neo4j's name, versions and edition; a plain session, so a server that is down fails
    at once instead of being retried (it is a probe)."""
    with driver.session(database=database) as session:
        return [record.data() for record in session.run(queries.SERVER_COMPONENTS)]


EMBEDDED_LABELS = ("Entity", "Need", "Project")
"""Nodes whose `text` carries a vector of the embedding space."""

_STALE_TEXTS = {
    "Entity": queries.STALE_ENTITY_TEXTS,
    "Need": queries.STALE_NEED_TEXTS,
    "Project": queries.STALE_PROJECT_TEXTS,
}
_SET_VECTORS = {
    "Entity": queries.SET_ENTITY_VECTORS,
    "Need": queries.SET_NEED_VECTORS,
    "Project": queries.SET_PROJECT_VECTORS,
}


def stale_texts(
    driver: Driver, label: str, model: str, after: str, *, limit: int, database: str | None = None
) -> list[tuple[str, str]]:
    """Up to `limit` (id, text) pairs after `after`, by id, whose vector is not `model`'s."""
    records, _, _ = driver.execute_query(
        _STALE_TEXTS[label], model=model, after=after, limit=limit, database_=database
    )
    return [(record["id"], record["text"]) for record in records]


def stale_terms(
    driver: Driver, analysis: str, after: str, *, limit: int, database: str | None = None
) -> list[tuple[str, str]]:
    """Up to `limit` (id, text) pairs of profiles after `after`, by id, whose full-text stems
    were not made by `analysis`."""
    records, _, _ = driver.execute_query(
        queries.STALE_TERMS, analysis=analysis, after=after, limit=limit, database_=database
    )
    return [(record["id"], record["text"]) for record in records]


def set_terms(
    driver: Driver, rows: Sequence[Row], analysis: str, database: str | None = None
) -> None:
    """Rows of `id` and `terms` (the stems the full-text index reads), made by `analysis`."""
    if rows:
        driver.execute_query(
            queries.SET_TERMS, rows=list(rows), analysis=analysis, database_=database
        )


def entity_vectors(
    driver: Driver, ids: Sequence[str], database: str | None = None
) -> dict[str, list[float]]:
    """The stored vectors of these entities, by id (an entity without one is left out)."""
    records, _, _ = driver.execute_query(queries.ENTITY_VECTORS, ids=list(ids), database_=database)
    return {record["id"]: list(record["embedding"]) for record in records}


def count_stale_vectors(driver: Driver, model: str, database: str | None = None) -> int:
    records, _, _ = driver.execute_query(
        queries.COUNT_STALE_VECTORS, model=model, database_=database
    )
    return int(records[0]["count"])


def set_vectors(
    driver: Driver, label: str, rows: Sequence[Row], model: str, database: str | None = None
) -> None:
    """Rows of `id` and `embedding`, all from `model`."""
    if rows:
        driver.execute_query(_SET_VECTORS[label], rows=list(rows), model=model, database_=database)


def profile_embedding_dimension(driver: Driver, database: str | None = None) -> int | None:
    """The vector index's dimension, or None when it does not exist."""
    records, _, _ = driver.execute_query(queries.PROFILE_EMBEDDING_DIMENSION, database_=database)
    return int(records[0]["dimension"]) if records else None


def drop_profile_embedding(driver: Driver, database: str | None = None) -> None:
    driver.execute_query(queries.DROP_PROFILE_EMBEDDING, database_=database)


def create_profile_embedding(driver: Driver, dimension: int, database: str | None = None) -> None:
    """Create the vector index for `dimension` and wait until it is online."""
    driver.execute_query(queries.CREATE_PROFILE_EMBEDDING, dimension=dimension, database_=database)
    driver.execute_query(queries.AWAIT_INDEXES, database_=database)


def fit_empty_vector_index(driver: Driver, dimension: int, database: str | None = None) -> bool:
    """Give the vector index this dimension when no vector is stored yet; True if it was
    rebuilt. A graph that holds vectors keeps its index: changing it is `graph reembed`'s job."""
    if profile_embedding_dimension(driver, database) in (None, dimension):
        return False
    records, _, _ = driver.execute_query(queries.ANY_VECTOR, database_=database)
    if records[0]["found"]:
        return False
    drop_profile_embedding(driver, database)
    create_profile_embedding(driver, dimension, database)
    return True


def set_embedding_space(
    driver: Driver, model: str, dimension: int, database: str | None = None
) -> None:
    driver.execute_query(
        queries.SET_EMBEDDING_SPACE, model=model, dimension=dimension, database_=database
    )
