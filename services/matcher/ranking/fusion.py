"""Merging the candidate lists that retrieval produces (semantic, lexical, graph neighbours).

Reciprocal rank fusion needs only ranks, so scores on different scales (cosine, Lucene
BM25, hop counts) combine without calibration; it decides which candidates enter the pool,
while `services.matcher.ranking.rank` decides their final order.
"""

from collections.abc import Mapping, Sequence

RRF_K = 60
"""The constant of Cormack et al. (2009): damps the head so one list cannot dominate."""


def rrf(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1 / (k + rank) over the lists an id appears in, ranks counted from 1.

    A repeated id inside one list counts once, at its best rank: duplicates are retrieval
    noise, not extra evidence.
    """
    if k < 0:
        raise ValueError(f"k must not be negative, got {k}")
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(dict.fromkeys(ranking), start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def fused(rankings: Sequence[Sequence[str]], size: int, k: int = RRF_K) -> list[str]:
    """The `size` best ids by RRF, ties broken by id so the pool is reproducible."""
    scores = rrf(rankings, k)
    return sorted(scores, key=lambda item: (-scores[item], item))[:size]


def scale_to_unit(scores: Mapping[str, float]) -> dict[str, float]:
    """Divide by the best score, so an unbounded full-text score becomes a 0..1 lexical signal.

    Dividing by the maximum (not min-max) keeps a lone hit at 1 and a zero at 0.
    """
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return dict.fromkeys(scores, 0.0)
    return {item: max(score, 0.0) / best for item, score in scores.items()}
