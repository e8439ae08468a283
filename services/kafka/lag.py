"""How far the ingestion consumer groups (one per topic) are behind the end of each topic."""

from collections.abc import Iterable

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from services.settings import Settings


def consumer_lag(settings: Settings, topics: Iterable[str]) -> dict[str, int]:
    """Messages not yet processed, per topic (a group that never committed lags everything)."""
    topics = list(topics)
    names = [settings.topic(topic) for topic in topics]
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        partitions = [
            TopicPartition(name, partition)
            for name in names
            for partition in sorted(consumer.partitions_for_topic(name) or ())
        ]
        ends = consumer.end_offsets(partitions)
        groups = {topic: settings.ingest_group(topic) for topic in topics}
        committed = admin.list_group_offsets(dict.fromkeys(groups.values()))
    finally:
        consumer.close()
        admin.close()
    lag = dict.fromkeys(topics, 0)
    for topic, name in zip(topics, names, strict=True):
        done_of = committed.get(groups[topic], {})
        for tp in (tp for tp in partitions if tp.topic == name):
            done = done_of[tp].offset if tp in done_of else 0
            lag[topic] += max(0, ends[tp] - max(done, 0))
    return lag


def end_offsets(settings: Settings, topic: str) -> int:
    """How many records a topic has ever received (the sum of its partitions' end offsets)."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        name = settings.topic(topic)
        partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or ()]
        return sum(consumer.end_offsets(partitions).values())
    finally:
        consumer.close()
