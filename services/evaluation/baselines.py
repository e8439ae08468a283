"""The two single-signal baselines the matcher is measured against: words alone (BM25) and
meaning alone (embedding cosine), over the dataset's own profile texts.

They obey the same rules as the matcher — only the wanted kinds, never the requester — so
a difference in the figures comes from the ranking, not from a looser filter.
"""

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from services.embedding import Embedder, Vector
from services.evaluation.bm25 import BM25Index
from services.evaluation.dataset import Need, Profile


def eligible(profile: Profile, need: Need) -> bool:
    """A profile the need may be answered with: of a wanted kind (any, if none), not the firm."""
    return profile.id != need.firm_id and (not need.kinds or profile.kind in need.kinds)


class BM25Baseline:
    def __init__(self, profiles: Sequence[Profile]) -> None:
        self._profiles = profiles
        self._index = BM25Index({profile.id: profile.text for profile in profiles})

    def rank(self, need: Need, k: int) -> list[str]:
        excluded = {p.id for p in self._profiles if not eligible(p, need)}
        return [doc_id for doc_id, _ in self._index.search(need.text, k, exclude=excluded)]


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

    def rank_all(self, needs: Sequence[Need], k: int) -> list[list[str]]:
        """The top k for each need, in order; needs are embedded together, in batches."""
        if not needs:
            return []
        asked = self._embedder.queries([need.text for need in needs])
        similarity = _matrix(asked, self._embedder.dimension) @ self._vectors.T
        return [self._top(need, row, k) for need, row in zip(needs, similarity, strict=True)]

    def _top(self, need: Need, similarity: npt.NDArray[np.float32], k: int) -> list[str]:
        allowed = np.array([eligible(profile, need) for profile in self._profiles], dtype=bool)
        scores = np.where(allowed, similarity, -np.inf)
        # A stable sort keeps ties in dataset order, so a run is reproducible.
        order = np.argsort(-scores, kind="stable")[: min(k, int(allowed.sum()))]
        return [self._profiles[index].id for index in order]


def _matrix(vectors: Sequence[Vector], dimension: int) -> npt.NDArray[np.float32]:
    return np.asarray(vectors, dtype=np.float32).reshape(len(vectors), dimension)
