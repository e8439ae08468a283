"""Users' writes as events: each published on its topic under its key, and acknowledged by
Kafka (the broker's producer is idempotent, acks=all) before the API says it was taken."""

import uuid
from datetime import UTC, datetime
from typing import TypeVar

from schemas.envelope import Envelope
from schemas.events import Event
from services.kafka.topics import route
from services.web.state import Servers

E = TypeVar("E", bound=Envelope)


def envelope(event: type[E], payload: object, source: str) -> E:
    """A new event about `payload`, happening now, said by `source`."""
    return event.model_validate(
        {"event_id": uuid.uuid4(), "occurred_at": datetime.now(UTC), "source": source,
         "payload": payload}
    )  # fmt: skip


async def publish(servers: Servers, event: Event) -> None:
    topic, key = route(event)
    await servers.broker.publish(
        event.model_dump_json().encode(),
        servers.settings.topic(topic),
        key=key.encode(),
        correlation_id=str(event.event_id),
    )
