"""Events through the real Kafka into the real Neo4j: exactly once, bad input dead-lettered."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import pytest
from faststream.kafka import KafkaBroker
from neo4j import Driver

from graph import store
from schemas.common import Service, Territory
from schemas.erasure import ErasableKind
from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka import deadletter
from services.kafka.publisher import Publisher
from services.kafka.topics import DEAD_LETTER, ORGANISATIONS, PROFILES, RELATIONS
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    CONTACT,
    DEADLINE,
    association,
    consume_all,
    erase,
    expert,
    firm,
    ids,
    publish,
    relation_types,
    tie,
)

pytestmark = pytest.mark.integration


@pytest.fixture
async def ingesting(
    settings: Settings, graph: Driver, embedder: Embedder
) -> AsyncIterator[KafkaBroker]:
    async with running(settings, graph, embedder) as kafka:
        yield kafka


async def until(condition: Callable[[], bool], what: str, within: float = DEADLINE) -> None:
    await wait_until(condition, within, what)


async def test_a_profile_reaches_the_graph_with_its_vector_and_links(
    settings: Settings, graph: Driver, embedder: Embedder, ingesting: KafkaBroker
) -> None:
    publish(
        settings,
        firm(
            "firm:alfa",
            "Alfa Srl",
            description="Stampaggio di componenti in gomma per l'automotive",
            sector="22.19",
            topics=["gomma", "stampaggio"],
            services=[Service.PROTOTYPING],
        ),
    )
    await until(lambda: ids(graph) == {"firm:alfa"}, "the firm in the graph")
    records, _, _ = graph.execute_query(
        "MATCH (f:Entity {id: 'firm:alfa'}) RETURN labels(f) AS labels, f AS f,"
        " [(f)-[:HAS_TOPIC]->(t) | t.name] AS topics, [(f)-[:IN_SECTOR]->(s) | s.section] AS s,"
        " [(f)-[:LOCATED_IN]->(p) | p.code] AS provinces"
    )
    row = records[0]
    assert set(row["labels"]) == {"Entity", "Organisation", "Firm", "Profile"}
    assert len(row["f"]["embedding"]) == embedder.dimension
    assert row["f"]["embedding_model"] == embedder.model_id
    assert row["f"]["sector_section"] == "C"
    assert "Stampaggio" in row["f"]["text"]
    assert row["f"]["language"] == "it"  # declared by default: the text is Italian
    assert sorted(row["topics"]) == ["gomma", "stampaggio"]
    assert (row["s"], row["provinces"]) == (["C"], ["BG"])


async def test_a_new_version_moves_the_links_it_changes_and_keeps_the_others(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    first = datetime(2026, 4, 1, tzinfo=UTC)
    publish(settings, firm("firm:alfa", "Alfa", first, sector="22.19", topics=["gomma", "stampi"]))
    await until(lambda: ids(graph) == {"firm:alfa"}, "the first version in the graph")
    kept = _links(graph, "firm:alfa")["stampi"]
    publish(
        settings,
        firm(
            "firm:alfa",
            "Alfa",
            datetime(2026, 5, 1, tzinfo=UTC),
            sector="25.62",
            topics=["stampi", "verniciatura"],
            territory=Territory(province="BS", comune="Lumezzane"),
        ),
    )
    await until(lambda: "verniciatura" in _links(graph, "firm:alfa"), "the second version")
    links = _links(graph, "firm:alfa")
    assert set(links) == {"stampi", "verniciatura", "C", "BS"}
    assert links["stampi"] == kept  # the same relationship, not deleted and made again
    orphans, _, _ = graph.execute_query("MATCH (t:Topic {key: 'gomma'}) RETURN count(t) AS n")
    assert orphans[0]["n"] == 1  # the topic stays in the vocabulary; only the link went


def _links(graph: Driver, entity_id: str) -> dict[str, str]:
    """The entity's topic, sector and province links by the key of what they reach."""
    records, _, _ = graph.execute_query(
        "MATCH (:Entity {id: $id})-[r:HAS_TOPIC|IN_SECTOR|LOCATED_IN]->(n)"
        " RETURN coalesce(n.key, n.section, n.code) AS key, elementId(r) AS link",
        id=entity_id,
    )
    return {record["key"]: record["link"] for record in records}


async def test_redelivery_and_stale_events_leave_the_graph_unchanged(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    newer = firm("firm:gamma", "Gamma Nuova", datetime(2026, 5, 1, tzinfo=UTC))
    older = firm("firm:gamma", "Gamma Vecchia", datetime(2026, 4, 1, tzinfo=UTC))
    publish(settings, newer, newer, older, newer, firm("firm:marker", "Marker"))
    await until(lambda: "firm:marker" in ids(graph), "the marker in the graph")
    names, _, _ = graph.execute_query("MATCH (f:Firm) RETURN f.id AS id, f.name AS name")
    assert {r["id"]: r["name"] for r in names} == {
        "firm:gamma": "Gamma Nuova",
        "firm:marker": "Marker",
    }


def _relations_fixture(settings: Settings) -> None:
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        firm("firm:alfa", "Alfa Srl"),
        expert("expert:0001", "Maria Rossi", competences="Prove di fatica", contact=CONTACT),
        tie(RelationType.MEMBER_OF, "firm:alfa", "association:cna-bg"),
        tie(RelationType.AFFILIATED_WITH, "expert:0001", "association:cna-bg"),
        tie(
            RelationType.COLLABORATED_WITH,
            "expert:0001",
            "firm:alfa",
            year=2024,
            project="Stampi leggeri",
        ),
    )


async def test_relations_link_the_parties(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    _relations_fixture(settings)
    expected = {
        ("firm:alfa", "MEMBER_OF", "association:cna-bg"),
        ("expert:0001", "AFFILIATED_WITH", "association:cna-bg"),
        ("expert:0001", "COLLABORATED_WITH", "firm:alfa"),
    }
    await until(lambda: relation_types(graph) == expected, "three relations")


async def test_a_relation_waits_for_an_endpoint_that_arrives_late(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    publish(settings, tie(RelationType.MEMBER_OF, "firm:late", "association:cna-bg"))
    await until(lambda: store.count_pending(graph) == 1, "the relation waiting")
    publish(settings, association("association:cna-bg", "CNA"), firm("firm:late", "Tardi Srl"))
    await until(
        lambda: relation_types(graph) == {("firm:late", "MEMBER_OF", "association:cna-bg")},
        "the relation linked once both ends exist",
    )
    assert store.count_pending(graph) == 0


async def test_erasure_leaves_no_trace_and_tombstones_the_log(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    _relations_fixture(settings)
    await until(lambda: len(relation_types(graph)) == 3, "the relations")
    publish(settings, erase("expert:0001", ErasableKind.EXPERT))
    await until(lambda: "expert:0001" not in ids(graph), "the expert erased")
    assert relation_types(graph) == {("firm:alfa", "MEMBER_OF", "association:cna-bg")}
    nodes, links = store.snapshot(graph)
    assert not any("Maria Rossi" in n or "maria.rossi" in n for n in nodes + links)
    # Read in threads: the consumers writing the tombstones share this test's event loop.
    profiles = await asyncio.to_thread(consume_all, settings, PROFILES, 3)
    assert {"key": b"expert:0001", "value": None} in profiles
    relation_log = await asyncio.to_thread(consume_all, settings, RELATIONS, 5)
    tombstoned = {r["key"] for r in relation_log if r["value"] is None}
    assert len(tombstoned) == 2
    assert all(b"expert:0001" in key for key in tombstoned)


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
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    out = Publisher(settings)
    for reason, value in BAD_INPUTS.items():
        out.send_raw(ORGANISATIONS, reason.encode(), value)
    out.flush()
    out.close()
    publish(
        settings,
        firm("firm:before", "Prima"),
        expert("expert:wrong-topic", "Sbagliato"),
        tie(RelationType.MEMBER_OF, "firm:before", "association:never-arrives"),
        firm("firm:after", "Dopo"),
    )
    out = Publisher(settings)
    out.publish(ORGANISATIONS, "expert:misrouted", expert("expert:misrouted", "Fuori posto"))
    out.flush()
    out.close()
    expected = len(BAD_INPUTS) + 2  # + the misrouted event + the relation never completed
    # Consumed in a thread: the ingestion consumer shares this test's event loop.
    letters = await asyncio.to_thread(consume_all, settings, DEAD_LETTER, expected)
    by_reason = {
        letter[deadletter.REASON]: letter
        for letter in letters
        if letter["key"] != b"expert:misrouted"
    }
    assert set(by_reason) == {*BAD_INPUTS, "relation_endpoint_missing"}
    for reason, value in BAD_INPUTS.items():
        assert by_reason[reason]["value"] == value
        assert by_reason[reason]["key"] == reason.encode()
        assert by_reason[reason][deadletter.ORIGIN].startswith(settings.topic(ORGANISATIONS))
    assert "payload.kind" in by_reason["validation_failed"][deadletter.DETAIL]
    misrouted = [x for x in letters if x["key"] == b"expert:misrouted"]
    assert misrouted[0][deadletter.REASON] == "unknown_event_type"
    assert "does not belong on" in misrouted[0][deadletter.DETAIL]
    missing = by_reason["relation_endpoint_missing"]
    assert json.loads(missing["value"])["payload"]["target_id"] == "association:never-arrives"
    await until(
        lambda: {"firm:before", "firm:after", "expert:wrong-topic"} <= ids(graph),
        "the valid events in the graph",
    )
    assert store.count_pending(graph) == 0


async def test_territory_and_contacts_are_stored_flat(
    settings: Settings, graph: Driver, ingesting: KafkaBroker
) -> None:
    territory = Territory(province="BS", comune="Sarnico")
    publish(settings, expert("expert:0002", "Luca Bianchi", territory=territory, contact=CONTACT))
    await until(lambda: "expert:0002" in ids(graph), "the expert")
    records, _, _ = graph.execute_query("MATCH (e:Expert) RETURN e AS e")
    stored = records[0]["e"]
    assert (stored["province"], stored["comune"], stored["email"]) == (
        "BS",
        "Sarnico",
        "maria.rossi@example.it",
    )
