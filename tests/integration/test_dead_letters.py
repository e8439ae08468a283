"""One dead letter per rejected record, however often it is redelivered, replayed or swept."""

import asyncio
import json
from collections.abc import Sequence
from typing import Any

import pytest
from kafka import KafkaAdminClient
from neo4j import Driver

from graph import store
from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.deadletter import ORIGIN, REASON
from services.kafka.lag import consumer_lag
from services.kafka.publisher import Publisher
from services.kafka.topics import DEAD_LETTER, ORGANISATIONS, RELATIONS
from services.operations.rebuild import caught_up, rebuild
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, firm, ids, publish, read_to_end, tie

pytestmark = pytest.mark.integration


def _letters(settings: Settings) -> list[dict[str, Any]]:
    return read_to_end(settings, DEAD_LETTER)


async def _letters_now(settings: Settings) -> list[dict[str, Any]]:
    """In a thread: the consumers writing dead letters share this test's event loop."""
    return await asyncio.to_thread(_letters, settings)


async def _relations_caught_up(settings: Settings) -> None:
    await wait_until(
        lambda: consumer_lag(settings, [RELATIONS])[RELATIONS] == 0,
        DEADLINE,
        "the relations consumer at the end of its topic",
    )


def _forget_relations_offsets(settings: Settings) -> None:
    """What a rebalance after a failed commit does: the batch is delivered again."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        admin.delete_groups([settings.ingest_group(RELATIONS)])
    finally:
        admin.close()


async def test_a_redelivered_relation_whose_endpoint_never_arrives_is_dead_lettered_once(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(settings, firm("firm:alfa", "Alfa Srl"))
        publish(settings, tie(RelationType.MEMBER_OF, "firm:alfa", "association:never-arrives"))
        await caught_up(settings, graph, within=DEADLINE)
    assert len(await _letters_now(settings)) == 1

    _forget_relations_offsets(settings)
    async with running(settings, graph, embedder):
        await _relations_caught_up(settings)  # parked again, from the same origin
        await caught_up(settings, graph, within=DEADLINE)  # and swept again

    letters = await _letters_now(settings)
    assert [letter[REASON] for letter in letters] == ["relation_endpoint_missing"], [
        x[ORIGIN] for x in letters
    ]


async def test_a_crash_between_the_dead_letter_and_the_cleanup_writes_no_second_letter(
    settings: Settings, graph: Driver, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_: object, **__: object) -> None:
        raise ConnectionError("killed after the dead letter, before dropping the relation")

    monkeypatch.setattr(store, "drop_pending", crash)
    async with running(settings, graph, embedder):
        publish(settings, tie(RelationType.MEMBER_OF, "firm:ghost", "association:ghost"))
        await wait_until(
            lambda: len(_letters(settings)) == 1,
            DEADLINE,
            "the dead letter of the waiting relation",
        )
        assert store.count_pending(graph) == 1
    monkeypatch.undo()

    async with running(settings, graph, embedder):  # a new process: it knows only the topic
        await caught_up(settings, graph, within=DEADLINE)

    assert len(await _letters_now(settings)) == 1


async def test_a_rebuild_replays_malformed_records_without_new_dead_letters(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    out = Publisher(settings)
    out.send_raw(ORGANISATIONS, b"bad:1", b"{not json")
    out.send_raw(ORGANISATIONS, b"bad:2", json.dumps({"type": "firm.exploded"}).encode())
    out.flush()
    out.close()
    publish(settings, firm("firm:alfa", "Alfa Srl"))
    async with running(settings, graph, embedder):
        await caught_up(settings, graph, within=DEADLINE)
    before = await _letters_now(settings)
    assert len(before) == 2

    await rebuild(settings, graph, embedder, within=DEADLINE)

    after = await _letters_now(settings)
    assert sorted(str(x[ORIGIN]) for x in after) == sorted(str(x[ORIGIN]) for x in before)


class _Poisoned:
    """The real model, except that it fails on one text however often it is asked."""

    def __init__(self, real: Embedder) -> None:
        self.model_id, self.dimension, self._real = real.model_id, real.dimension, real

    def queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._real.queries(texts)

    def passages(self, texts: Sequence[str]) -> list[list[float]]:
        if any("VELENO" in text for text in texts):
            raise RuntimeError("the model cannot read this text")
        return self._real.passages(texts)


async def test_a_record_that_keeps_failing_is_dead_lettered_and_the_rest_goes_on(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    fast = settings.model_copy(update={"retry_backoff_seconds": 0.01})
    async with running(fast, graph, _Poisoned(embedder)):
        publish(
            fast, firm("firm:a", "Alfa"), firm("firm:poison", "VELENO Srl"), firm("firm:b", "B")
        )
        await caught_up(fast, graph, within=DEADLINE)
        publish(fast, firm("firm:after", "Dopo"))
        await wait_until(lambda: "firm:after" in ids(graph), DEADLINE, "a later event applied")

    assert ids(graph) == {"firm:a", "firm:b", "firm:after"}
    letters = await _letters_now(settings)
    assert [(x["key"], x[REASON]) for x in letters] == [(b"firm:poison", "processing_failed")]
    assert "cannot read this text" in str(letters[0]["contamina-detail"])


class _Shrunk:
    """A model that answers with vectors of another dimension than the index's."""

    def __init__(self, real: Embedder) -> None:
        self.model_id, self.dimension, self._real = real.model_id, real.dimension, real

    def queries(self, texts: Sequence[str]) -> list[list[float]]:
        return [vector[:8] for vector in self._real.queries(texts)]

    def passages(self, texts: Sequence[str]) -> list[list[float]]:
        return [vector[:8] for vector in self._real.passages(texts)]


async def test_vectors_of_another_dimension_are_refused_not_silently_left_out_of_the_index(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    fast = settings.model_copy(update={"retry_backoff_seconds": 0.01})
    async with running(fast, graph, _Shrunk(embedder)):
        publish(fast, firm("firm:a", "Alfa"))
        await caught_up(fast, graph, within=DEADLINE)

    assert ids(graph) == set()
    letters = await _letters_now(settings)
    assert [(x["key"], x[REASON]) for x in letters] == [(b"firm:a", "processing_failed")]
    assert "[8] dimensions" in str(letters[0]["contamina-detail"])
