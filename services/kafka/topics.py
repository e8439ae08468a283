"""Contamina's Kafka topics, created with kafka-python's admin client.

Entity topics are compacted: the log keeps the latest state of every entity (and a tombstone
for an erased one), so the graph can always be rebuilt from it.
"""

import time
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaTimeoutError, TopicAlreadyExistsError

from schemas.erasure import Erasure
from schemas.events import Event
from schemas.feedback import Feedback
from schemas.matching import MatchAnswer, MatchQuery
from schemas.relations import Relation
from services.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    compacted: bool


ORGANISATIONS = "organisations"
PROFILES = "profiles"
RELATIONS = "relations"
NEEDS = "needs"
PROJECTS = "projects"
MATCH_REQUESTS = "match-requests"
SUGGESTIONS = "suggestions"
FEEDBACK = "feedback"
DEAD_LETTER = "deadletter"

TOPICS = (
    TopicSpec(ORGANISATIONS, partitions=3, compacted=True),
    TopicSpec(PROFILES, partitions=3, compacted=True),
    TopicSpec(RELATIONS, partitions=3, compacted=True),
    TopicSpec(NEEDS, partitions=3, compacted=True),
    TopicSpec(PROJECTS, partitions=3, compacted=True),
    TopicSpec(MATCH_REQUESTS, partitions=3, compacted=False),
    TopicSpec(SUGGESTIONS, partitions=3, compacted=False),
    TopicSpec(FEEDBACK, partitions=3, compacted=False),
    TopicSpec(DEAD_LETTER, partitions=1, compacted=False),
)

# Which event types each topic carries; an event is keyed by the id of what it is about.
CARRIES = {
    ORGANISATIONS: frozenset({"organisation.upserted", "profile.erased"}),
    PROFILES: frozenset({"expert.upserted", "lab.upserted", "profile.erased"}),
    RELATIONS: frozenset({"relation.upserted", "relation.removed"}),
    NEEDS: frozenset({"need.submitted"}),
    PROJECTS: frozenset({"project.recorded"}),
    SUGGESTIONS: frozenset({"match.suggested"}),
    FEEDBACK: frozenset({"feedback.recorded"}),
}

# The network itself, as opposed to what happens on it (suggestions, feedback).
NETWORK = (ORGANISATIONS, PROFILES, RELATIONS, NEEDS, PROJECTS)

# Compaction soon after an erasure, so an erased person's old records leave the log too.
COMPACTION = {
    "cleanup.policy": "compact",
    "segment.ms": str(60 * 60 * 1000),
    "min.cleanable.dirty.ratio": "0.01",
    "delete.retention.ms": str(24 * 60 * 60 * 1000),
}


def topic_of_erasure(kind: str) -> str:
    return ORGANISATIONS if kind == "organisation" else PROFILES


def route(event: Event) -> tuple[str, str]:
    """The topic and key an event is published with."""
    payload = event.payload
    if isinstance(payload, MatchQuery):
        return MATCH_REQUESTS, str(event.event_id)
    if isinstance(payload, MatchAnswer):
        return SUGGESTIONS, payload.need_id or payload.request_id
    if isinstance(payload, Feedback):
        return FEEDBACK, payload.key
    if isinstance(payload, Relation):
        return RELATIONS, payload.key
    if isinstance(payload, Erasure):
        return topic_of_erasure(payload.kind.value), payload.id
    topic = next(name for name, types in CARRIES.items() if event.type in types)
    return topic, payload.id


def ensure_topics(settings: Settings) -> list[str]:
    """Create any missing topic; return the names that were created."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        existing = set(admin.list_topics())
        missing = [spec for spec in TOPICS if settings.topic(spec.name) not in existing]
        for spec in missing:
            config = COMPACTION if spec.compacted else {"cleanup.policy": "delete"}
            try:
                admin.create_topics(
                    [NewTopic(settings.topic(spec.name), spec.partitions, 1, topic_configs=config)]
                )
            except TopicAlreadyExistsError:
                continue  # created concurrently by another service: same outcome
    finally:
        admin.close()
    return [settings.topic(spec.name) for spec in missing]


def read_committed(
    servers: str, topic: str, within: float, request_timeout_ms: int = 30_000
) -> list[ConsumerRecord]:
    """Every committed record of a topic, from its start to its end as it is now."""
    consumer = KafkaConsumer(
        bootstrap_servers=servers,
        enable_auto_commit=False,
        isolation_level="read_committed",
        bootstrap_timeout_ms=request_timeout_ms,
        request_timeout_ms=request_timeout_ms,
    )
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return _read_to_end(consumer, partitions, within) if partitions else []
    finally:
        consumer.close()


def _read_to_end(
    consumer: KafkaConsumer, partitions: list[TopicPartition], within: float
) -> list[ConsumerRecord]:
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    ends = consumer.end_offsets(partitions)  # the last stable offsets, read_committed
    records: list[ConsumerRecord] = []
    deadline = time.monotonic() + within
    while any(consumer.position(tp) < ends[tp] for tp in partitions):
        if time.monotonic() > deadline:
            raise KafkaTimeoutError(f"{partitions[0].topic} was not read within {within:.0f}s")
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend(batch)
    return records
