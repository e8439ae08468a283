import pytest

from services.matcher.ranking.fusion import fused, rrf, scale_to_unit


def test_rrf_sums_reciprocal_ranks_across_lists() -> None:
    scores = rrf([["a", "b", "c"], ["b", "d"]], k=60)
    assert scores == pytest.approx(
        {"a": 1 / 61, "b": 1 / 62 + 1 / 61, "c": 1 / 63, "d": 1 / 62},
    )


def test_rrf_favours_agreement_over_one_top_rank() -> None:
    scores = rrf([["a", "b"], ["c", "b"], ["d", "b"]])
    assert max(scores, key=scores.__getitem__) == "b"


def test_rrf_counts_a_repeat_within_one_list_once_at_its_best_rank() -> None:
    assert rrf([["a", "b", "a"]], k=0) == pytest.approx({"a": 1.0, "b": 0.5})


def test_rrf_of_nothing_is_empty() -> None:
    assert rrf([]) == {}
    assert rrf([[], []]) == {}


def test_rrf_refuses_a_negative_constant() -> None:
    with pytest.raises(ValueError, match="k must not be negative"):
        rrf([["a"]], k=-1)


def test_fused_orders_by_score_then_id_and_cuts() -> None:
    assert fused([["b", "a"], ["a", "b"], ["c"]], size=3) == ["a", "b", "c"]
    assert fused([["z", "y"], ["y", "z"]], size=1) == ["y"]


def test_scale_to_unit_divides_by_the_best() -> None:
    assert scale_to_unit({"a": 8.0, "b": 2.0, "c": 0.0}) == {"a": 1.0, "b": 0.25, "c": 0.0}


def test_scale_to_unit_without_positive_scores_is_all_zero() -> None:
    assert scale_to_unit({"a": 0.0, "b": -1.0}) == {"a": 0.0, "b": 0.0}
    assert scale_to_unit({}) == {}
