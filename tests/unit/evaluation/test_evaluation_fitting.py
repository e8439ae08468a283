import random
from dataclasses import replace

import pytest

from services.evaluation.dataset import half
from services.evaluation.fitting import SWITCH_ON, fit, normalised, ranked, table
from services.matcher.ranking.model import SIGNALS, Candidate, NeedQuery, Weights
from services.matcher.ranking.rank import rank


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


def test_a_table_ranks_exactly_as_the_matcher_does_under_any_weights() -> None:
    rng = random.Random(7)  # noqa: S311 - test data, not a secret
    need = NeedQuery(
        text="stampaggio plastiche riciclate",
        firm_id="firm:a",
        firm_sector_section="C",
        province="BG",
        kinds=frozenset({"expert", "lab"}),
        k=5,
    )
    candidates = [
        Candidate(
            f"c{n:02d}",
            rng.choice(["expert", "lab", "firm"]),
            f"C{n}",
            organisation_id=rng.choice(["org:x", "org:y", None]),
            sector_section=rng.choice(["C", "M", None]),
            topics=tuple(rng.sample(["stampaggio", "plastiche", "riciclo", "vernici"], 2)),
            province=rng.choice(["BG", "MI"]),
            semantic=round(rng.random(), 1),  # coarse, so ties happen and must break by id
            lexical=round(rng.random(), 1),
            experience=rng.random(),
        )
        for n in range(40)
    ]
    found = table(need, candidates, gate=0.25)
    for _ in range(20):
        weights = Weights(**{name: rng.choice([0.0, 0.1, 0.3]) for name in SIGNALS})
        expected = [s.candidate.id for s in rank(need, candidates, weights, 2)]
        assert ranked(found, weights, 2) == expected
    assert len(found.ids) < len(candidates)  # the kind filter ran
