import math
from collections.abc import Sequence

import pytest

from graph.labels import PARTNER_KINDS
from schemas.common import Territory
from services.embedding import Vector
from services.evaluation.baselines import BM25Baseline, EmbeddingBaseline, eligible
from services.evaluation.dataset import Dataset, Need, Profile
from services.evaluation.run import request, score, unsuggestable
from services.matcher.ranking.model import Place

VOCABULARY = ("gomma", "vino", "robot", "fatica")


class WordEmbedder:
    """A deterministic stand-in for the model: one axis per known word, unit length."""

    model_id = "words"
    dimension = len(VOCABULARY)

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        self.calls.append(("query", list(texts)))
        return [self._vector(text) for text in texts]

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        self.calls.append(("passage", list(texts)))
        return [self._vector(text) for text in texts]

    @staticmethod
    def _vector(text: str) -> Vector:
        counts = [float(text.lower().split().count(word)) for word in VOCABULARY]
        norm = math.sqrt(sum(c * c for c in counts)) or 1.0
        return [c / norm for c in counts]


PROFILES = (
    Profile(id="firm:alfa", kind="firm", name="Alfa", text="gomma gomma"),
    Profile(id="expert:1", kind="expert", name="Uno", text="gomma fatica"),
    Profile(id="lab:1", kind="lab", name="Lab", text="gomma"),
    Profile(id="expert:2", kind="expert", name="Due", text="vino"),
    Profile(id="startup:1", kind="startup", name="Bot", text="robot gomma robot"),
)


def need(text: str, **fields: object) -> Need:
    return Need(id="need:1", text=text, **fields)  # type: ignore[arg-type]


def test_eligible_means_a_wanted_kind_and_not_the_requester() -> None:
    asking = need("gomma", firm_id="firm:alfa", kinds=frozenset({"expert", "lab"}))
    assert [p.id for p in PROFILES if eligible(p, asking)] == ["expert:1", "lab:1", "expert:2"]
    assert all(eligible(p, need("gomma")) for p in PROFILES)


def test_bm25_ranks_by_words_and_never_returns_the_requester() -> None:
    ranked = BM25Baseline(PROFILES).rank(need("gomma", firm_id="firm:alfa"), k=10)
    assert ranked[0] == "lab:1"
    assert set(ranked) == {"expert:1", "lab:1", "startup:1"}


def test_bm25_keeps_to_the_wanted_kinds_and_cuts_at_k() -> None:
    baseline = BM25Baseline(PROFILES)
    assert baseline.rank(need("gomma vino", kinds=frozenset({"expert"})), k=10) == [
        "expert:2", "expert:1",
    ]  # fmt: skip
    assert len(baseline.rank(need("gomma"), k=2)) == 2


def test_bm25_among_partners_leaves_out_the_kinds_the_matcher_never_suggests() -> None:
    profiles = (
        *PROFILES,
        Profile(id="association:cna", kind="association", name="CNA", text="gomma"),
    )
    assert "association:cna" in BM25Baseline(profiles).rank(need("gomma"), k=10)
    among = BM25Baseline(profiles, kinds=PARTNER_KINDS).rank(need("gomma"), k=10)
    assert "association:cna" not in among
    assert "lab:1" in among


def test_the_share_of_right_answers_no_matcher_can_suggest() -> None:
    profiles = (
        *PROFILES,
        Profile(id="association:cna", kind="association", name="CNA", text="gomma"),
    )
    dataset = Dataset(profiles=profiles, needs=())
    answers = [frozenset({"lab:1", "association:cna"}), frozenset({"expert:1", "expert:2"})]
    assert unsuggestable(dataset, answers) == 0.25
    assert unsuggestable(dataset, []) == 0.0


def ingested(embedder: WordEmbedder) -> dict[str, Vector]:
    """The vectors the ingestion stored: profiles embedded as passages."""
    vectors = embedder.passages([p.text for p in PROFILES])
    embedder.calls.clear()
    return {p.id: v for p, v in zip(PROFILES, vectors, strict=True)}


def test_embedding_ranks_by_cosine_with_the_same_rules() -> None:
    embedder = WordEmbedder()
    baseline = EmbeddingBaseline(PROFILES, ingested(embedder), embedder)
    needs = [
        need("gomma", firm_id="firm:alfa"),
        need("robot", kinds=frozenset({"expert", "startup"})),
        need("fatica"),
    ]
    first, second, third = baseline.rank_all(needs, k=3)

    assert first == ["lab:1", "expert:1", "startup:1"]
    assert second[0] == "startup:1"
    assert set(second) == {"startup:1", "expert:1", "expert:2"}
    assert third[0] == "expert:1"
    # The profiles' stored vectors are used as they are; the needs are embedded once, as queries.
    assert embedder.calls == [("query", ["gomma", "robot", "fatica"])]


def test_embedding_refuses_profiles_that_were_not_ingested() -> None:
    embedder = WordEmbedder()
    vectors = ingested(embedder)
    del vectors["lab:1"]
    with pytest.raises(ValueError, match=r"1 profiles have no vector, e\.g\. lab:1"):
        EmbeddingBaseline(PROFILES, vectors, embedder)


def test_embedding_returns_fewer_than_k_when_fewer_are_eligible() -> None:
    embedder = WordEmbedder()
    baseline = EmbeddingBaseline(PROFILES, ingested(embedder), embedder)
    [ranked] = baseline.rank_all([need("vino", kinds=frozenset({"lab"}))], k=10)
    assert ranked == ["lab:1"]
    assert baseline.rank_all([], k=10) == []


def test_the_matcher_request_excludes_the_requester_and_keeps_the_filters() -> None:
    asked = request(
        need(
            "gomma",
            firm_id="firm:alfa",
            sector="22.19",
            territory=Territory(province="BG"),
            kinds=frozenset({"lab"}),
        )
    )
    assert asked.excluded_ids == {"firm:alfa"}
    assert (asked.firm_id, asked.sector, asked.place, asked.kinds, asked.k) == (
        "firm:alfa", "22.19", Place(province="BG", country="IT"), frozenset({"lab"}), 10,
    )  # fmt: skip
    assert request(need("gomma")).excluded_ids == frozenset()


def test_the_matcher_request_places_a_need_abroad_by_its_territory() -> None:
    ticino = request(need("gomma", territory=Territory(canton="TI")))
    assert ticino.place == Place(canton="TI", country="CH")
    assert request(need("gomma")).place is None


def test_scores_average_over_the_needs_that_have_answers() -> None:
    scores = score(
        [["a", "x"], ["y", "b"], ["z"]],
        [frozenset({"a"}), frozenset({"b", "c"}), frozenset()],
    )
    assert scores.mrr == pytest.approx((1 + 1 / 2) / 2)
    assert scores.recall_at_10 == pytest.approx((1 + 1 / 2) / 2)
    ideal_two = 1 + 1 / math.log2(3)
    assert scores.ndcg_at_10 == pytest.approx((1 + (1 / math.log2(3)) / ideal_two) / 2)


def test_the_spread_is_where_eligible_profiles_and_right_answers_fall() -> None:
    embedder = WordEmbedder()
    baseline = EmbeddingBaseline(PROFILES, ingested(embedder), embedder)
    needs = [need("gomma", firm_id="firm:alfa"), need("vino", kinds=frozenset({"expert"}))]
    similarity = baseline.similarity(needs)
    spread = baseline.spread(needs, [frozenset({"lab:1"}), frozenset({"expert:2"})], similarity)
    # eligible: four profiles for the first need (cosines 1, 0.707, 0.447, 0), two experts for
    # the second (0 and 1): the median falls between 0.447 and 0.707. Both right answers are at 1.
    assert spread.eligible_median == pytest.approx((0.4472 + 0.7071) / 2, abs=1e-3)
    assert (spread.right_median, spread.right_p90) == pytest.approx((1.0, 1.0))
    assert baseline.spread(needs, [frozenset(), frozenset()], similarity).right_p90 == 0.0
