"""How far the ingestion consumer groups (one per topic) are behind the end of each topic."""

from collections.abc import Iterable

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from services.settings import Settings


class Lag:
    """Reads how far the ingestion groups are behind, again and again, over one consumer and
    one admin client: a catch-up wait asks every 100 ms, and new clients each time cost a
    connection, a metadata fetch and a version probe each. Close it (or use `with`)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
        try:
            self._admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
        except BaseException:
            self._consumer.close()
            raise

    def __enter__(self) -> "Lag":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._consumer.close()
        self._admin.close()

    def __call__(self, topics: Iterable[str]) -> dict[str, int]:
        """Messages not yet processed, per topic (a group that never committed lags all)."""
        settings, topics = self._settings, list(topics)
        names = [settings.topic(topic) for topic in topics]
        partitions = [
            TopicPartition(name, partition)
            for name in names
            for partition in sorted(self._consumer.partitions_for_topic(name) or ())
        ]
        ends = self._consumer.end_offsets(partitions)
        groups = {topic: settings.ingest_group(topic) for topic in topics}
        committed = self._admin.list_group_offsets(dict.fromkeys(groups.values()))
        lag = dict.fromkeys(topics, 0)
        for topic, name in zip(topics, names, strict=True):
            done_of = committed.get(groups[topic], {})
            for tp in (tp for tp in partitions if tp.topic == name):
                done = done_of[tp].offset if tp in done_of else 0
                lag[topic] += max(0, ends[tp] - max(done, 0))
        return lag


def consumer_lag(settings: Settings, topics: Iterable[str]) -> dict[str, int]:
    """Messages not yet processed, per topic, read once (`Lag` to read it repeatedly)."""
    with Lag(settings) as lag:
        return lag(topics)


def end_offsets(settings: Settings, topic: str) -> int:
    """How many records a topic has ever received (the sum of its partitions' end offsets)."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        name = settings.topic(topic)
        partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or ()]
        return sum(consumer.end_offsets(partitions).values())
    finally:
        consumer.close()
