"""The two single-signal baselines the matcher is measured against: words alone (BM25) and
meaning alone (embedding cosine), over the dataset's own profile texts.

They obey the same rules as the matcher — only the wanted kinds, never the requester — so
a difference in the figures comes from the ranking, not from a looser filter.
"""

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from services.embedding import Embedder
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
    """Brute-force cosine: the vectors are unit length, so a dot product is the cosine."""

    def __init__(self, profiles: Sequence[Profile], embedder: Embedder) -> None:
        self._profiles = profiles
        self._embedder = embedder
        self._vectors = _matrix(embedder, [profile.text for profile in profiles])

    def rank_all(self, needs: Sequence[Need], k: int) -> list[list[str]]:
        """The top k for each need, in order; needs are embedded together, in batches."""
        if not needs:
            return []
        similarity = _matrix(self._embedder, [need.text for need in needs]) @ self._vectors.T
        return [self._top(need, row, k) for need, row in zip(needs, similarity, strict=True)]

    def _top(self, need: Need, similarity: npt.NDArray[np.float32], k: int) -> list[str]:
        allowed = np.array([eligible(profile, need) for profile in self._profiles], dtype=bool)
        scores = np.where(allowed, similarity, -np.inf)
        # A stable sort keeps ties in dataset order, so a run is reproducible.
        order = np.argsort(-scores, kind="stable")[: min(k, int(allowed.sum()))]
        return [self._profiles[index].id for index in order]


def _matrix(embedder: Embedder, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    vectors = embedder.embed(texts) if texts else []
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), embedder.dimension)
