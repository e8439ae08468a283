"""`contamina ingest` killed with SIGKILL, again and again, while events stream in: every
malformed record ends up on the dead-letter topic exactly once, every valid one in the graph
once, at its latest version."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from neo4j import Driver

from services.kafka.deadletter import ORIGIN
from services.kafka.lag import consumer_lag
from services.kafka.publisher import Publisher
from services.kafka.topics import CARRIES, DEAD_LETTER, ORGANISATIONS
from services.settings import Settings
from tests.integration.ingest_support import firm, read_to_end

pytestmark = pytest.mark.integration

FIRMS = 240
LATER_VERSIONS = 60
MALFORMED = 24
KILLS = 4
START = datetime(2026, 1, 1, tzinfo=UTC)


def _stream() -> list[tuple[bytes, bytes]]:
    """Keys and values in publishing order: firms, some later versions, malformed records."""
    records: list[tuple[bytes, bytes]] = []
    for n in range(FIRMS):
        event = firm(f"firm:{n:04d}", f"Impresa {n} v1", START)
        records.append((f"firm:{n:04d}".encode(), event.model_dump_json().encode()))
        if n % (FIRMS // MALFORMED) == 0:
            records.append((f"bad:{n:04d}".encode(), b'{"type": "organisation.upserted", '))
        if n % (FIRMS // LATER_VERSIONS) == 1:
            older = n - 1
            later = firm(f"firm:{older:04d}", f"Impresa {older} v2", START + timedelta(days=1))
            records.append((f"firm:{older:04d}".encode(), later.model_dump_json().encode()))
    return records


def _latest_names() -> dict[str, str]:
    names = {f"firm:{n:04d}": f"Impresa {n} v1" for n in range(FIRMS)}
    for n in range(1, FIRMS, FIRMS // LATER_VERSIONS):
        names[f"firm:{n - 1:04d}"] = f"Impresa {n - 1} v2"
    return names


def _publish_in_background(
    settings: Settings, records: list[tuple[bytes, bytes]]
) -> threading.Thread:
    def publish() -> None:
        out = Publisher(settings)
        try:
            for start in range(0, len(records), 20):
                for key, value in records[start : start + 20]:
                    out.send_raw(ORGANISATIONS, key, value)
                out.flush()
        finally:
            out.close()

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    return thread


def _environment(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "CONTAMINA_KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
        "CONTAMINA_NEO4J_URI": settings.neo4j_uri,
        "CONTAMINA_NEO4J_USER": settings.neo4j_user,
        "CONTAMINA_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "CONTAMINA_TOPIC_PREFIX": settings.topic_prefix,
        "CONTAMINA_CONSUMER_GROUP": settings.consumer_group,
        "CONTAMINA_SWEEP_INTERVAL_SECONDS": "0.5",
        "CONTAMINA_EMBEDDING_BATCH_SIZE": "4",  # batches of 16 records: many commits to miss
    }


@contextmanager
def _ingest(settings: Settings, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`contamina ingest` as its own process; the caller kills it or it is stopped at exit."""
    contamina = Path(sys.executable).with_name("contamina")
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(contamina), "ingest"], env=_environment(settings), stdout=out, stderr=out
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _firms(graph: Driver) -> dict[str, list[str]]:
    records, _, _ = graph.execute_query("MATCH (f:Firm) RETURN f.id AS id, f.name AS name")
    names: dict[str, list[str]] = {}
    for record in records:
        names.setdefault(record["id"], []).append(record["name"])
    return names


def _progress(graph: Driver, settings: Settings) -> tuple[int, int]:
    return len(_firms(graph)), len(read_to_end(settings, DEAD_LETTER))


def _progressed(graph: Driver, settings: Settings, since: tuple[int, int]) -> bool:
    """Something more was ingested, or everything already was: a restart after the last record
    has nothing left to make progress on (the final checks still count every firm and letter)."""
    now = _progress(graph, settings)
    return now != since or now == (FIRMS, MALFORMED)


def _poll(
    condition: Callable[[], bool],
    within: float,
    what: str,
    process: subprocess.Popen[bytes],
    log: Path,
) -> None:
    deadline = time.monotonic() + within
    while not condition():
        assert process.poll() is None, f"contamina ingest exited: {log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"{what} within {within:.0f}s"
        time.sleep(0.2)  # a polling period, not a wait for an event


def test_sigkill_while_streaming_loses_nothing_and_duplicates_nothing(
    settings: Settings, graph: Driver, tmp_path: Path
) -> None:
    records = _stream()
    log = tmp_path / "ingest.log"
    publishing = _publish_in_background(settings, records)

    chance = random.Random(7)  # noqa: S311 - when to kill, not a secret
    for _ in range(KILLS):
        moved = partial(_progressed, graph, settings, _progress(graph, settings))
        with _ingest(settings, log) as process:
            _poll(moved, 180, "progress", process, log)
            # Fault injection, not a wait for an event: the kill lands anywhere in a batch.
            time.sleep(chance.uniform(0, 1.5))
            process.kill()  # SIGKILL: no clean shutdown, no last commit
            process.wait()

    publishing.join(timeout=120)
    assert not publishing.is_alive()
    with _ingest(settings, log) as process:
        _poll(
            lambda: sum(consumer_lag(settings, CARRIES).values()) == 0,
            300,
            "the ingestion at the end of every topic",
            process,
            log,
        )

    firms = _firms(graph)
    assert {key: names for key, names in firms.items() if len(names) > 1} == {}
    assert {key: names[0] for key, names in firms.items()} == _latest_names()
    letters = read_to_end(settings, DEAD_LETTER)
    keys = Counter(letter["key"] for letter in letters)
    assert set(keys) == {key for key, _ in records if key.startswith(b"bad:")}
    assert set(keys.values()) == {1}, keys
    assert len({letter[ORIGIN] for letter in letters}) == len(letters)
