"""The ingestion app: one FastStream Kafka broker, one router per concern."""

import logging

from faststream import FastStream
from faststream.kafka import KafkaBroker
from neo4j import Driver

from services.ingest import organisations
from services.settings import Settings


def broker(settings: Settings, log_level: int = logging.INFO) -> KafkaBroker:
    # Idempotent producer with acks=all: a retried dead letter is not duplicated by the broker.
    return KafkaBroker(
        settings.kafka_bootstrap_servers,
        enable_idempotence=True,
        acks="all",
        client_id="contamina-ingest",
        log_level=log_level,
    )


def ingestion(settings: Settings, kafka: KafkaBroker, driver: Driver) -> KafkaBroker:
    kafka.include_router(organisations.router(settings, kafka, driver))
    return kafka


def app(settings: Settings, driver: Driver) -> FastStream:
    return FastStream(ingestion(settings, broker(settings), driver))
