"""Ranking metrics with binary relevance, for comparing the matcher with baselines.

A ranked list is read as its distinct ids in order: a repeated id neither earns gain twice
nor takes a slot, so a retrieval bug that duplicates a hit cannot inflate a score. A query
without relevant items scores 0 on every metric; leave such queries out of averages.
"""

import math
from collections.abc import Collection, Iterable, Sequence


def _distinct(ranked: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(ranked))


def _top(ranked: Sequence[str], k: int) -> list[str]:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    return _distinct(ranked)[:k]


def dcg_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Discounted cumulative gain: a hit at rank r is worth 1 / log2(r + 1)."""
    return sum(
        1.0 / math.log2(rank + 1)
        for rank, item in enumerate(_top(ranked, k), start=1)
        if item in relevant
    )


def ndcg_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """DCG over the best DCG possible with this many relevant items (at most k of them).

    A list shorter than k is not penalised for its length, only for the hits it misses.
    """
    gain = dcg_at_k(ranked, relevant, k)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(set(relevant)), k) + 1))
    return gain / ideal if ideal else 0.0


def recall_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Share of the relevant items found in the first k."""
    found, wanted = _top(ranked, k), set(relevant)
    return len(wanted.intersection(found)) / len(wanted) if wanted else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: Collection[str]) -> float:
    """1 / rank of the first relevant item; 0 when none is found."""
    for rank, item in enumerate(_distinct(ranked), start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def mean_reciprocal_rank(runs: Iterable[tuple[Sequence[str], Collection[str]]]) -> float:
    """MRR over (ranked, relevant) pairs, one per query; 0 for no queries."""
    ranks = [reciprocal_rank(ranked, relevant) for ranked, relevant in runs]
    return sum(ranks) / len(ranks) if ranks else 0.0


def precision_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Share of the first k slots holding a relevant item; a shorter list's empty slots count
    as misses, so padding and honesty are told apart by success, not by precision."""
    return len(set(relevant).intersection(_top(ranked, k))) / k


def success_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """1 when a relevant item is among the first k, else 0: whether the officer, reading the
    first k suggestions, finds somebody worth sending the firm to."""
    return 1.0 if set(relevant).intersection(_top(ranked, k)) else 0.0
