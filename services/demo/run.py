"""`contamina demo`: publish the sample network through Kafka and watch it reach the graph."""

import logging

from neo4j import Driver

from graph import store
from services.demo.sample import sample_events
from services.ingest.app import broker, ingestion
from services.polling import wait_until
from services.publisher import publisher
from services.settings import Settings
from services.topics import ORGANISATIONS


async def run(settings: Settings, driver: Driver, within: float = 120.0) -> dict[str, int]:
    """Publish, consume until the graph holds every sample organisation, return counts."""
    events = sample_events()
    ids = [event.payload.id for event in events]
    kafka = ingestion(settings, broker(settings, log_level=logging.WARNING), driver)
    async with kafka:
        await kafka.start()
        with publisher(settings) as out:
            for event in events:
                out.publish(ORGANISATIONS, event.payload.id, event)
        await wait_until(
            lambda: (
                len(store.existing_organisations(driver, ids, settings.neo4j_database)) == len(ids)
            ),
            within,
            "the graph catching up with the demo events",
        )
    return store.organisation_counts(driver, settings.neo4j_database)
