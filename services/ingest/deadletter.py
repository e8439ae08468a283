"""The dead-letter topic: the original bytes, untouched, with why and where they came from."""

from aiokafka import ConsumerRecord
from faststream.kafka import KafkaBroker

from services.ingest.records import Rejected

REASON = "contamina-reason"
DETAIL = "contamina-detail"
ORIGIN = "contamina-origin"


def headers(rejected: Rejected) -> dict[str, str]:
    record: ConsumerRecord[bytes, bytes] = rejected.record
    return {
        REASON: rejected.error.reason.value,
        DETAIL: rejected.error.detail[:2000],
        ORIGIN: f"{record.topic}/{record.partition}/{record.offset}",
    }


async def send(broker: KafkaBroker, topic: str, rejects: list[Rejected]) -> None:
    for rejected in rejects:
        await broker.publish(
            rejected.record.value or b"",
            topic=topic,
            key=rejected.record.key,
            headers=headers(rejected),
        )
