"""The dead-letter topic: the original bytes, untouched, with why and where they came from.

A rejected record yields exactly one dead letter, however often it is redelivered (a batch
whose offsets were not committed), replayed (`contamina graph rebuild`) or swept again (a
crash between a waiting relation's dead letter and its removal). That holds by construction:

- A dead letter is identified by its origin, the topic/partition/offset of the rejected
  record, which no redelivery or replay changes.
- The dead-letter topic is its own ledger: when a service opens it, it reads the topic from
  the start (read_committed) and learns every origin already there, so no second store can
  drift from what readers see. A letter whose origin is known is not written again.
- Letters are written in Kafka transactions: a batch is on the topic whole or not at all.
  When a write fails its outcome is unknown (the commit may have reached the broker), so the
  producer is restarted, which completes or aborts that transaction, and the ledger is read
  again before the next write.
- The transactional id belongs to the service's consumer group: a second process of the
  same service fences the first's producer, so two writers never race on one origin.
"""

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Self

from aiokafka import AIOKafkaProducer

from schemas.events import Rejection
from services.kafka.records import Accepted, Rejected, origin_of
from services.kafka.topics import DEAD_LETTER, read_committed
from services.settings import Settings

REASON = "contamina-reason"
DETAIL = "contamina-detail"
ORIGIN = "contamina-origin"
READ_WITHIN_S = 120.0


@dataclass(frozen=True)
class DeadLetter:
    value: bytes
    key: bytes | None
    reason: Rejection
    detail: str
    origin: str

    @classmethod
    def of(cls, rejected: Rejected) -> "DeadLetter":
        record = rejected.record
        return cls(
            value=record.value or b"",
            key=record.key,
            reason=rejected.error.reason,
            detail=rejected.error.detail,
            origin=origin_of(record),
        )

    @classmethod
    def failed(cls, accepted: Accepted, error: Exception) -> "DeadLetter":
        """A valid event that could not be applied, however often it was tried."""
        record = accepted.record
        return cls(
            value=record.value or b"",
            key=record.key,
            reason=Rejection.PROCESSING_FAILED,
            detail=f"{type(error).__name__}: {error}",
            origin=origin_of(record),
        )

    def headers(self) -> list[tuple[str, bytes]]:
        headers = {REASON: self.reason.value, DETAIL: self.detail[:2000], ORIGIN: self.origin}
        return [(name, value.encode()) for name, value in headers.items()]


DeadLetterSink = Callable[[Sequence[DeadLetter]], Awaitable[None]]


class DeadLetterLedger:
    """Writes each origin's dead letter once; use as `async with` around the consumers."""

    def __init__(self, settings: Settings, writer: str) -> None:
        self._servers = settings.kafka_bootstrap_servers
        self._topic = settings.topic(DEAD_LETTER)
        self._transactional_id = f"{writer}.deadletters"
        self._producer: AIOKafkaProducer | None = None
        self._origins: set[str] = set()
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()

    async def __call__(self, letters: Sequence[DeadLetter]) -> None:
        async with self._lock:
            if self._producer is None:
                await self._open()
            unknown = {each.origin: each for each in letters if each.origin not in self._origins}
            fresh = list(unknown.values())
            if not fresh:
                return
            try:
                await self._write(fresh)
            except BaseException:
                await self._close()  # the next write reopens: outcome settled, ledger re-read
                raise
            self._origins.update(letter.origin for letter in fresh)

    async def _write(self, letters: Sequence[DeadLetter]) -> None:
        assert self._producer is not None
        async with self._producer.transaction():
            for letter in letters:
                await self._producer.send(
                    self._topic, letter.value, key=letter.key, headers=letter.headers()
                )

    async def _open(self) -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=self._servers,
            transactional_id=self._transactional_id,
            enable_idempotence=True,
            acks="all",
        )
        await producer.start()  # fences an earlier producer of this id and settles its work
        try:
            self._origins = await self._read_origins()
        except BaseException:
            await producer.stop()
            raise
        self._producer = producer

    async def _close(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()

    async def _read_origins(self) -> set[str]:
        letters = await asyncio.to_thread(read_headers, self._servers, self._topic, READ_WITHIN_S)
        return {origin.decode(errors="replace") for h in letters if (origin := h.get(ORIGIN))}


def read_headers(
    servers: str, topic: str, within: float, request_timeout_ms: int = 30_000
) -> list[dict[str, bytes]]:
    """The headers of every committed dead letter, from the topic's start to its end now;
    letters of an aborted transaction do not count."""
    records = read_committed(servers, topic, within, request_timeout_ms)
    return [dict(record.headers) for record in records]
