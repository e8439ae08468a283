"""How the ingestion writes the graph without its writers deadlocking: one call at a time per
process, and the shared nodes a batch names merged once each, in key order."""

import asyncio
import threading
from typing import Any

from neo4j import Driver

from graph.store import vocabulary
from services.ingest.blocking import InThread


def _row(topics: list[str], sections: list[str], provinces: list[str]) -> dict[str, Any]:
    return {
        "topics": [{"key": t.lower(), "name": t} for t in topics],
        "sectors": [{"section": s, "name": f"section {s}"} for s in sections],
        "provinces": provinces,
    }


def test_a_batch_names_each_shared_node_once_in_key_order() -> None:
    shared = vocabulary(
        [_row(["Stampi", "gomma"], ["C"], ["MI"]), _row(["gomma", "Acciaio"], ["F", "C"], ["BG"])]
    )
    assert [t["key"] for t in shared["topics"]] == ["acciaio", "gomma", "stampi"]
    assert [s["section"] for s in shared["sectors"]] == ["C", "F"]
    assert shared["provinces"] == ["BG", "MI"]


def test_a_batch_without_links_names_nothing() -> None:
    assert vocabulary([_row([], [], [])]) == {"provinces": [], "sectors": [], "topics": []}


async def test_the_graph_is_written_one_call_at_a_time() -> None:
    """The second write starts only after the first returns, though both were asked at once."""
    first_running, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first(driver: Driver, database: str | None = None) -> None:
        order.append("first starts")
        first_running.set()
        assert release.wait(5)
        order.append("first ends")

    def second(driver: Driver, database: str | None = None) -> None:
        order.append("second starts")

    writer = InThread(driver=None, database="neo4j")  # type: ignore[arg-type]  # never used
    both = asyncio.gather(writer(first), writer(second))
    await asyncio.to_thread(first_running.wait, 5)
    assert order == ["first starts"]
    release.set()
    await both
    assert order == ["first starts", "first ends", "second starts"]
