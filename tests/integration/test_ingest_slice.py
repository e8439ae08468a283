"""Events through the real Kafka into the real Neo4j, bad input into the dead-letter topic."""

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from kafka import KafkaConsumer
from neo4j import Driver

from graph import store
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from services.ingest import deadletter
from services.ingest.app import broker, ingestion
from services.polling import wait_until
from services.publisher import Publisher
from services.settings import Settings
from services.topics import DEAD_LETTER, ORGANISATIONS

pytestmark = pytest.mark.integration


def _event(org_id: str, name: str, when: datetime | None = None) -> OrganisationUpserted:
    return OrganisationUpserted(
        event_id=uuid.uuid4(),
        occurred_at=when or datetime(2026, 3, 1, tzinfo=UTC),
        source="tests",
        payload=Organisation(id=org_id, kind=OrganisationKind.FIRM, name=name, province="BG"),
    )


@pytest.fixture
async def running(settings: Settings, graph: Driver) -> AsyncIterator[KafkaBroker]:
    kafka = ingestion(settings, broker(settings), graph)
    async with kafka:
        await kafka.start()
        yield kafka


def _names(graph: Driver) -> dict[str, str]:
    records, _, _ = graph.execute_query("MATCH (o:Organisation) RETURN o.id AS id, o.name AS n")
    return {record["id"]: record["n"] for record in records}


def _dead_letters(settings: Settings, expected: int, within: float = 60.0) -> list[dict[str, Any]]:
    consumer = KafkaConsumer(
        settings.topic(DEAD_LETTER),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest",
        consumer_timeout_ms=1000,
    )
    letters: list[dict[str, Any]] = []
    deadline = time.monotonic() + within
    try:
        while len(letters) < expected and time.monotonic() < deadline:
            for record in consumer:
                headers = {name: value.decode() for name, value in record.headers}
                letters.append({"value": record.value, "key": record.key, **headers})
    finally:
        consumer.close()
    return letters


async def test_organisations_reach_the_graph(
    settings: Settings, graph: Driver, running: KafkaBroker
) -> None:
    out = Publisher(settings)
    out.publish(ORGANISATIONS, "firm:alfa", _event("firm:alfa", "Alfa Srl"))
    out.publish(ORGANISATIONS, "firm:beta", _event("firm:beta", "Beta Spa"))
    out.flush()
    out.close()
    await wait_until(lambda: len(_names(graph)) == 2, 60, "two organisations in the graph")
    assert _names(graph) == {"firm:alfa": "Alfa Srl", "firm:beta": "Beta Spa"}
    records, _, _ = graph.execute_query("MATCH (o:Firm {id: 'firm:alfa'}) RETURN labels(o) AS l")
    assert set(records[0]["l"]) == {"Organisation", "Firm"}


async def test_redelivery_and_stale_events_leave_the_graph_unchanged(
    settings: Settings, graph: Driver, running: KafkaBroker
) -> None:
    newer = _event("firm:gamma", "Gamma Nuova", datetime(2026, 5, 1, tzinfo=UTC))
    older = _event("firm:gamma", "Gamma Vecchia", datetime(2026, 4, 1, tzinfo=UTC))
    out = Publisher(settings)
    for event in (newer, newer, older, newer):
        out.publish(ORGANISATIONS, "firm:gamma", event)
    out.publish(ORGANISATIONS, "firm:marker", _event("firm:marker", "Marker"))
    out.flush()
    out.close()
    await wait_until(lambda: "firm:marker" in _names(graph), 60, "the marker in the graph")
    assert _names(graph) == {"firm:gamma": "Gamma Nuova", "firm:marker": "Marker"}
    assert store.organisation_counts(graph) == {"firm": 2}


BAD_INPUTS = {
    "not_json": b"{this is not json",
    "not_utf8": b'{"type": "organisation.upserted", "name": "\xff\xfe"}',
    "unknown_event_type": json.dumps({"type": "organisation.exploded"}).encode(),
    "unsupported_schema_version": json.dumps(
        {"type": "organisation.upserted", "schema_version": 99}
    ).encode(),
    "validation_failed": json.dumps(
        {
            "type": "organisation.upserted",
            "schema_version": 1,
            "event_id": str(uuid.uuid4()),
            "occurred_at": "2026-03-01T00:00:00+00:00",
            "source": "tests",
            "payload": {"id": "firm:x", "kind": "spaceship", "name": "X"},
        }
    ).encode(),
    "oversize": b"x" * 300_000,
}


async def test_every_bad_input_is_dead_lettered_and_valid_ones_around_it_are_written(
    settings: Settings, graph: Driver, running: KafkaBroker
) -> None:
    out = Publisher(settings)
    out.publish(ORGANISATIONS, "firm:before", _event("firm:before", "Prima"))
    for reason, value in BAD_INPUTS.items():
        out.send_raw(ORGANISATIONS, reason.encode(), value)
    out.publish(ORGANISATIONS, "firm:after", _event("firm:after", "Dopo"))
    out.flush()
    out.close()
    # Consumed in a thread: the ingestion consumer shares this test's event loop.
    letters = await asyncio.to_thread(_dead_letters, settings, len(BAD_INPUTS))
    by_reason = {letter[deadletter.REASON]: letter for letter in letters}
    assert set(by_reason) == set(BAD_INPUTS)
    for reason, value in BAD_INPUTS.items():
        assert by_reason[reason]["value"] == value
        assert by_reason[reason]["key"] == reason.encode()
        assert by_reason[reason][deadletter.ORIGIN].startswith(settings.topic(ORGANISATIONS))
    assert "payload.kind" in by_reason["validation_failed"][deadletter.DETAIL]
    await wait_until(lambda: len(_names(graph)) == 2, 60, "the valid events in the graph")
    assert _names(graph) == {"firm:before": "Prima", "firm:after": "Dopo"}
