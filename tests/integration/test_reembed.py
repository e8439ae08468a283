"""`contamina graph reembed`: switching models rewrites every vector and the index with it."""

import hashlib
import math
from collections.abc import Sequence

import pytest
from neo4j import Driver

from graph import store
from schemas.needs import Need, NeedSubmitted
from services.embedding import Embedder, Vector
from services.ingest.app import running
from services.ingest.ingestor import EmbeddingModelMismatchError
from services.polling import wait_until
from services.rebuild import caught_up
from services.reembed import ReembedError, ingestion_members, reembed
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, association, envelope, expert, firm, publish

pytestmark = pytest.mark.integration


class HashEmbedder:
    """A deterministic stand-in for another model: 8 dimensions from a hash of the text."""

    model_id = "fake-hash-8"
    dimension = 8

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        return [_unit(hashlib.sha256(text.encode()).digest()[: self.dimension]) for text in texts]


def _unit(raw: bytes) -> Vector:
    values = [byte - 127.5 for byte in raw]
    norm = math.sqrt(sum(v * v for v in values))
    return [v / norm for v in values]


def _need(need_id: str, firm_id: str) -> NeedSubmitted:
    text = "Cerchiamo un laboratorio per prove di fatica su componenti in gomma"
    return NeedSubmitted(**envelope(), payload=Need(id=need_id, firm_id=firm_id, text=text))


def _vectors(graph: Driver) -> dict[str, tuple[int, str]]:
    records, _, _ = graph.execute_query(
        "MATCH (n) WHERE n:Entity OR n:Need"
        " RETURN n.id AS id, size(n.embedding) AS size, n.embedding_model AS model"
    )
    return {r["id"]: (r["size"], r["model"]) for r in records}


def _space(graph: Driver) -> tuple[str, int]:
    records, _, _ = graph.execute_query(
        "MATCH (s:EmbeddingSpace {name: 'profiles'}) RETURN s.model AS model, s.dimension AS d"
    )
    return records[0]["model"], records[0]["d"]


async def _ingest_some(settings: Settings, graph: Driver, embedder: Embedder) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            association("association:cna-bg", "CNA Bergamo"),
            firm("firm:alfa", "Alfa Srl", description="Stampaggio di componenti in gomma"),
            expert("expert:0001", "Maria Rossi", competences="Prove di fatica sui metalli"),
            expert("expert:0002", "Luca Bianchi", competences="Cybersecurity per impianti OT"),
            _need("need:0001", "firm:alfa"),
        )
        await caught_up(settings, graph, within=DEADLINE)
        await wait_until(lambda: ingestion_members(settings) > 0, 30, "consumers joining")
        with pytest.raises(ReembedError, match="contamina ingest"):
            reembed(settings, graph, HashEmbedder())
    await wait_until(lambda: ingestion_members(settings) == 0, DEADLINE, "consumers leaving")


async def test_reembed_switches_every_vector_the_index_and_the_space(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    await _ingest_some(settings, graph, embedder)
    assert set(_vectors(graph).values()) == {(embedder.dimension, embedder.model_id)}
    fake = HashEmbedder()
    try:
        seen: list[tuple[int, int]] = []
        done = reembed(settings, graph, fake, lambda n, total: seen.append((n, total)))

        assert (done.nodes, done.index_rebuilt) == (5, True)
        assert seen[0] == (0, 5)
        assert seen[-1] == (5, 5)
        assert set(_vectors(graph).values()) == {(8, fake.model_id)}
        assert _space(graph) == (fake.model_id, 8)
        assert store.profile_embedding_dimension(graph) == 8
        records, _, _ = graph.execute_query(
            "CALL db.index.vector.queryNodes('profile_embedding', 3, $v) YIELD node"
            " RETURN node.id AS id",
            v=fake.embed(["Prove di fatica"])[0],
        )
        assert len(records) == 3
        with pytest.raises(EmbeddingModelMismatchError):
            async with running(settings, graph, embedder):
                pytest.fail("ingestion started with vectors of another model")

        again = reembed(settings, graph, fake)
        assert (again.nodes, again.index_rebuilt) == (0, False)
    finally:
        back = reembed(settings, graph, embedder)
    assert back.index_rebuilt
    assert set(_vectors(graph).values()) == {(embedder.dimension, embedder.model_id)}
    assert _space(graph) == (embedder.model_id, embedder.dimension)
    assert store.profile_embedding_dimension(graph) == embedder.dimension


async def test_reembed_resumes_after_a_crash_half_way(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    await _ingest_some(settings, graph, embedder)

    class Crashing(HashEmbedder):
        def embed(self, texts: Sequence[str]) -> list[Vector]:
            if any("Bianchi" in text or "Cybersecurity" in text for text in texts):
                raise RuntimeError("the model crashed")
            return super().embed(texts)

    crashing_settings = settings.model_copy(update={"embedding_batch_size": 1})
    try:
        with pytest.raises(RuntimeError, match="crashed"):
            reembed(crashing_settings, graph, Crashing())
        assert store.profile_embedding_dimension(graph) is None
        assert _space(graph) == (embedder.model_id, embedder.dimension)
        half = set(_vectors(graph).values())
        assert half == {(8, HashEmbedder.model_id), (embedder.dimension, embedder.model_id)}

        resumed = reembed(settings, graph, HashEmbedder())

        assert resumed.nodes < 5
        assert set(_vectors(graph).values()) == {(8, HashEmbedder.model_id)}
        assert store.profile_embedding_dimension(graph) == 8
    finally:
        reembed(settings, graph, embedder)
    assert store.profile_embedding_dimension(graph) == embedder.dimension
