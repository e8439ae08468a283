import json
from pathlib import Path

import numpy as np
import pytest

from services.matcher.ranker import Group, RankerError, load, train
from services.matcher.ranking.model import SIGNALS, Candidate, NeedQuery, PathStep
from services.matcher.ranking.rank import rank

NEED = NeedQuery(text="dati ambientali per la banca", firm_id="firm:rossi", province="BG")


def groups(deciding: str, count: int = 60, seed: int = 3) -> list[Group]:
    """Needs whose right answers are exactly the candidates high on one signal."""
    rng = np.random.default_rng(seed)
    made = []
    for _ in range(count):
        values = rng.random((30, len(SIGNALS)))
        column = values[:, SIGNALS.index(deciding)]
        made.append(Group(values, column > 0.8))
    return made


def test_a_trained_ranker_learns_the_signal_that_decides_and_round_trips(tmp_path: Path) -> None:
    ranker = train(groups("experience"), "synthetic")
    rows = np.full((2, len(SIGNALS)), 0.5)
    rows[0, SIGNALS.index("experience")] = 0.95
    first, second = ranker.scores(rows)
    assert first > second

    path = tmp_path / "ranker.json"
    ranker.save(path)
    again = load(path)
    assert again.trained_on == "synthetic"
    assert again.scores(rows) == pytest.approx(ranker.scores(rows))


def test_contributions_sum_to_the_score_less_a_constant() -> None:
    ranker = train(groups("semantic"), "synthetic")
    rows = [
        dict(zip(SIGNALS, np.random.default_rng(n).random(len(SIGNALS)), strict=True))
        for n in range(5)
    ]
    shares = ranker.contributions(rows)
    matrix = np.array([[row[name] for name in SIGNALS] for row in rows])
    offsets = ranker.scores(matrix) - np.array([sum(s.values()) for s in shares])
    assert set(shares[0]) == set(SIGNALS)
    assert offsets == pytest.approx(np.full(5, offsets[0]))


def test_even_a_ranker_that_loves_context_never_brings_in_a_partner_without_a_reason() -> None:
    ranker = train(groups("proximity"), "context only")
    path = (PathStep("expert:x", "X", "expert", "collaborated_with"),)
    nearby = Candidate("firm:garage", "firm", "Garage", semantic=0.1, closeness=0.1, path=path)
    relevant = Candidate("lab:lca", "lab", "LCA", semantic=0.6, closeness=0.6)
    assert [s.candidate.id for s in rank(NEED, [nearby, relevant], scorer=ranker)] == ["lab:lca"]


def test_a_file_for_other_signals_or_no_ranker_at_all_is_refused(tmp_path: Path) -> None:
    ranker = train(groups("lexical"), "synthetic")
    path = tmp_path / "ranker.json"
    ranker.save(path)
    document = json.loads(path.read_text())
    path.write_text(json.dumps(document | {"signals": ["semantic"]}))
    with pytest.raises(RankerError, match="train it again"):
        load(path)
    # A ranker fitted before needs could name their services has one column fewer.
    before_services = [name for name in SIGNALS if name != "services"]
    path.write_text(json.dumps(document | {"signals": before_services}))
    with pytest.raises(RankerError, match="train it again"):
        load(path)
    path.write_text("not json")
    with pytest.raises(RankerError, match="not a ranker file"):
        load(path)


def test_training_without_a_right_answer_is_refused() -> None:
    empty = [Group(np.zeros((3, len(SIGNALS))), np.zeros(3, dtype=bool))]
    with pytest.raises(ValueError, match="no labelled need"):
        train(empty, "nothing")
