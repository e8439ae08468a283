"""From a need and its annotated candidates to the top k explained suggestions.

Filter, keep the candidates with a reason about the need, score every signal, sort (ties by
id, so a replayed need ranks identically), then walk the list capping each organisation: one
lab with ten researchers must not fill the officer's shortlist. Fewer than k honest
suggestions beat k padded ones.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from services.matcher.ranking import signals
from services.matcher.ranking.explain import Evidence, explain, path_in_words
from services.matcher.ranking.filters import is_admissible
from services.matcher.ranking.model import RELEVANCE, Candidate, NeedQuery, Suggestion, Weights

T = TypeVar("T")


def signal_values(
    need: NeedQuery, candidate: Candidate, gate: float
) -> tuple[dict[str, float], tuple[str, ...]]:
    """Every signal's value in [0, 1] for this pair, plus the candidate topics that matched;
    with contamination off (the officer asked for pure relevance) its value is 0."""
    topics = signals.topic_overlap(need.topics, need.text, candidate.topics)
    services = signals.service_share(need.services, candidate.services)
    semantic = signals.unit(candidate.semantic)
    relevance = max(semantic, topics.value, services)
    values = {
        "semantic": semantic,
        "lexical": signals.unit(candidate.lexical),
        "topics": topics.value,
        "services": services,
        "experience": signals.unit(candidate.experience),
        "history": signals.unit(candidate.history),
        "contamination": signals.contamination(
            need.firm_sector_section, candidate.sector_section, relevance, gate
        )
        if need.contamination
        else 0.0,
        "proximity": signals.proximity(candidate.path),
        "territory": signals.territory(need.place, candidate.place),
        "availability": signals.unit(candidate.availability),
        "feedback": signals.feedback(candidate.accepted, candidate.declined),
    }
    return values, topics.matched


def gated(values: Mapping[str, float], weights: Weights) -> dict[str, float]:
    """Weight times value per signal, the context's scaled by the share of the relevance the
    candidate reaches: a multiplicative gate, so context reorders relevant partners and adds
    nothing to an irrelevant one. The contributions still sum to the score."""
    relevance = sum(weights.by_signal()[name] * values[name] for name in RELEVANCE)
    gate = min(1.0, relevance / weights.relevance) if weights.relevance > 0 else 1.0
    return {
        name: weight * values[name] * (1.0 if name in RELEVANCE else gate)
        for name, weight in weights.by_signal().items()
    }


class Scorer(Protocol):
    """How candidates' signal values become scores: each signal's contribution, which sum to
    the score. The hand-set `WeightedSum` is the fallback; a learned ranker
    (services.matcher.ranker) is the other."""

    def contributions(self, rows: Sequence[Mapping[str, float]]) -> list[dict[str, float]]: ...


@dataclass(frozen=True)
class WeightedSum:
    weights: Weights

    def contributions(self, rows: Sequence[Mapping[str, float]]) -> list[dict[str, float]]:
        return [gated(values, self.weights) for values in rows]


def suggest(need: NeedQuery, candidate: Candidate, weights: Weights) -> Suggestion:
    """Score one admissible candidate with hand-set weights and explain the score."""
    values, matched = signal_values(need, candidate, weights.contamination_gate)
    return _suggestion(need, candidate, values, matched, gated(values, weights))


def _suggestion(
    need: NeedQuery,
    candidate: Candidate,
    values: dict[str, float],
    matched: tuple[str, ...],
    contributions: dict[str, float],
) -> Suggestion:
    evidence = Evidence(need, candidate, values, matched)
    return Suggestion(
        candidate=candidate,
        score=sum(contributions.values()),
        values=values,
        contributions=contributions,
        matched_topics=matched,
        path=candidate.path,
        path_text=path_in_words(need.firm_name, candidate.path, need.language),
        explanation=explain(evidence, contributions),
    )


def diversify(
    ranked: Iterable[T],
    max_per_organisation: int,
    k: int,
    organisation: Callable[[T], str],
) -> list[T]:
    """The first k items with at most `max_per_organisation` from any one organisation, as
    `organisation` reads it off an item (a suggestion, or a row of the fit's tables)."""
    if max_per_organisation < 1:
        raise ValueError(f"max_per_organisation must be at least 1, got {max_per_organisation}")
    taken: Counter[str] = Counter()
    kept: list[T] = []
    for item in ranked:
        owner = organisation(item)
        if taken[owner] < max_per_organisation:
            taken[owner] += 1
            kept.append(item)
            if len(kept) == k:
                break
    return kept


def _unique(candidates: Sequence[Candidate]) -> Sequence[Candidate]:
    """Retrieval lists overlap; their annotations must be merged per id before ranking,
    otherwise one copy would silently lose its semantic or lexical score."""
    ids = Counter(candidate.id for candidate in candidates)
    repeated = sorted(item for item, count in ids.items() if count > 1)
    if repeated:
        raise ValueError(f"candidates repeated, merge them first: {', '.join(repeated)}")
    return candidates


def reasoned(
    need: NeedQuery, candidates: Sequence[Candidate], gate: float
) -> list[tuple[Candidate, dict[str, float], tuple[str, ...]]]:
    """The admissible candidates with a reason about the need (`signals.has_reason`), with
    their signal values and matched topics."""
    kept = []
    for candidate in _unique(candidates):
        if not is_admissible(need, candidate):
            continue
        values, matched = signal_values(need, candidate, gate)
        if signals.has_reason(values, candidate.closeness):
            kept.append((candidate, values, matched))
    return kept


def rank(
    need: NeedQuery,
    candidates: Sequence[Candidate],
    weights: Weights = Weights(),  # noqa: B008 - frozen, so a shared default is safe
    max_per_organisation: int = 2,
    scorer: Scorer | None = None,
) -> list[Suggestion]:
    """The top `need.k` suggestions, scored by `scorer` (the weights' sum when None); with
    contamination off the ranking is pure relevance."""
    kept = reasoned(need, candidates, weights.contamination_gate)
    contributions = (scorer or WeightedSum(weights)).contributions([v for _, v, _ in kept])
    scored = [
        _suggestion(need, candidate, values, matched, shares)
        for (candidate, values, matched), shares in zip(kept, contributions, strict=True)
    ]
    scored.sort(key=lambda suggestion: (-suggestion.score, suggestion.candidate.id))
    return diversify(scored, max_per_organisation, need.k, lambda s: s.candidate.organisation)
