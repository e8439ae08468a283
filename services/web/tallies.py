"""The dashboard's arithmetic over the graph's rows (`graph.dashboard`): plain functions, so
they are tested without servers.

Percentiles interpolate linearly between the closest ranks (numpy's default): the median of
[1, 2, 3, 4] is 2.5 and its 90th percentile 3.7. Topics are counted once per need, however a
need writes them ("Attività" and "attivita" are one topic), under their most used spelling.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from schemas.dashboard import Durations, GroupSeries, MonthCount, Share, TopicCount
from services.matcher.ranking.signals import is_cross_sector
from services.matcher.ranking.text import fold

HOUR_S = 3600.0


def month_of(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def months(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every month from the first to the last with a need, gaps included."""
    seen = sorted({(int(row["year"]), int(row["month"])) for row in rows})
    if not seen:
        return []
    (year, month), last = seen[0], seen[-1]
    found = []
    while (year, month) <= last:
        found.append(month_of(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def series(rows: Sequence[dict[str, Any]], every_month: Sequence[str]) -> list[GroupSeries]:
    """Rows of year, month, id, name, needs as one series per group over every month, the
    largest first; the group without id (no association, no office) last."""
    counts: dict[str | None, Counter[str]] = defaultdict(Counter)
    names: dict[str | None, str | None] = {}
    for row in rows:
        counts[row["id"]][month_of(row["year"], row["month"])] += int(row["needs"])
        names[row["id"]] = row["name"]
    groups = [
        GroupSeries(
            id=group,
            name=names[group],
            total=sum(counted.values()),
            months=[MonthCount(month=m, needs=counted[m]) for m in every_month],
        )
        for group, counted in counts.items()
    ]
    return sorted(groups, key=lambda g: (g.id is None, -g.total, g.name or "", g.id or ""))


def share(part: int, whole: int) -> Share:
    return Share(part=part, whole=whole, share=part / whole if whole else None)


def cross_sector(rows: Iterable[dict[str, Any]]) -> Share:
    """Accepted partners of another ATECO section than the firm's, of all accepted (an
    unknown section is not another sector, as the matcher judges)."""
    pairs = [is_cross_sector(row["firm_section"], row["partner_section"]) for row in rows]
    return share(sum(pairs), len(pairs))


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0 to 100), linearly interpolated; None of nothing."""
    if not values:
        return None
    ordered = sorted(values)
    at = (len(ordered) - 1) * q / 100
    low, high = math.floor(at), math.ceil(at)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def durations(seconds: Iterable[float]) -> Durations:
    """Median and 90th percentile in hours. A need updated after its first acceptance (its
    `updated_at` is then later) counts as accepted at once, never as a negative time."""
    hours = [max(0.0, float(s)) / HOUR_S for s in seconds]
    median, p90 = percentile(hours, 50), percentile(hours, 90)
    return Durations(
        count=len(hours),
        median_hours=None if median is None else round(median, 2),
        p90_hours=None if p90 is None else round(p90, 2),
    )


def top_topics(rows: Iterable[dict[str, Any]], limit: int = 10) -> list[TopicCount]:
    """The topics most needs ask for, by folded spelling; ties by name."""
    needs: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        keys = set()
        for topic in row["topics"]:
            key = fold(topic.strip())
            if key:
                keys.add(key)
                spellings[key][topic.strip()] += 1
        needs.update(keys)
    named = [(spellings[key].most_common(1)[0][0], count) for key, count in needs.items()]
    named.sort(key=lambda pair: (-pair[1], fold(pair[0])))
    return [TopicCount(topic=topic, needs=count) for topic, count in named[:limit]]
