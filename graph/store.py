"""Batched writes and reads over the driver; callers pass plain rows, never Cypher."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from neo4j import Driver

from graph import queries


def upsert_organisations(
    driver: Driver, rows: Sequence[dict[str, Any]], database: str | None = None
) -> None:
    """Rows from `as_row`, written in one transaction."""
    if rows:
        driver.execute_query(queries.UPSERT_ORGANISATIONS, rows=list(rows), database_=database)


def organisation_counts(driver: Driver, database: str | None = None) -> dict[str, int]:
    records, _, _ = driver.execute_query(queries.COUNT_BY_KIND, database_=database)
    return {record["kind"]: record["count"] for record in records}


def as_row(
    entity_id: str, label: str, occurred_at: datetime, properties: dict[str, Any]
) -> dict[str, Any]:
    """A write row; `label` must come from a fixed vocabulary, never from user input."""
    return {"id": entity_id, "label": label, "occurred_at": occurred_at, "properties": properties}


def existing_organisations(
    driver: Driver, ids: Sequence[str], database: str | None = None
) -> set[str]:
    records, _, _ = driver.execute_query(
        queries.EXISTING_ORGANISATIONS, ids=list(ids), database_=database
    )
    return {record["id"] for record in records}
