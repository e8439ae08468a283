"""`contamina demo`: publish the network through Kafka and watch it reach the graph."""

import asyncio
import logging
from collections.abc import Callable, Sequence

from neo4j import Driver

from schemas.events import Event
from services.embedding import Embedder
from services.ingest.app import running
from services.publisher import publisher
from services.rebuild import caught_up
from services.settings import Settings
from services.topics import route


def publish(settings: Settings, events: Sequence[Event], progress: Callable[[int], None]) -> None:
    with publisher(settings) as out:
        for event in events:
            topic, key = route(event)
            out.publish(topic, key, event)
            progress(1)


async def run(
    settings: Settings,
    driver: Driver,
    embedder: Embedder,
    *,
    events: Sequence[Event],
    progress: Callable[[int], None] = lambda _: None,
    within: float = 1800.0,
) -> None:
    """Publish every event, then wait until the ingestion consumers have processed them all."""
    async with running(settings, driver, embedder, log_level=logging.WARNING):
        await asyncio.to_thread(publish, settings, events, progress)
        await caught_up(settings, driver, within)
