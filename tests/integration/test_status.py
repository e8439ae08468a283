"""`contamina status` against the real servers: counts, lag and dead letters as they are."""

import json
import time

import pytest
from neo4j import Driver

from schemas.needs import Need, NeedSubmitted
from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.publisher import Publisher
from services.kafka.topics import CARRIES, ORGANISATIONS, PROFILES
from services.operations.rebuild import caught_up
from services.operations.status import DeadLetters, GraphCounts, Lag, Unavailable, collect
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    association,
    envelope,
    expert,
    firm,
    publish,
    tie,
)

pytestmark = pytest.mark.integration


def _need(need_id: str, firm_id: str) -> NeedSubmitted:
    text = "Cerchiamo un laboratorio per prove di fatica su componenti in gomma"
    return NeedSubmitted(**envelope(), payload=Need(id=need_id, firm_id=firm_id, text=text))


def _bad_records(settings: Settings) -> None:
    out = Publisher(settings)
    try:
        out.send_raw(ORGANISATIONS, b"bad:1", b"{this is not json")
        out.send_raw(PROFILES, b"bad:2", b"{nor is this")
        out.send_raw(ORGANISATIONS, b"bad:3", json.dumps({"type": "firm.exploded"}).encode())
        out.flush()
    finally:
        out.close()


async def test_status_counts_the_graph_the_lag_and_the_dead_letters(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            association("association:cna-bg", "CNA Bergamo"),
            firm("firm:alfa", "Alfa Srl"),
            firm("firm:beta", "Beta Srl"),
            expert("expert:0001", "Maria Rossi", competences="Prove di fatica"),
            tie(RelationType.MEMBER_OF, "firm:alfa", "association:cna-bg"),
            tie(RelationType.MEMBER_OF, "firm:beta", "association:never-arrives"),
            _need("need:0001", "firm:alfa"),
        )
        _bad_records(settings)
        await caught_up(settings, graph, within=DEADLINE)

    status = collect(settings)

    assert status.ok, status
    assert status.kafka.reachable
    assert status.kafka.brokers == 1
    assert status.kafka.version
    assert status.neo4j.reachable
    assert status.neo4j.version is not None
    assert status.neo4j.version.startswith("5.")
    assert status.graph == GraphCounts(
        kinds={"association": 1, "expert": 1, "firm": 2},
        needs=1,
        pending_relations=0,
        pending_feedback=0,
    )
    assert isinstance(status.lag, Lag)
    assert status.lag.group == settings.consumer_group
    assert status.lag.topics == dict.fromkeys(CARRIES, 0)
    assert status.dead_letters == DeadLetters(
        topic=settings.topic("deadletter"),
        total=4,
        by_reason={"not_json": 2, "relation_endpoint_missing": 1, "unknown_event_type": 1},
    )


def test_status_reports_an_unreachable_kafka_quickly_and_keeps_the_rest(
    settings: Settings, graph: Driver
) -> None:
    down = settings.model_copy(update={"kafka_bootstrap_servers": "127.0.0.1:1"})
    started = time.monotonic()

    status = collect(down)

    assert time.monotonic() - started < 15
    assert not status.ok
    assert not status.kafka.reachable
    assert status.kafka.error
    assert isinstance(status.lag, Unavailable)
    assert isinstance(status.dead_letters, Unavailable)
    assert status.neo4j.reachable
    assert status.graph == GraphCounts(kinds={}, needs=0, pending_relations=0, pending_feedback=0)


def test_status_reports_an_unreachable_neo4j_and_keeps_the_rest(settings: Settings) -> None:
    down = settings.model_copy(update={"neo4j_uri": "bolt://127.0.0.1:1"})

    status = collect(down)

    assert not status.ok
    assert not status.neo4j.reachable
    assert "127.0.0.1:1" in (status.neo4j.error or "")
    assert isinstance(status.graph, Unavailable)
    assert status.kafka.reachable
    assert isinstance(status.lag, Lag)
    assert isinstance(status.dead_letters, DeadLetters)
    assert status.dead_letters.total == 0
