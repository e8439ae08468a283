"""Failures that are not rejections: retried with backoff, and bounded unless they pass.

A server that is down (Neo4j unavailable, Kafka unreachable) is waited out: the batch is
tried again after a growing pause for as long as it takes, and its offsets stay uncommitted.
Any other error (a model that fails on one text, a write the database refuses) is tried a
few times; if it persists, the batch is applied record by record and only the records that
still fail go to the dead-letter topic, with the error, so one poison pill never stalls a
partition.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from aiokafka.errors import KafkaError as AsyncKafkaError
from kafka.errors import KafkaError
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

from services.settings import Settings

T = TypeVar("T")
TRANSIENT = (
    ServiceUnavailable,
    SessionExpired,
    TransientError,
    KafkaError,
    AsyncKafkaError,
    OSError,  # connections refused or reset, time-outs
)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Retries:
    attempts: int = 3
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0

    @classmethod
    def of(cls, settings: Settings) -> "Retries":
        return cls(settings.retry_attempts, settings.retry_backoff_seconds)

    def pause(self, attempt: int) -> float:
        return float(min(self.backoff_seconds * 2**attempt, self.max_backoff_seconds))


def is_transient(error: BaseException) -> bool:
    return isinstance(error, TRANSIENT)


async def attempt(work: Callable[[], Awaitable[T]], retries: Retries, what: str) -> T:
    """`work()`, tried again after a pause while it fails: `retries.attempts` times in all,
    and as long as it takes when the failure is a server that is away."""
    tries = 0
    while True:
        try:
            return await work()
        except Exception as error:
            tries += 1
            if tries >= retries.attempts and not is_transient(error):
                raise
            pause = retries.pause(min(tries - 1, 16))
            log.warning("%s failed (%s); trying again in %.1fs", what, error, pause)
            await asyncio.sleep(pause)


async def isolating(
    apply: Callable[[Sequence[T]], Awaitable[None]],
    batch: Sequence[T],
    failed: Callable[[T, Exception], Awaitable[None]],
    retries: Retries,
) -> None:
    """Apply the batch; if it keeps failing, apply it item by item and report each item that
    still fails to `failed` (a server that is away is waited out, never reported)."""
    if not batch:
        return
    try:
        await attempt(partial(apply, batch), retries, f"a batch of {len(batch)}")
    except Exception as error:
        if len(batch) == 1:
            await failed(batch[0], error)
            return
    else:
        return
    for item in batch:
        try:
            await attempt(partial(apply, [item]), retries, "one record")
        except Exception as error:
            await failed(item, error)
