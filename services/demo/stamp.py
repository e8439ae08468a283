"""Deterministic envelopes: the same seed gives the same event ids and times on every run.

The network arrives on one morning (`_BASE`, a second apart); its needs over the hub's year
after it, from `YEAR_FROM` to `YEAR_UNTIL`, so the coordinators' dashboard has months to count.
"""

from datetime import UTC, datetime, timedelta
from uuid import NAMESPACE_URL, UUID, uuid5

SOURCE = "contamina-demo"
_BASE = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
YEAR_FROM = datetime(2026, 1, 19, 9, 0, tzinfo=UTC)
YEAR_UNTIL = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


class Stamper:
    """Hands out event ids and times; the n-th event happens n seconds after the base."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._count = 0

    def event_id(self, event_type: str, key: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"{SOURCE}/{self._seed}/{event_type}/{key}")

    def next_time(self) -> datetime:
        self._count += 1
        return _BASE + timedelta(seconds=self._count)

    def in_the_year(self, index: int, count: int) -> datetime:
        """The `index`-th of `count` evenly spaced times of the hub's year, to the minute."""
        offset = (YEAR_UNTIL - YEAR_FROM) * index / max(count, 1)
        return YEAR_FROM + timedelta(minutes=offset // timedelta(minutes=1))
