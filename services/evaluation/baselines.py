"""The two single-signal baselines the matcher is measured against: words alone (BM25) and
meaning alone (embedding cosine), over the dataset's own profile texts.

They obey the matcher's rules — only the wanted kinds, never the requester — so a difference
in the figures comes from the ranking, not from a looser filter; but for one: they rank every
kind of profile, associations too, which the matcher never suggests (they are where officers
work, not partners). Where a dataset's right answers include associations (cordis-dev's
public bodies), BM25 among partners alone is the like-for-like comparison.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from services.embedding import Embedder, Vector
from services.evaluation.bm25 import BM25Index
from services.evaluation.dataset import Need, Profile


def eligible(profile: Profile, need: Need) -> bool:
    """A profile the need may be answered with: of a wanted kind (any, if none), not the firm."""
    return profile.id != need.firm_id and (not need.kinds or profile.kind in need.kinds)


class BM25Baseline:
    """BM25 over every profile, or (`kinds`) over those of the kinds given: the matcher only
    ever suggests partners, so the baseline among partners is the like-for-like comparison."""

    def __init__(self, profiles: Sequence[Profile], kinds: Collection[str] | None = None) -> None:
        self._profiles = profiles
        self._other_kinds = frozenset(
            p.id for p in profiles if kinds is not None and p.kind not in kinds
        )
        self._index = BM25Index({profile.id: profile.text for profile in profiles})

    def rank(self, need: Need, k: int) -> list[str]:
        excluded = {p.id for p in self._profiles if not eligible(p, need)} | self._other_kinds
        return [doc_id for doc_id, _ in self._index.search(need.text, k, exclude=excluded)]


@dataclass(frozen=True)
class Spread:
    eligible_median: float
    right_median: float
    right_p90: float


class EmbeddingBaseline:
    """Brute-force cosine over the profiles' vectors as ingested (the ones the matcher's vector
    index holds); needs are embedded as queries. Unit vectors: a dot product is the cosine."""

    def __init__(
        self, profiles: Sequence[Profile], vectors: Mapping[str, Vector], embedder: Embedder
    ) -> None:
        if missing := [p.id for p in profiles if p.id not in vectors]:
            raise ValueError(f"{len(missing)} profiles have no vector, e.g. {missing[0]}")
        self._profiles = profiles
        self._embedder = embedder
        self._vectors = _matrix([vectors[p.id] for p in profiles], embedder.dimension)

    def similarity(self, needs: Sequence[Need]) -> npt.NDArray[np.float32]:
        """Cosines, a row per need and a column per profile; needs are embedded together."""
        asked = self._embedder.queries([need.text for need in needs]) if needs else []
        return _matrix(asked, self._embedder.dimension) @ self._vectors.T

    def rank_all(
        self, needs: Sequence[Need], k: int, similarity: npt.NDArray[np.float32] | None = None
    ) -> list[list[str]]:
        """The top k for each need, in order, from `similarity` if it was computed already."""
        if not needs:
            return []
        cosines = self.similarity(needs) if similarity is None else similarity
        return [self._top(need, row, k) for need, row in zip(needs, cosines, strict=True)]

    def spread(
        self,
        needs: Sequence[Need],
        answers: Sequence[frozenset[str]],
        similarity: npt.NDArray[np.float32],
    ) -> Spread:
        """Where the model puts an eligible profile and where it puts a right answer: what the
        matcher's semantic scale is calibrated from (services.embedding.calibration)."""
        eligible_cosines, right_cosines = [], []
        for need, found, row in zip(needs, answers, similarity, strict=True):
            allowed = self._allowed(need)
            right = allowed & np.array([profile.id in found for profile in self._profiles])
            eligible_cosines.append(row[allowed].astype(np.float64))
            right_cosines.append(row[right].astype(np.float64))
        rights = np.concatenate(right_cosines) if right_cosines else np.empty(0)
        if not rights.size:
            return Spread(0.0, 0.0, 0.0)
        return Spread(
            eligible_median=float(np.median(np.concatenate(eligible_cosines))),
            right_median=float(np.median(rights)),
            right_p90=float(np.percentile(rights, 90)),
        )

    def _allowed(self, need: Need) -> npt.NDArray[np.bool_]:
        """Which profiles the need may be answered with, in profile order."""
        return np.array([eligible(profile, need) for profile in self._profiles], dtype=bool)

    def _top(self, need: Need, similarity: npt.NDArray[np.float32], k: int) -> list[str]:
        allowed = self._allowed(need)
        scores = np.where(allowed, similarity, -np.inf)
        # A stable sort keeps ties in dataset order, so a run is reproducible.
        order = np.argsort(-scores, kind="stable")[: min(k, int(allowed.sum()))]
        return [self._profiles[index].id for index in order]


def _matrix(vectors: Sequence[Vector], dimension: int) -> npt.NDArray[np.float32]:
    return np.asarray(vectors, dtype=np.float32).reshape(len(vectors), dimension)
