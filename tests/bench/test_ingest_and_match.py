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
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pytest
from neo4j import Driver

from graph import retrieval, store
from schemas.needs import Need
from services.bench.figures import Latency, TimedEmbedder, exact_top, recall
from services.demo.network import generate
from services.demo.run import run as load
from services.embedding import Embedder, Vector
from services.ingest.blocking import InThread
from services.ingest.ingestor import Encode, Ingestor
from services.ingest.projection import ProfileEvent, profile_text
from services.matcher.usecase import Matcher, MatchRequest
from services.settings import Settings

T = TypeVar("T")
SCALE = float(os.environ.get("CONTAMINA_BENCH_SCALE", "0.5"))


def timed(spent: dict[str, float], name: str, work: Callable[..., T]) -> Callable[..., T]:
    """`work`, adding the seconds each call takes to `spent[name]`."""

    def call(*args: Any, **keywords: Any) -> T:
        started = time.perf_counter()
        try:
            return work(*args, **keywords)
        finally:
            spent[name] += time.perf_counter() - started

    return call


@pytest.fixture
def breakdown(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """Seconds the consumers' model calls and graph writes took, in the threads that run
    them (not the time the consumers waited for their turn)."""
    spent: dict[str, float] = defaultdict(float)
    embed, graph = Ingestor._embed, InThread.__call__

    async def embed_timed(self: Ingestor, encode: Encode, texts: list[str]) -> list[Vector]:
        return await embed(self, timed(spent, "embedding", encode), texts)

    async def graph_timed(self: InThread, write: Callable[..., Any], *args: object) -> Any:
        return await graph(self, timed(spent, "graph writes", write), *args)

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
    _match_latency(settings, graph, embedder, [need.payload for need in network.needs])


def _match_latency(
    settings: Settings, graph: Driver, embedder: Embedder, needs: list[Need]
) -> None:
    """Each need matched whole, split into (a) embedding it and (b) everything after; beside
    it an exact numpy top-10 over the same vectors, and the vector index's recall@10 of it."""
    records, _, _ = graph.execute_query("MATCH (p:Profile) RETURN p.id AS id, p.embedding AS v")
    ids = [record["id"] for record in records]
    vectors = np.array([record["v"] for record in records], dtype=np.float32)
    queries = embedder.queries([need.text for need in needs])

    exact, brute = [], []
    for query in queries:
        started = time.perf_counter()
        top = exact_top(vectors, query, 10)
        brute.append(time.perf_counter() - started)
        exact.append([ids[i] for i in top])
    # The index asked for 10, and as the matcher asks it (its pool, every one re-scored).
    recalls = {
        k: np.mean(
            [
                recall([hit.id for hit in retrieval.semantic(graph, query, k, None)], top)
                for query, top in zip(queries, exact, strict=True)
            ]
        )
        for k in (10, settings.candidate_pool)
    }

    timed = TimedEmbedder(embedder)
    matcher = Matcher(settings, graph, timed)
    matcher.match(MatchRequest(text=needs[0].text, firm_id=needs[0].firm_id))  # memory built
    whole, embedding = [], []
    for need in needs:
        before, started = timed.spent, time.perf_counter()
        matcher.match(MatchRequest(text=need.text, firm_id=need.firm_id))
        whole.append(time.perf_counter() - started)
        embedding.append(timed.spent - before)
    a, b = Latency.of(embedding), Latency.of([w - e for w, e in zip(whole, embedding, strict=True)])
    numpy_p50 = Latency.of(brute).p50
    print(
        f"match over {len(vectors)} profiles, {len(needs)} needs (p50 / p95 / p99, ms):"
        f"\n  (a) embedding the need: {_ms(a)}"
        f"\n  (b) everything after it: {_ms(b)}"
        f"\n  exact numpy top-10 over the same vectors: {_ms(Latency.of(brute))}"
        f"\n  ratio (b) p95 / numpy p50: {b.p95 / numpy_p50:.0f}"
        f"\n  vector index recall of the exact top-10, asked for 10: {recalls[10]:.3f},"
        f" for {settings.candidate_pool} (as the matcher): {recalls[settings.candidate_pool]:.3f}"
    )


def _ms(latency: Latency) -> str:
    return " / ".join(
        f"{seconds * 1000:.2f}" for seconds in (latency.p50, latency.p95, latency.p99)
    )
