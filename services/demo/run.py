"""`contamina demo`: publish the network through Kafka and watch it reach the graph."""

import asyncio
import logging
from collections.abc import Callable, Sequence

from neo4j import Driver

from graph import store
from schemas.events import Event
from services.embedding import Embedder
from services.ingest.app import running
from services.lag import consumer_lag
from services.polling import wait_until
from services.publisher import publisher
from services.settings import Settings
from services.topics import CARRIES, route

Progress = Callable[[str, int, int], None]
"""(phase, done, total): "published" while sending, "in the graph" while consuming."""


def publish(settings: Settings, events: Sequence[Event], progress: Progress) -> None:
    with publisher(settings) as out:
        for done, event in enumerate(events, start=1):
            topic, key = route(event)
            out.publish(topic, key, event)
            if done % 100 == 0 or done == len(events):
                progress("published", done, len(events))


async def run(
    settings: Settings,
    driver: Driver,
    embedder: Embedder,
    *,
    events: Sequence[Event],
    progress: Progress = lambda *_: None,
    within: float = 1800.0,
) -> None:
    """Publish every event, then wait until the ingestion consumers have processed them all."""
    total = len(events)

    def caught_up() -> bool:
        behind = sum(consumer_lag(settings, CARRIES).values())
        progress("in the graph", max(0, total - behind), total)
        return behind == 0 and store.count_pending(driver, settings.neo4j_database) == 0

    async with running(settings, driver, embedder, log_level=logging.WARNING):
        await asyncio.to_thread(publish, settings, events, progress)
        await wait_until(caught_up, within, "the graph catching up with the published events")
