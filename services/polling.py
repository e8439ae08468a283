"""Waiting for an eventually consistent projection: poll with a deadline, never a fixed sleep."""

import asyncio
import time
from collections.abc import Callable


class CatchUpTimeoutError(TimeoutError):
    pass


async def wait_until(condition: Callable[[], bool], within: float, what: str) -> None:
    """Poll the (blocking) condition in a thread until it holds or the deadline passes."""
    deadline = time.monotonic() + within
    while not await asyncio.to_thread(condition):
        if time.monotonic() > deadline:
            raise CatchUpTimeoutError(f"{what} did not happen within {within:.0f}s")
        await asyncio.sleep(0.1)
