"""One FastStream router per concern: organisations, profiles, relations, needs, projects,
suggestions, feedback."""

from collections.abc import Awaitable, Callable, Collection, Sequence
from functools import reduce
from operator import or_

from faststream.kafka import KafkaMessage, KafkaRouter
from faststream.middlewares import AckPolicy

from schemas.events import EVENT_TYPES, event_type
from services.ingest.ingestor import Ingestor
from services.ingest.retry import Retries, isolating
from services.kafka.deadletter import DeadLetter, DeadLetterSink
from services.kafka.records import Accepted, raw_values, sort_batch, tolerant_parser
from services.kafka.topics import (
    CARRIES,
    FEEDBACK,
    NEEDS,
    ORGANISATIONS,
    PROFILES,
    PROJECTS,
    RELATIONS,
    SUGGESTIONS,
)
from services.settings import Settings

Apply = Callable[[Sequence[Accepted]], Awaitable[None]]


def concern_router(
    settings: Settings, topic: str, apply: Apply, dead_letters: DeadLetterSink
) -> KafkaRouter:
    router = KafkaRouter()
    accepts = CARRIES[topic]
    retries = Retries.of(settings)

    async def failed(item: Accepted, error: Exception) -> None:
        await dead_letters([DeadLetter.failed(item, error)])

    # The consumers read raw bytes (bad input must reach the dead-letter topic, not crash the
    # parser), so the channel's contract is declared here, for the AsyncAPI document: what
    # the producers of this topic publish.
    router.publisher(
        settings.topic(topic),
        schema=reduce(or_, [event for event in EVENT_TYPES if event_type(event) in accepts]),
        title=f"{topic}-events",
        description=f"What producers publish on this topic: {', '.join(sorted(accepts))}.",
    )

    # Offsets are committed only after the graph write and the dead letters succeed; an
    # exception rewinds the batch so it is delivered again, not lost. What fails for other
    # reasons than a server away is isolated to its record and dead-lettered (retry.py).
    @router.subscriber(
        settings.topic(topic),
        batch=True,
        max_records=settings.embedding_batch_size * 4,
        group_id=settings.ingest_group(topic),
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.NACK_ON_ERROR,
        parser=tolerant_parser,
        decoder=raw_values,
        title=f"ingest-{topic}",
        description=f"Projects {', '.join(sorted(accepts))} into the graph.",
    )
    async def ingest(_: list[bytes], message: KafkaMessage) -> None:
        accepted, rejected = sort_batch(message.raw_message, settings.max_message_bytes, accepts)
        await isolating(apply, accepted, failed, retries)
        await dead_letters([DeadLetter.of(item) for item in rejected])

    return router


def routers(
    settings: Settings, ingestor: Ingestor, topics: Collection[str] = tuple(CARRIES)
) -> list[KafkaRouter]:
    concerns: dict[str, Apply] = {
        ORGANISATIONS: ingestor.profiles,
        PROFILES: ingestor.profiles,
        RELATIONS: ingestor.relations,
        NEEDS: ingestor.needs,
        PROJECTS: ingestor.projects,
        SUGGESTIONS: ingestor.decisions.suggestions,
        FEEDBACK: ingestor.decisions.feedback,
    }
    return [
        concern_router(settings, topic, apply, ingestor.dead_letters)
        for topic, apply in concerns.items()
        if topic in topics
    ]
