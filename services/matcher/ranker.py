"""A learned ranker: LightGBM's LambdaRank over the matcher's signals, trained on labelled
needs (a dataset's right answers, or officers' decisions).

It replaces the hand-set weights where labels exist; the weights stay the fallback. It
scores the same candidates the weights would (those with a reason about the need, see
`rank.reasoned`), so context signals still cannot bring in a partner on their own; and
each suggestion's contributions are LightGBM's own per-feature contributions
(`pred_contrib`, SHAP values), so the bar chart of a score stays exact: they sum to the
score, which is the model's output less its constant expected value (the same for every
candidate, so the order is the model's).

A ranker file is JSON: the format, the signals in column order, what it was trained on, and
LightGBM's model as text; a file made for other signals is refused rather than misread.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lightgbm
import numpy as np
import numpy.typing as npt

from services.matcher.ranking.model import SIGNALS

FORMAT = "contamina-ranker-1"
PARAMETERS: dict[str, Any] = {
    "objective": "lambdarank",
    "metric": "ndcg",
    "eval_at": [10],
    "lambdarank_truncation_level": 20,
    "learning_rate": 0.05,
    "num_leaves": 3,
    "min_data_in_leaf": 50,
    "feature_fraction": 1.0,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 2,
    "seed": 7,
    "verbosity": -1,
}
ROUNDS = 200
"""Small trees, many rounds: on cordis-dev (fitted on one half, scored on the other) 3 leaves
and 200 rounds reported 0.166 nDCG@10 where 15 leaves reported 0.141 and fitted the training
half at 0.396; the needs are few, so the model must stay close to additive."""


class RankerError(ValueError):
    """A ranker file that cannot be used; the message says why and which file."""


@dataclass(frozen=True)
class Group:
    """One labelled need: its candidates' signal values (columns in `SIGNALS` order) and
    whether each is a right answer."""

    values: npt.NDArray[np.float64]
    relevant: npt.NDArray[np.bool_]


@dataclass(frozen=True)
class LearnedRanker:
    booster: lightgbm.Booster
    trained_on: str

    def scores(self, values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The model's score of each row (columns in `SIGNALS` order)."""
        if len(values) == 0:
            return np.zeros(0)
        return np.asarray(self.booster.predict(values), dtype=float)

    def contributions(self, rows: Sequence[Mapping[str, float]]) -> list[dict[str, float]]:
        """Each row's per-signal contributions; their sum orders the rows as the model does."""
        if not rows:
            return []
        matrix = np.array([[row[name] for name in SIGNALS] for row in rows], dtype=float)
        shares = np.asarray(self.booster.predict(matrix, pred_contrib=True), dtype=float)
        return [dict(zip(SIGNALS, map(float, row[:-1]), strict=True)) for row in shares]

    def save(self, path: Path) -> None:
        document = {
            "format": FORMAT,
            "signals": list(SIGNALS),
            "trained_on": self.trained_on,
            "model": self.booster.model_to_string(),
        }
        path.write_text(json.dumps(document), encoding="utf-8")


def _useful(groups: Sequence[Group]) -> list[Group]:
    """Groups that can teach an order: a right answer and somebody to rank it above."""
    return [group for group in groups if group.relevant.any() and len(group.relevant) > 1]


def trainable(groups: Sequence[Group]) -> bool:
    return bool(_useful(groups))


def train(groups: Sequence[Group], trained_on: str) -> LearnedRanker:
    """LambdaRank on the groups that hold a right answer (the others teach it nothing)."""
    useful = _useful(groups)
    if not useful:
        raise ValueError("no labelled need has a right answer among its candidates")
    data = lightgbm.Dataset(
        np.vstack([group.values for group in useful]),
        label=np.concatenate([group.relevant for group in useful]).astype(int),
        group=[len(group.relevant) for group in useful],
        feature_name=list(SIGNALS),
        free_raw_data=False,
    )
    booster = lightgbm.train(PARAMETERS, data, num_boost_round=ROUNDS)
    return LearnedRanker(booster, trained_on)


def load(path: Path) -> LearnedRanker:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RankerError(f"{path}: not a ranker file ({error})") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RankerError(f"{path}: not a ranker file of format {FORMAT}")
    if document.get("signals") != list(SIGNALS):
        raise RankerError(
            f"{path}: trained on the signals {document.get('signals')}, the matcher has "
            f"{list(SIGNALS)}: train it again (contamina ranker fit)"
        )
    try:
        booster = lightgbm.Booster(model_str=document["model"])
    except (KeyError, lightgbm.basic.LightGBMError) as error:
        raise RankerError(f"{path}: its model cannot be read ({error})") from error
    return LearnedRanker(booster, str(document.get("trained_on", "")))
