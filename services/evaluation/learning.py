"""Labelled needs as LambdaRank's training groups: each need's candidates (those `rank` would
score, with their signal values) and which of them are right answers."""

from collections.abc import Sequence

import numpy as np

from services.evaluation import fitting
from services.matcher.ranker import Group, LearnedRanker, train, trainable
from services.matcher.usecase import Prepared


def groups(
    prepared: Sequence[Prepared], answers: Sequence[frozenset[str]], gate: float
) -> list[Group]:
    found = []
    for need, right in zip(prepared, answers, strict=True):
        table = fitting.table(need.need, need.candidates, gate)
        found.append(Group(table.values, np.array([i in right for i in table.ids], dtype=bool)))
    return found


def train_on(
    prepared: Sequence[Prepared], answers: Sequence[frozenset[str]], gate: float, what: str
) -> LearnedRanker | None:
    """A ranker trained on these needs (`what` says which, in the ranker file); None when
    no need has a right answer among its candidates, so there is nothing to learn from."""
    found = groups(prepared, answers, gate)
    return train(found, what) if trainable(found) else None
