"""Ranking weights fitted to labelled needs, by a method a reader can follow.

Coordinate ascent (Metzler and Croft, "Linear feature-based models for information
retrieval", 2007): starting from the configured weights, each signal's weight in turn is
switched off, halved, doubled (or, when off, switched on at `SWITCH_ON`), and a change is kept
when it raises the mean nDCG@10 over the *fit* half of the needs; rounds repeat until none
helps or `ROUNDS` have run. The weights are then scaled to sum to 1 (a ranking does not change
when every weight is scaled alike) and reported on the other half, which the fit never saw.

Ranking a prepared need is pure and cheap (`Matcher.rank`), so each trial re-ranks the
candidates retrieved once; a change that needs another retrieval (the query focusing) is
fitted once per retrieval and the better on the fit half is kept.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

from services.matching.model import SIGNALS, Weights

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
