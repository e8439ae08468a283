"""Publishing events to Kafka: keyed by entity id, idempotent, acknowledged by all replicas."""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from kafka import KafkaProducer

from schemas.events import Event
from services.kafka.topics import route
from services.settings import Settings


class Publisher:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._producer = KafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
        )

    def publish(self, topic: str, key: str, event: Event) -> None:
        self.send_raw(topic, key.encode(), event.model_dump_json().encode())

    def send_raw(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        encoded = [(name, text.encode()) for name, text in (headers or {}).items()]
        self._producer.send(self._settings.topic(topic), key=key, value=value, headers=encoded)

    def flush(self, timeout: float = 30.0) -> None:
        self._producer.flush(timeout=timeout)

    def close(self) -> None:
        self._producer.close()


@contextmanager
def publisher(settings: Settings) -> Iterator[Publisher]:
    producer = Publisher(settings)
    try:
        yield producer
        producer.flush()
    finally:
        producer.close()


def publish_all(
    settings: Settings,
    events: Sequence[Event],
    published: Callable[[int], None] = lambda _: None,
    every: int = 100,
) -> None:
    """Each event on its topic under its key; `published(n)` every `every` events and at the end."""
    with publisher(settings) as out:
        for count, event in enumerate(events, start=1):
            out.publish(*route(event), event)
            if count % every == 0 or count == len(events):
                published(count)
