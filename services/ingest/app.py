"""The ingestion app: one FastStream Kafka broker, one router per concern, the dead-letter
ledger, and the sweeper that retries relations and feedback waiting for what they name."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import asynccontextmanager

from faststream import FastStream
from faststream.kafka import KafkaBroker
from neo4j import Driver

from services.embedding import Embedder
from services.ingest.ingestor import Ingestor
from services.ingest.routers import routers
from services.kafka.broker import broker
from services.kafka.deadletter import DeadLetterLedger
from services.kafka.publisher import Publisher
from services.kafka.topics import CARRIES
from services.settings import Settings

SERVICE = "ingest"


def ingestor(settings: Settings, driver: Driver, embedder: Embedder) -> Ingestor:
    ledger = DeadLetterLedger(settings, writer=settings.consumer_group)
    return Ingestor(settings, driver, embedder, ledger, Tombstones(settings))


class Tombstones:
    """Null values for erased keys. FastStream sends None as empty bytes, which compaction
    does not treat as a deletion, so these go through kafka-python, connected on first use."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._publisher: Publisher | None = None

    def __call__(self, topic: str, keys: Sequence[str]) -> None:
        if self._publisher is None:
            self._publisher = Publisher(self._settings)
        for key in keys:
            self._publisher.send_raw(topic, key.encode(), None)
        self._publisher.flush()


def ingestion(
    settings: Settings,
    kafka: KafkaBroker,
    driver: Driver,
    embedder: Embedder,
    topics: Collection[str] = tuple(CARRIES),
) -> tuple[KafkaBroker, Ingestor]:
    service = ingestor(settings, driver, embedder)
    for router in routers(settings, service, topics):
        kafka.include_router(router)
    return kafka, service


@asynccontextmanager
async def serving(service: Ingestor) -> AsyncIterator[None]:
    """What the consumers need around them: a checked embedding space, profiles the full-text
    index can find, the dead-letter ledger, and the sweeper of waiting relations and feedback."""
    await service.check_embedding_space()
    if reanalysed := await service.reanalyse_profiles():
        logging.getLogger(__name__).info("re-indexed the words of %d profiles", reanalysed)
    async with service.dead_letters, sweeping(service):
        yield


@asynccontextmanager
async def sweeping(service: Ingestor) -> AsyncIterator[None]:
    """Retry waiting relations and feedback every few seconds while the service runs."""
    task = asyncio.create_task(_sweep_forever(service, service.settings.sweep_interval_seconds))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _sweep_forever(service: Ingestor, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        try:
            await service.sweep()
        except Exception:
            logging.getLogger(__name__).exception("sweeping waiting relations failed; retrying")


@asynccontextmanager
async def running(
    settings: Settings,
    driver: Driver,
    embedder: Embedder,
    log_level: int = logging.INFO,
    topics: Collection[str] = tuple(CARRIES),
) -> AsyncIterator[KafkaBroker]:
    """The ingestion service in this process (of these topics), started, until the block
    exits."""
    kafka, service = ingestion(
        settings, broker(settings, SERVICE, log_level), driver, embedder, topics
    )
    async with serving(service), kafka:  # the consumers stop before the ledger closes
        await kafka.start()
        yield kafka


def app(settings: Settings, driver: Driver, embedder: Embedder) -> FastStream:
    """The ingestion service as a FastStream application (`contamina ingest`, AsyncAPI)."""
    kafka, service = ingestion(settings, broker(settings, SERVICE), driver, embedder)

    @asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        async with serving(service):
            yield

    return FastStream(kafka, lifespan=lifespan)
