"""The dead-letter topic: the original bytes, untouched, with why and where they came from."""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from faststream.kafka import KafkaBroker

from schemas.events import Rejection
from services.ingest.records import Rejected

REASON = "contamina-reason"
DETAIL = "contamina-detail"
ORIGIN = "contamina-origin"


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
            origin=f"{record.topic}/{record.partition}/{record.offset}",
        )

    def headers(self) -> dict[str, str]:
        return {REASON: self.reason.value, DETAIL: self.detail[:2000], ORIGIN: self.origin}


DeadLetterSink = Callable[[Sequence[DeadLetter]], Awaitable[None]]


def sink(broker: KafkaBroker, topic: str) -> DeadLetterSink:
    async def send(letters: Sequence[DeadLetter]) -> None:
        for letter in letters:
            await broker.publish(
                letter.value, topic=topic, key=letter.key, headers=letter.headers()
            )

    return send
