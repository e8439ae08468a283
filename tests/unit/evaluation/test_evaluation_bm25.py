import math

import pytest

from services.evaluation.bm25 import BM25Index

DOCS = {
    "lab:polimeri": "Laboratorio di stampaggio a iniezione di polimeri e plastiche riciclate",
    "expert:bianchi": "Esperta di stampaggio delle materie plastiche e di stampi",
    "lab:vino": "Analisi sensoriale del vino e delle uve",
    "firm:robot": "Robotic automation of moulding lines for plastics",
}


def test_search_ranks_by_bm25_and_skips_non_matching_docs() -> None:
    hits = BM25Index(DOCS).search("stampaggio plastica", k=10)
    assert [doc for doc, _ in hits] == ["expert:bianchi", "lab:polimeri", "firm:robot"]
    assert all(score > 0 for _, score in hits)


def test_stemmed_tokens_meet_across_inflections() -> None:
    hits = BM25Index(DOCS).search("stampaggi", k=10)
    assert {doc for doc, _ in hits} == {"lab:polimeri", "expert:bianchi"}


def test_score_matches_the_okapi_formula() -> None:
    docs = {"a": "polimeri polimeri stampi", "b": "vino", "c": "stampi vino"}
    index = BM25Index(docs, k1=1.2, b=0.5)
    idf = math.log(1 + (3 - 1 + 0.5) / (1 + 0.5))
    tf, length, average = 2, 3, 6 / 3
    expected = idf * tf * 2.2 / (tf + 1.2 * (1 - 0.5 + 0.5 * length / average))
    [(doc, score)] = index.search("polimero", k=5)
    assert doc == "a"
    assert score == pytest.approx(expected)


def test_repeated_query_words_count_once() -> None:
    index = BM25Index(DOCS)
    assert index.search("vino vino vino", k=1) == index.search("vino", k=1)


def test_search_cuts_at_k_and_honours_exclusions() -> None:
    index = BM25Index(DOCS)
    assert [doc for doc, _ in index.search("stampaggio plastica", k=1)] == ["expert:bianchi"]
    excluded = index.search("stampaggio plastica", k=10, exclude={"expert:bianchi"})
    assert [doc for doc, _ in excluded] == ["lab:polimeri", "firm:robot"]


def test_ties_are_broken_by_id() -> None:
    index = BM25Index({"b": "gomma", "a": "gomma", "c": "vetro"})
    assert [doc for doc, _ in index.search("gomma", k=5)] == ["a", "b"]


def test_empty_inputs() -> None:
    assert BM25Index({}).search("stampaggio", k=5) == []
    assert BM25Index(DOCS).search("il di the", k=5) == []
    assert BM25Index({"a": "", "b": "di"}).search("gomma", k=5) == []


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="k1"):
        BM25Index(DOCS, b=1.5)
    with pytest.raises(ValueError, match="k must be at least 1"):
        BM25Index(DOCS).search("vino", k=0)
