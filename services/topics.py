"""Contamina's Kafka topics, created with kafka-python's admin client.

Entity topics are compacted: the log keeps the latest state of every entity (and a tombstone
for an erased one), so the graph can always be rebuilt from it.
"""

from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from services.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    compacted: bool


ORGANISATIONS = "organisations"
DEAD_LETTER = "deadletter"

TOPICS = (
    TopicSpec(ORGANISATIONS, partitions=3, compacted=True),
    TopicSpec(DEAD_LETTER, partitions=1, compacted=False),
)


def ensure_topics(settings: Settings) -> list[str]:
    """Create any missing topic; return the names that were created."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        existing = set(admin.list_topics())
        missing = [spec for spec in TOPICS if settings.topic(spec.name) not in existing]
        for spec in missing:
            config = {"cleanup.policy": "compact" if spec.compacted else "delete"}
            try:
                admin.create_topics(
                    [NewTopic(settings.topic(spec.name), spec.partitions, 1, topic_configs=config)]
                )
            except TopicAlreadyExistsError:
                continue  # created concurrently by another service: same outcome
    finally:
        admin.close()
    return [settings.topic(spec.name) for spec in missing]
