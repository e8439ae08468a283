"""Several models as one: their unit vectors side by side, each scaled by 1/sqrt(n).

The result is unit length again, and its dot product with another fused vector is the mean
of the parts' cosines, so the vector index ranks by the models' average opinion.
"""

import math
from collections.abc import Callable, Sequence

from services.embedding import Embedder, Vector


class Fused:
    def __init__(self, parts: Sequence[Embedder]) -> None:
        if len(parts) < 2:
            raise ValueError("a fused model needs at least two models joined by '+'")
        self.parts = tuple(parts)
        self.model_id = "+".join(part.model_id for part in parts)
        self.dimension = sum(part.dimension for part in parts)
        self._scale = 1.0 / math.sqrt(len(parts))

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return self._join([part.queries for part in self.parts], texts)

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self._join([part.passages for part in self.parts], texts)

    def _join(
        self, encoders: Sequence[Callable[[Sequence[str]], list[Vector]]], texts: Sequence[str]
    ) -> list[Vector]:
        columns = [encode(texts) for encode in encoders]
        rows = zip(*columns, strict=True)
        return [[x * self._scale for part in row for x in part] for row in rows]
