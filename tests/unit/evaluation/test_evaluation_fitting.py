from dataclasses import replace

import pytest

from services.evaluation.dataset import half
from services.evaluation.fitting import SWITCH_ON, fit, normalised
from services.matching.model import Weights


def test_coordinate_ascent_keeps_only_changes_that_raise_the_fit_score() -> None:
    # A made-up score that wants lexical high, topics off and likes nothing else.
    def score(weights: Weights) -> float:
        return weights.lexical - weights.topics - abs(weights.semantic - 0.3)

    start = Weights()
    fitted = fit(score, start)

    raw = fitted.weights
    assert raw.topics == 0.0
    assert raw.lexical / raw.semantic > start.lexical / start.semantic  # lexical gained
    assert fitted.fit_score > score(start)
    assert sum(raw.by_signal().values()) == pytest.approx(1.0, abs=1e-3)
    assert fitted.trials > len(start.by_signal())


def test_a_score_nothing_improves_leaves_the_weights_as_they_were_in_proportion() -> None:
    start = Weights()
    fitted = fit(lambda weights: 0.5, start)
    assert fitted.weights == normalised(start)
    assert fitted.fit_score == 0.5


def test_a_signal_that_is_off_can_be_switched_on_and_never_all_are_off() -> None:
    only_semantic = Weights(**dict.fromkeys(Weights().by_signal(), 0.0) | {"semantic": 1.0})
    seen: list[Weights] = []

    def score(weights: Weights) -> float:
        seen.append(weights)
        return weights.proximity

    fitted = fit(score, only_semantic)
    assert any(w.proximity == SWITCH_ON for w in seen)
    assert all(sum(w.by_signal().values()) > 0 for w in seen)
    assert fitted.weights.proximity > 0


def test_normalised_weights_keep_the_gate_and_sum_to_one() -> None:
    doubled = replace(Weights(), **{k: 2 * v for k, v in Weights().by_signal().items()})
    assert normalised(doubled).by_signal() == pytest.approx(normalised(Weights()).by_signal())
    assert normalised(doubled).contamination_gate == Weights().contamination_gate


def test_the_split_is_fixed_by_the_need_id_and_roughly_even() -> None:
    ids = [f"need:{n:05d}" for n in range(1, 1001)]
    halves = [half(need_id) for need_id in ids]
    assert halves == [half(need_id) for need_id in ids]  # the same every time
    assert 450 < halves.count("fit") < 550
    assert set(halves) == {"fit", "report"}
