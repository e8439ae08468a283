"""The figures a benchmark prints: latency percentiles, an exact top-k to judge the vector
index by, and timing a model's calls inside a match."""

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from services.embedding import Embedder, Vector


@dataclass(frozen=True)
class Latency:
    p50: float
    p95: float
    p99: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> "Latency":
        """Nearest-rank percentiles (the value below which that share of the runs fell)."""
        if not seconds:
            raise ValueError("no runs to take percentiles of")
        ordered = sorted(seconds)

        def rank(share: float) -> float:
            return ordered[max(0, math.ceil(share * len(ordered)) - 1)]

        return cls(rank(0.50), rank(0.95), rank(0.99))


def exact_top(vectors: npt.NDArray[np.float32], query: Sequence[float], k: int) -> list[int]:
    """The rows of `vectors` with the highest dot product with `query`, best first (the
    brute-force baseline: unit vectors, so cosine)."""
    scores = vectors @ np.asarray(query, dtype=vectors.dtype)
    k = min(k, len(scores))
    if k == 0:
        return []
    best = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in best[np.argsort(-scores[best], kind="stable")]]


def recall(found: Sequence[str], exact: Sequence[str]) -> float:
    """Share of the exact top-k that a search found (1.0 when there is nothing to find)."""
    return len(set(found) & set(exact)) / len(exact) if exact else 1.0


@dataclass
class TimedEmbedder:
    """An embedder that keeps the seconds its calls took, so a match's time splits into
    embedding the need and everything after it."""

    inner: Embedder
    spent: float = 0.0
    model_id: str = field(init=False)
    dimension: int = field(init=False)

    def __post_init__(self) -> None:
        self.model_id, self.dimension = self.inner.model_id, self.inner.dimension

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self._timed(self.inner.queries, texts)

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self._timed(self.inner.passages, texts)

    def _timed(
        self, encode: Callable[[Sequence[str]], list[Vector]], texts: Sequence[str]
    ) -> list[Vector]:
        started = time.perf_counter()
        try:
            return encode(texts)
        finally:
            self.spent += time.perf_counter() - started
