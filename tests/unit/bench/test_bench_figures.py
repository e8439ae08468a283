"""The benchmark's figures: percentiles by nearest rank, the exact top-k it judges the
vector index by, recall against it, and a match's time split at the model."""

from collections.abc import Sequence

import numpy as np
import pytest

from services.bench.figures import Latency, TimedEmbedder, exact_top, recall
from services.embedding import Vector


def test_percentiles_are_values_that_were_measured() -> None:
    runs = [float(n) for n in range(1, 101)]  # 1..100 seconds, shuffled order must not matter
    latency = Latency.of(list(reversed(runs)))
    assert (latency.p50, latency.p95, latency.p99) == (50.0, 95.0, 99.0)
    assert Latency.of([0.2]) == Latency(0.2, 0.2, 0.2)


def test_no_runs_have_no_percentiles() -> None:
    with pytest.raises(ValueError, match="no runs"):
        Latency.of([])


def test_exact_top_is_the_best_rows_best_first() -> None:
    vectors = np.array([[1, 0], [0.6, 0.8], [0, 1], [-1, 0]], dtype=np.float32)
    assert exact_top(vectors, [0.0, 1.0], 2) == [2, 1]
    assert exact_top(vectors, [1.0, 0.0], 10) == [0, 1, 2, 3]
    assert exact_top(vectors[:0], [1.0, 0.0], 10) == []


def test_recall_is_the_share_of_the_exact_top_found() -> None:
    assert recall(["a", "b", "x"], ["a", "b", "c", "d"]) == 0.5
    assert recall([], []) == 1.0


class _Slow:
    model_id, dimension = "slow==1", 2

    def queries(self, texts: Sequence[str]) -> list[Vector]:
        return [[1.0, 0.0] for _ in texts]

    def passages(self, texts: Sequence[str]) -> list[Vector]:
        return self.queries(texts)


def test_a_timed_embedder_answers_as_its_model_and_counts_its_time() -> None:
    timed = TimedEmbedder(_Slow())
    assert (timed.model_id, timed.dimension) == ("slow==1", 2)
    assert timed.queries(["a", "b"]) == [[1.0, 0.0], [1.0, 0.0]]
    after_one = timed.spent
    timed.passages(["c"])
    assert 0.0 < after_one < timed.spent
