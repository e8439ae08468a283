"""Waiting for an eventually consistent projection: poll with a deadline, never a fixed sleep."""

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

INTERVAL_S = 0.1
T = TypeVar("T")


class CatchUpTimeoutError(TimeoutError):
    pass


async def poll(
    read: Callable[[], T], holds: Callable[[T], bool], within: float, interval: float = INTERVAL_S
) -> T:
    """Read (blocking, so in a thread) until the value holds or the deadline passes; the last
    value read either way, so the caller decides what a late answer means."""
    deadline = time.monotonic() + within
    while True:
        value = await asyncio.to_thread(read)
        if holds(value) or time.monotonic() >= deadline:
            return value
        await asyncio.sleep(interval)


async def wait_until(condition: Callable[[], bool], within: float, what: str) -> None:
    """Poll the (blocking) condition until it holds; past the deadline, an error saying what."""
    if not await poll(condition, bool, within):
        raise CatchUpTimeoutError(f"{what} did not happen within {within:.0f}s")
