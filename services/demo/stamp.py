"""Deterministic envelopes: the same seed gives the same event ids and times on every run."""

from datetime import UTC, datetime, timedelta
from uuid import NAMESPACE_URL, UUID, uuid5

SOURCE = "contamina-demo"
_BASE = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


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
