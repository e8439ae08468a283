import math

import pytest

from services.evaluation.metrics import (
    dcg_at_k,
    mean_reciprocal_rank,
    ndcg_at_k,
    recall_at_k,
    reciprocal_rank,
)


def test_dcg_discounts_by_log_rank() -> None:
    assert dcg_at_k(["a", "x", "b"], {"a", "b"}, k=3) == pytest.approx(1 + 1 / 2)


def test_ndcg_of_a_perfect_ranking_is_one() -> None:
    assert ndcg_at_k(["a", "b", "x"], {"a", "b"}, k=3) == pytest.approx(1.0)


def test_ndcg_of_a_partial_ranking() -> None:
    expected = (1 / math.log2(3)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["x", "a", "y"], {"a", "b"}, k=3) == pytest.approx(expected)


def test_ndcg_cuts_at_k() -> None:
    assert ndcg_at_k(["x", "y", "a"], {"a"}, k=2) == 0.0
    assert ndcg_at_k(["x", "y", "a"], {"a"}, k=3) == pytest.approx(0.5)


def test_ndcg_ideal_counts_at_most_k_relevant_items() -> None:
    assert ndcg_at_k(["a"], {"a", "b", "c"}, k=1) == pytest.approx(1.0)


def test_ndcg_with_fewer_results_than_k() -> None:
    assert ndcg_at_k(["a"], {"a"}, k=10) == pytest.approx(1.0)
    assert ndcg_at_k([], {"a"}, k=10) == 0.0


def test_duplicates_neither_count_twice_nor_take_a_slot() -> None:
    assert dcg_at_k(["a", "a", "b"], {"a", "b"}, k=2) == pytest.approx(1 + 1 / math.log2(3))
    assert ndcg_at_k(["a", "a", "a"], {"a", "b"}, k=3) == pytest.approx(1 / (1 + 1 / math.log2(3)))
    assert recall_at_k(["a", "a", "b"], {"a", "b"}, k=2) == 1.0
    assert reciprocal_rank(["x", "x", "a"], {"a"}) == 0.5


def test_no_relevant_items_score_zero() -> None:
    assert ndcg_at_k(["a", "b"], set(), k=2) == 0.0
    assert recall_at_k(["a", "b"], set(), k=2) == 0.0
    assert reciprocal_rank(["a", "b"], set()) == 0.0


def test_k_must_be_positive() -> None:
    with pytest.raises(ValueError, match="k must be at least 1"):
        ndcg_at_k(["a"], {"a"}, k=0)
    with pytest.raises(ValueError, match="k must be at least 1"):
        recall_at_k(["a"], {"a"}, k=-1)


def test_recall_at_k() -> None:
    assert recall_at_k(["a", "x", "b", "c"], {"a", "b", "c", "d"}, k=3) == 0.5
    assert recall_at_k(["a"], ["a", "a"], k=5) == 1.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(["x", "y", "a", "b"], {"a", "b"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x"], {"a"}) == 0.0


def test_mean_reciprocal_rank() -> None:
    runs = [(["a"], {"a"}), (["x", "a"], {"a"}), (["x"], {"a"})]
    assert mean_reciprocal_rank(runs) == pytest.approx((1 + 0.5 + 0) / 3)
    assert mean_reciprocal_rank([]) == 0.0
