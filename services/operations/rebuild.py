"""`contamina graph rebuild`: the graph again, from nothing but the Kafka log.

The ingestion groups' committed offsets are deleted and the graph emptied; the normal
consumers then replay every topic from its first offset. Kafka refuses to delete the
offsets of a group with live members, so a running `contamina ingest` must stop first.
"""

import asyncio
import logging
from collections.abc import Callable, Collection
from functools import partial

from kafka import KafkaAdminClient
from kafka.errors import GroupIdNotFoundError, KafkaError
from neo4j import Driver

from graph import feedback, store
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.lag import Lag
from services.kafka.topics import CARRIES, NETWORK
from services.polling import wait_until
from services.settings import Settings


class RebuildError(RuntimeError):
    pass


def forget_offsets(settings: Settings) -> None:
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        results = admin.delete_groups([settings.ingest_group(topic) for topic in CARRIES])
    finally:
        admin.close()
    for group, outcome in results.items():  # "OK" or the name of a Kafka error
        if outcome not in {"OK", GroupIdNotFoundError.__name__}:
            raise RebuildError(
                f"Kafka would not reset group {group} ({outcome}):"
                " stop `contamina ingest` and try again"
            )


async def caught_up(
    settings: Settings,
    driver: Driver,
    within: float,
    behind: Callable[[int], None] = lambda _: None,
    topics: Collection[str] = tuple(CARRIES),
) -> None:
    """Every topic consumed and nothing still waiting for what it names (relations, feedback,
    needs for their firm); `behind(n)` hears how many messages are still to process."""
    database = settings.neo4j_database

    def done(lag: Lag) -> bool:
        left = sum(lag(topics).values())
        behind(left)
        if left:
            return False
        waiting = (store.count_pending, feedback.count_pending, feedback.count_orphan_needs)
        return not any(count(driver, database) for count in waiting)

    lag = await asyncio.to_thread(Lag, settings)
    try:
        await wait_until(partial(done, lag), within, "the graph catching up with the log")
    finally:
        await asyncio.to_thread(lag.close)


async def rebuild(
    settings: Settings, driver: Driver, embedder: Embedder, within: float = 3600.0
) -> None:
    try:
        forget_offsets(settings)
    except KafkaError as error:
        raise RebuildError(f"could not reset the consumer group: {error}") from error
    store.wipe(driver, settings.neo4j_database)
    # The network first, then what happened on it: feedback and suggestions replayed before
    # their needs and partners would only wait for them, as a pile of waiting nodes.
    quiet = logging.WARNING
    async with running(settings, driver, embedder, log_level=quiet, topics=NETWORK):
        await caught_up(settings, driver, within, topics=NETWORK)
    async with running(settings, driver, embedder, log_level=quiet):
        await caught_up(settings, driver, within)
