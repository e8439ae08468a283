"""The ingestion under interleavings and retries: a sweep racing a removal or a newer version,
events that arrive after an erasure, tombstones whose write fails, ties stated both ways."""

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from neo4j import Driver

from graph import store
from schemas.erasure import ErasableKind
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from schemas.relations import Relation, RelationRemoved, RelationType
from services.embedding import Embedder
from services.ingest import app
from services.ingest.app import running
from services.ingest.ingestor import Ingestor
from services.ingest.projection import relation_row
from services.kafka.topics import RELATIONS
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    association,
    envelope,
    erase,
    expert,
    firm,
    ids,
    publish,
    read_to_end,
    relation_types,
    tie,
)

pytestmark = pytest.mark.integration

T1, T2, T3 = (datetime(2026, month, 1, tzinfo=UTC) for month in (3, 4, 5))


async def _waiting_with_both_ends(settings: Settings, graph: Driver, embedder: Embedder) -> None:
    """A collaboration parked before its ends arrived, the ends now there, no sweep yet."""
    idle = settings.model_copy(update={"sweep_interval_seconds": 3600.0})
    async with running(idle, graph, embedder):
        publish(idle, tie(RelationType.COLLABORATED_WITH, "firm:alfa", "lab:beta", year=2020))
        await wait_until(lambda: store.count_pending(graph) == 1, DEADLINE, "the tie waiting")
        publish(idle, firm("firm:alfa", "Alfa Srl"), association("lab:beta", "Beta"))
        await wait_until(lambda: {"firm:alfa", "lab:beta"} <= ids(graph), DEADLINE, "both ends")
    assert store.count_pending(graph) == 1


async def _sweep_with(
    service: Ingestor,
    meanwhile: Callable[[], None],
    after: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sweep once, with `meanwhile` handled by another consumer right after the sweep's
    `after`-th graph statement."""
    original = service._graph
    calls = 0

    async def interleaved(work: Callable[..., Any], *args: object) -> Any:
        nonlocal calls
        result = await original(work, *args)
        calls += 1
        if calls == after:
            meanwhile()
        return result

    monkeypatch.setattr(service, "_graph", interleaved)
    async with service.dead_letters:
        await service.sweep()
    monkeypatch.undo()
    assert calls >= after, "the interleaving never happened"


COLLABORATION = Relation(
    type=RelationType.COLLABORATED_WITH, source_id="firm:alfa", target_id="lab:beta"
)


def _years(graph: Driver) -> list[int | None]:
    records, _, _ = graph.execute_query("MATCH ()-[r:COLLABORATED_WITH]->() RETURN r.year AS y")
    return [record["y"] for record in records]


BOUNDARIES = pytest.mark.parametrize("after", [1, 2, 3])  # the sweep's relation statements


@BOUNDARIES
async def test_a_removal_handled_during_a_sweep_is_not_undone(
    settings: Settings,
    graph: Driver,
    embedder: Embedder,
    monkeypatch: pytest.MonkeyPatch,
    after: int,
) -> None:
    await _waiting_with_both_ends(settings, graph, embedder)

    def removal() -> None:
        store.unlink_relations(graph, [relation_row(COLLABORATION)])

    await _sweep_with(app.ingestor(settings, graph, embedder), removal, after, monkeypatch)

    assert relation_types(graph) == set()
    assert store.count_pending(graph) == 0


@BOUNDARIES
async def test_a_newer_version_linked_during_a_sweep_is_not_overwritten(
    settings: Settings,
    graph: Driver,
    embedder: Embedder,
    monkeypatch: pytest.MonkeyPatch,
    after: int,
) -> None:
    await _waiting_with_both_ends(settings, graph, embedder)
    newer = COLLABORATION.model_copy(update={"year": 2024})

    def newer_version() -> None:
        store.link_relations(graph, [relation_row(newer)])

    await _sweep_with(app.ingestor(settings, graph, embedder), newer_version, after, monkeypatch)

    assert _years(graph) == [2024]


async def test_an_erased_person_stays_erased_when_an_older_event_arrives_late(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    maria = expert("expert:0001", "Maria Rossi", competences="Prove di fatica")
    late = maria.model_copy(update={"occurred_at": T1})
    erased = erase("expert:0001", ErasableKind.EXPERT).model_copy(update={"occurred_at": T2})
    async with running(settings, graph, embedder):
        publish(settings, late, erased, late, firm("firm:marker", "Marker"))
        await caught_up(settings, graph, within=DEADLINE)
        await wait_until(lambda: "firm:marker" in ids(graph), DEADLINE, "the marker")
        assert "expert:0001" not in ids(graph)

        back = maria.model_copy(update={"occurred_at": T3})  # registered again, after
        publish(settings, back)
        await wait_until(lambda: "expert:0001" in ids(graph), DEADLINE, "the new registration")


async def test_a_failed_tombstone_write_is_repeated_when_the_erasure_is_redelivered(
    settings: Settings, graph: Driver, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = app.Tombstones.__call__
    failed: list[str] = []

    def flaky(self: app.Tombstones, topic: str, keys: Sequence[str]) -> None:
        if topic == RELATIONS and not failed:
            failed.append(topic)
            raise ConnectionError("Kafka went away while writing the relations' tombstones")
        original(self, topic, keys)

    monkeypatch.setattr(app.Tombstones, "__call__", flaky)
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            expert("expert:0001", "Maria Rossi"),
            tie(RelationType.COLLABORATED_WITH, "expert:0001", "firm:alfa", project="Stampi"),
        )
        await wait_until(lambda: len(relation_types(graph)) == 1, DEADLINE, "the collaboration")
        publish(settings, erase("expert:0001", ErasableKind.EXPERT))
        await caught_up(settings, graph, within=DEADLINE)

    assert failed
    assert "expert:0001" not in ids(graph)
    tombstones = [r for r in read_to_end(settings, RELATIONS) if r["value"] is None]
    assert [r["key"] for r in tombstones] == [b"collaborated_with|expert:0001|firm:alfa|Stampi"]


async def test_a_tie_stated_the_other_way_round_is_the_same_edge_and_is_removed_by_either(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    forward = tie(RelationType.COLLABORATED_WITH, "firm:alfa", "lab:beta", project="Mescole")
    backward = tie(RelationType.COLLABORATED_WITH, "lab:beta", "firm:alfa", project="Mescole")
    async with running(settings, graph, embedder):
        publish(settings, firm("firm:alfa", "Alfa Srl"), association("lab:beta", "Beta"))
        publish(settings, forward, backward, firm("firm:marker", "Marker"))
        await caught_up(settings, graph, within=DEADLINE)
        records, _, _ = graph.execute_query(
            "MATCH ()-[r:COLLABORATED_WITH]-() RETURN count(r) AS n"
        )
        assert records[0]["n"] == 2  # one edge, seen from both ends

        removed = RelationRemoved(**envelope(), payload=backward.payload)
        publish(settings, removed)
        await wait_until(lambda: relation_types(graph) == set(), DEADLINE, "the tie removed")


async def test_a_change_of_kind_takes_the_old_kinds_label_off(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    startup = Organisation(id="org:0001", kind=OrganisationKind.STARTUP, name="Nuova Srl")
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("org:0001", "Nuova Srl", T1),
            OrganisationUpserted(**envelope(T2), payload=startup),
        )
        await caught_up(settings, graph, within=DEADLINE)

    records, _, _ = graph.execute_query("MATCH (e:Entity {id: 'org:0001'}) RETURN labels(e) AS l")
    assert set(records[0]["l"]) == {"Entity", "Organisation", "Startup", "Profile"}


async def test_a_batch_holding_a_newer_and_then_an_older_version_keeps_the_newer(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(settings, firm("firm:gamma", "Gamma Nuova", T2), firm("firm:gamma", "Vecchia", T1))
        await caught_up(settings, graph, within=DEADLINE)

    records, _, _ = graph.execute_query("MATCH (f:Firm {id: 'firm:gamma'}) RETURN f.name AS name")
    assert [record["name"] for record in records] == ["Gamma Nuova"]
