"""The organisations router: organisation events in, Organisation nodes out."""

import asyncio

from faststream.kafka import KafkaBroker, KafkaMessage, KafkaRouter
from faststream.middlewares import AckPolicy
from neo4j import Driver

from graph import store
from services.ingest import deadletter
from services.ingest.projection import organisation_row
from services.ingest.records import raw_values, sort_batch, tolerant_parser
from services.settings import Settings
from services.topics import DEAD_LETTER, ORGANISATIONS


def router(settings: Settings, broker: KafkaBroker, driver: Driver) -> KafkaRouter:
    organisations = KafkaRouter()

    # Offsets are committed only after the graph write and the dead letters succeed; an
    # exception (Neo4j down) rewinds the batch so it is delivered again, not lost.
    @organisations.subscriber(
        settings.topic(ORGANISATIONS),
        batch=True,
        max_records=500,
        group_id=settings.consumer_group,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.NACK_ON_ERROR,
        parser=tolerant_parser,
        decoder=raw_values,
        title="ingest-organisations",
        description="Projects organisation events into (:Organisation) nodes.",
    )
    async def ingest_organisations(_: list[bytes], message: KafkaMessage) -> None:
        accepted, rejected = sort_batch(message.raw_message, settings.max_message_bytes)
        rows = [organisation_row(item.event) for item in accepted]
        await asyncio.to_thread(store.upsert_organisations, driver, rows, settings.neo4j_database)
        await deadletter.send(broker, settings.topic(DEAD_LETTER), rejected)

    return organisations
