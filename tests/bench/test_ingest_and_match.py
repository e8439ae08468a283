"""Ingest rate and match latency, as ratios to baselines measured in the same process.

Ingest: end to end through Kafka into Neo4j, against the raw model encode of the same texts.
Match: the full matcher (hybrid retrieval, paths, ranking) against brute-force numpy cosine
over every profile vector, for the same needs.

Run with `make bench` (or `pytest tests/bench -s`). It prints figures and asserts nothing
about time: these machines are noisy, so the ratio to a baseline measured in the same process
is the number to compare across runs.
"""

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pytest
from neo4j import Driver

from graph import store
from schemas.needs import Need
from services.demo.network import generate
from services.demo.run import run as load
from services.embedding import Embedder, Vector
from services.ingest.blocking import InThread
from services.ingest.ingestor import Encode, Ingestor
from services.ingest.projection import ProfileEvent, profile_text
from services.matcher.usecase import Matcher, MatchRequest
from services.settings import Settings

SCALE = float(os.environ.get("CONTAMINA_BENCH_SCALE", "0.5"))
NEEDS = 30


@contextmanager
def timed(spent: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        spent[name] += time.perf_counter() - started


@pytest.fixture
def breakdown(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """Seconds spent embedding and writing the graph inside the consumers."""
    spent: dict[str, float] = defaultdict(float)
    embed, graph = Ingestor._embed, InThread.__call__

    async def embed_timed(self: Ingestor, encode: Encode, texts: list[str]) -> list[Vector]:
        with timed(spent, "embedding"):
            return await embed(self, encode, texts)

    async def graph_timed(self: InThread, write: Callable[..., Any], *args: object) -> Any:
        with timed(spent, "graph writes"):
            return await graph(self, write, *args)

    monkeypatch.setattr(Ingestor, "_embed", embed_timed)
    monkeypatch.setattr(InThread, "__call__", graph_timed)
    return spent


async def test_ingest_rate(
    settings: Settings, graph: Driver, embedder: Embedder, breakdown: dict[str, float]
) -> None:
    network = generate(seed=11, scale=SCALE)
    profiles: list[ProfileEvent] = [*network.organisations, *network.experts, *network.labs]
    texts = [profile_text(event) for event in profiles]

    started = time.perf_counter()
    embedder.passages(texts)
    encode = time.perf_counter() - started

    started = time.perf_counter()
    await load(settings, graph, embedder, events=network.events())
    end_to_end = time.perf_counter() - started

    assert sum(store.counts_by_kind(graph).values()) == len(profiles)
    print(
        f"\ningest: {len(profiles)} profiles, {len(network.relations)} relations,"
        f" {len(network.needs)} needs (scale {SCALE})"
        f"\n  raw model encode of the profile texts: {encode:.1f} s"
        f" = {len(profiles) / encode:.0f} profiles/s"
        f"\n  end to end through Kafka into Neo4j: {end_to_end:.1f} s"
        f" = {len(profiles) / end_to_end:.0f} profiles/s"
        f"\n  ratio end-to-end / raw encode: {end_to_end / encode:.2f}"
        f"\n  inside the consumers: "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in sorted(breakdown.items()))
    )
    _match_latency(settings, graph, embedder, [need.payload for need in network.needs[:NEEDS]])


def _match_latency(
    settings: Settings, graph: Driver, embedder: Embedder, needs: list[Need]
) -> None:
    records, _, _ = graph.execute_query("MATCH (p:Profile) RETURN p.embedding AS vector")
    vectors = np.array([record["vector"] for record in records])
    queries = embedder.queries([need.text for need in needs])

    started = time.perf_counter()
    for query in queries:
        scores = vectors @ np.array(query)
        np.argpartition(-scores, 10)[:10]
    brute = (time.perf_counter() - started) / len(needs)

    matcher = Matcher(settings, graph, embedder)
    started = time.perf_counter()
    for need in needs:
        matcher.match(MatchRequest(text=need.text, firm_id=need.firm_id))
    full = (time.perf_counter() - started) / len(needs)
    print(
        f"match latency over {len(vectors)} profiles, {len(needs)} needs:"
        f"\n  brute-force numpy cosine (vector given): {brute * 1000:.2f} ms per need"
        f"\n  full matcher (embed, 4 retrievals, paths, ranking): {full * 1000:.0f} ms per need"
        f"\n  ratio matcher / brute force: {full / brute:.0f}"
    )
