"""Re-ranking signals: each a small pure function whose value lies in [0, 1].

Keeping every signal on the same scale is what lets `Weights` read as shares of the score
and lets an explanation say which signal carried a suggestion.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from services.matcher.ranking.model import PathStep, Place
from services.matcher.ranking.text import terms

TERRITORY_RADIUS_KM = 100.0
"""Beyond this a partner is no longer "nearby": about Bergamo to Milan and back again."""

REGION_SHARE = 0.3
"""Same NUTS-2 region, no coordinates to compare: about what the distance fade gives two
places drawn at random in a region of average size (some 17,500 km², e.g. Lombardy 24,000),
0.28 to 0.35; so a party without coordinates neither gains nor loses much against one with."""

NUTS_2 = 4
"""Characters of a NUTS-2 code: the country's two, then one per level (DE21 Upper Bavaria)."""

TOPICS_FOR_FULL_MARK = 3
"""Without declared need topics, three themes found in the text already make a strong match."""

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class TopicMatch:
    value: float
    matched: tuple[str, ...]


def unit(value: float) -> float:
    """Clamp to [0, 1]: retrieval scores arrive from adapters and may overshoot slightly."""
    return min(1.0, max(0.0, value))


def _same_theme(left: frozenset[str], right: frozenset[str]) -> bool:
    """Topics meet when one's stems contain the other's: "stampaggio" meets "stampaggi a
    iniezione" but "stampaggio" does not meet "stampa 3D" unless the stems say so."""
    return bool(left) and bool(right) and (left <= right or right <= left)


def topic_overlap(
    need_topics: Sequence[str], need_text: str, candidate_topics: Sequence[str]
) -> TopicMatch:
    """How much of the need the candidate's topics cover, and which of them matched.

    With declared need topics the value is the share of them covered; without, a candidate
    topic counts when all its stems occur in the need's text.
    """
    offered = {topic: terms(topic) for topic in dict.fromkeys(candidate_topics)}
    if need_topics:
        wanted = [terms(topic) for topic in dict.fromkeys(need_topics)]
        matched = tuple(
            topic for topic, stems in offered.items() if any(_same_theme(stems, w) for w in wanted)
        )
        covered = sum(any(_same_theme(w, stems) for stems in offered.values()) for w in wanted)
        return TopicMatch(covered / len(wanted), matched)
    in_text = terms(need_text)
    matched = tuple(topic for topic, stems in offered.items() if stems and stems <= in_text)
    return TopicMatch(min(1.0, len(matched) / TOPICS_FOR_FULL_MARK), matched)


def services_offered(
    need_services: Sequence[str], candidate_services: Sequence[str]
) -> tuple[str, ...]:
    """The need's services the candidate offers, in the need's order (the officer's)."""
    offered = set(candidate_services)
    return tuple(service for service in dict.fromkeys(need_services) if service in offered)


def service_share(need_services: Sequence[str], candidate_services: Sequence[str]) -> float:
    """The share of the need's services the candidate offers; 0 when the need names none, so
    no partner gains on a question the officer did not ask."""
    wanted = dict.fromkeys(need_services)
    return len(services_offered(need_services, candidate_services)) / len(wanted) if wanted else 0.0


def is_cross_sector(firm_section: str | None, candidate_section: str | None) -> bool:
    """Both ATECO sections known and different: the kind of pairing contamination rewards."""
    if firm_section is None or candidate_section is None:
        return False
    return firm_section.strip().upper() != candidate_section.strip().upper()


def contamination(
    firm_section: str | None, candidate_section: str | None, relevance: float, gate: float
) -> float:
    """1 for a partner from another sector that still matches the need, else 0.

    The gate is the point of the signal: a far-away sector is only worth preferring when
    the partner is relevant, so an irrelevant partner never rises on novelty alone.
    """
    relevant = relevance >= gate
    return 1.0 if relevant and is_cross_sector(firm_section, candidate_section) else 0.0


TERRITORY_RELATION = "located_in"

MEANING_FLOOR = 0.25
"""Calibrated closeness (0: a typical eligible profile, 1: a close right answer) a partner needs
for its meaning alone to count as a reason about the need."""

WORDS_FLOOR = 0.1
"""Share of the best full-text score a partner needs for its words alone to count."""


def has_reason(values: Mapping[str, float], closeness: float) -> bool:
    """Whether anything about this need speaks for the partner: its meaning, its words, its
    topics, a service the need calls for, or similar past projects. Context (place, path,
    sector, availability, feedback) is never a reason on its own."""
    return (
        closeness >= MEANING_FLOOR
        or values["lexical"] >= WORDS_FLOOR
        or values["topics"] > 0
        or values["services"] > 0
        or values["experience"] > 0
        or values["history"] > 0
    )


def proximity(path: Sequence[PathStep]) -> float:
    """1 / hops of the warm-introduction path: a direct link is 1, one intermediary 0.5.

    No path scores 0; the officer would have to make a cold introduction. A path that only
    runs through the shared province is no introduction at all (the territory signal
    already counts the province), so it scores 0 too.
    """
    if not path or any(step.relation == TERRITORY_RELATION for step in path):
        return 0.0
    return 1.0 / len(path)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Shared:
    """The place two parties have in common: a province, a canton, or a NUTS area."""

    unit: str
    code: str


def shared(here: Place, there: Place) -> Shared | None:
    """The smallest named place both lie in, from what both declare.

    A NUTS-3 area counts as local as a province (Italy's NUTS-3 areas are its provinces,
    ITC46 is Bergamo); a NUTS-2 region is wider; a country says nothing of nearness, as even
    Switzerland is three times the 100 km horizon across.
    """
    for unit in ("province", "canton"):
        code = getattr(here, unit)
        if code is not None and code == getattr(there, unit):
            return Shared(unit, code)
    mine, theirs = here.region or "", there.region or ""
    if len(mine) > NUTS_2 and mine == theirs:
        return Shared("area", mine)
    if len(mine) >= NUTS_2 and len(theirs) >= NUTS_2 and mine[:NUTS_2] == theirs[:NUTS_2]:
        return Shared("region", mine[:NUTS_2])
    return None


def territory(here: Place, there: Place) -> float:
    """1 in the same province, canton or NUTS-3 area (how officers think); otherwise fading
    linearly with distance; where a coordinate is missing, `REGION_SHARE` in the same NUTS-2
    region.

    Unknown places score 0 rather than a guess, so missing data never looks like nearness.
    """
    common = shared(here, there)
    if common is not None and common.unit != "region":
        return 1.0
    if here.coordinates is not None and there.coordinates is not None:
        return unit(1.0 - distance_km(here.coordinates, there.coordinates) / TERRITORY_RADIUS_KM)
    return REGION_SHARE if common is not None else 0.0


def feedback(accepted: int, declined: int) -> float:
    """Laplace-smoothed accept rate: 0.5 without history, so one refusal is not a verdict."""
    accepted, declined = max(accepted, 0), max(declined, 0)
    return (accepted + 1) / (accepted + declined + 2)
