"""Ranking weights fitted to labelled needs, by a method a reader can follow.

Coordinate ascent (Metzler and Croft, "Linear feature-based models for information
retrieval", 2007): starting from the configured weights, each signal's weight in turn is
switched off, halved, doubled (or, when off, switched on at `SWITCH_ON`), and a change is kept
when it raises the mean nDCG@10 over the *fit* half of the needs; rounds repeat until none
helps or `ROUNDS` have run. The weights are then scaled to sum to 1 (a ranking does not change
when every weight is scaled alike) and reported on the other half, which the fit never saw.

Each trial re-ranks the candidates retrieved once: every admissible candidate's signal
values are computed once per need (`Table`), so a trial is one matrix product and a sort per
need. A change that needs another retrieval (the query focusing) is fitted once per retrieval
and the better on the fit half is kept.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from services.matcher.ranking.model import RELEVANCE, SIGNALS, Candidate, NeedQuery, Weights
from services.matcher.ranking.rank import diversify, reasoned

FACTORS = (0.0, 0.5, 2.0)
SWITCH_ON = 0.05
ROUNDS = 3
MIN_GAIN = 1e-6


@dataclass(frozen=True)
class Fitted:
    weights: Weights
    fit_score: float
    trials: int


def fit(score: Callable[[Weights], float], start: Weights) -> Fitted:
    """Weights that score at least as well as `start` on the fit half, by coordinate ascent."""
    best, best_score, trials = start, score(start), 1
    for _ in range(ROUNDS):
        improved = False
        for signal in SIGNALS:
            for trial in _trials(best, signal):
                trials += 1
                if (value := score(trial)) > best_score + MIN_GAIN:
                    best, best_score, improved = trial, value, True
        if not improved:
            break
    return Fitted(normalised(best), best_score, trials)


def _trials(weights: Weights, signal: str) -> list[Weights]:
    current = getattr(weights, signal)
    values = [current * f for f in FACTORS] if current > 0 else [SWITCH_ON]
    others = sum(w for name, w in weights.by_signal().items() if name != signal)
    # A weight set with every signal off ranks nothing: never tried.
    return [replace(weights, **{signal: v}) for v in values if v != current and v + others > 0]


def normalised(weights: Weights) -> Weights:
    """The same ranking with weights that sum to 1, rounded for a configuration file."""
    total = sum(weights.by_signal().values())
    return replace(
        weights, **{name: round(w / total, 4) for name, w in weights.by_signal().items()}
    )


_RELEVANT = np.array([name in RELEVANCE for name in SIGNALS])
"""The relevance columns of a table; the context's are gated by them, as in `rank.gated`."""


@dataclass(frozen=True)
class Table:
    """A need's admissible candidates and their signal values, one row each (columns in
    `SIGNALS` order), sorted by id so that a stable sort breaks ties the way `rank` does."""

    need: NeedQuery
    ids: tuple[str, ...]
    organisations: tuple[str, ...]
    values: np.ndarray


def table(need: NeedQuery, candidates: Sequence[Candidate], gate: float) -> Table:
    """The values `rank` would score, computed once, of the candidates it would keep."""
    kept = sorted(reasoned(need, candidates, gate), key=lambda row: row[0].id)
    admissible = [candidate for candidate, _, _ in kept]
    rows = [values for _, values, _ in kept]
    values = np.array([[row[name] for name in SIGNALS] for row in rows], dtype=float)
    return Table(
        need,
        tuple(c.id for c in admissible),
        tuple(c.organisation for c in admissible),
        values.reshape(len(admissible), len(SIGNALS)),
    )


def ranked(found: Table, weights: Weights, max_per_organisation: int) -> list[str]:
    """The ids `rank` would suggest under these weights, without building the explanations."""
    weighted = found.values * np.array(list(weights.by_signal().values()))
    relevance = weighted[:, _RELEVANT].sum(axis=1)
    gate = np.minimum(1.0, relevance / weights.relevance) if weights.relevance > 0 else 1.0
    scores = relevance + weighted[:, ~_RELEVANT].sum(axis=1) * gate
    order = np.argsort(-scores, kind="stable")
    rows = diversify(
        order, max_per_organisation, found.need.k, lambda row: found.organisations[row]
    )
    return [found.ids[row] for row in rows]
