"""`contamina demo`: publish the network through Kafka and watch it reach the graph."""

import asyncio
import logging
from collections.abc import Callable, Sequence

from neo4j import Driver

from schemas.events import Event
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.publisher import publish_all
from services.operations.rebuild import caught_up
from services.settings import Settings

Progress = Callable[[str, int, int], None]
"""(phase, done, total): "published" while sending, "in the graph" while consuming."""


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
    async with running(settings, driver, embedder, log_level=logging.WARNING):
        await asyncio.to_thread(
            publish_all, settings, events, lambda done: progress("published", done, total)
        )
        await caught_up(
            settings,
            driver,
            within,
            lambda behind: progress("in the graph", max(0, total - behind), total),
        )
