"""Retries of failures that are not rejections: bounded, isolated to the failing record, and
unbounded only for a server that is away."""

from collections.abc import Sequence

import pytest
from neo4j.exceptions import ServiceUnavailable

from services.ingest.retry import Retries, attempt, isolating

FAST = Retries(attempts=3, backoff_seconds=0.001)


class Graph:
    """Applies batches of words; 'poison' always fails, and the server may be away a while."""

    def __init__(self, away_for: int = 0) -> None:
        self.applied: list[str] = []
        self.calls = 0
        self._away_for = away_for

    async def apply(self, batch: Sequence[str]) -> None:
        self.calls += 1
        if self.calls <= self._away_for:
            raise ServiceUnavailable("Neo4j is restarting")
        if "poison" in batch:
            raise ValueError("the model cannot embed this text")
        self.applied.extend(batch)


async def test_a_server_away_is_waited_out_beyond_the_bound() -> None:
    graph = Graph(away_for=FAST.attempts + 4)
    await attempt(lambda: graph.apply(["a", "b"]), FAST, "a batch")
    assert graph.applied == ["a", "b"]


async def test_another_error_is_tried_a_bounded_number_of_times() -> None:
    graph = Graph()
    with pytest.raises(ValueError, match="cannot embed"):
        await attempt(lambda: graph.apply(["poison"]), FAST, "a batch")
    assert graph.calls == FAST.attempts


async def test_a_poison_pill_is_isolated_and_the_rest_of_its_batch_applied() -> None:
    graph, failed = Graph(), []

    async def report(item: str, error: Exception) -> None:
        failed.append((item, type(error).__name__))

    await isolating(graph.apply, ["a", "poison", "b"], report, FAST)

    assert graph.applied == ["a", "b"]
    assert failed == [("poison", "ValueError")]


async def test_a_batch_that_passes_is_applied_once_and_reports_nothing() -> None:
    graph, failed = Graph(), []

    async def report(item: str, error: Exception) -> None:
        failed.append(item)

    await isolating(graph.apply, ["a", "b"], report, FAST)

    assert (graph.applied, graph.calls, failed) == (["a", "b"], 1, [])


async def test_a_lone_record_that_keeps_failing_is_reported() -> None:
    graph, failed = Graph(), []

    async def report(item: str, error: Exception) -> None:
        failed.append(item)

    await isolating(graph.apply, ["poison"], report, FAST)

    assert failed == ["poison"]


def test_the_pause_doubles_up_to_its_ceiling() -> None:
    retries = Retries(attempts=3, backoff_seconds=0.5, max_backoff_seconds=4)
    assert [retries.pause(n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
