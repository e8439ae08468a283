"""The FastStream Kafka broker every Contamina service runs on."""

import logging

from faststream.kafka import KafkaBroker

from services.settings import Settings


def broker(settings: Settings, service: str, log_level: int = logging.INFO) -> KafkaBroker:
    """`log_level` filters FastStream's per-message access log (WARNING: problems only)."""
    logger = logging.getLogger(f"contamina.{service}")
    logger.setLevel(log_level)
    # Idempotent producer with acks=all: a retried publish is not duplicated by the broker.
    return KafkaBroker(
        settings.kafka_bootstrap_servers,
        enable_idempotence=True,
        acks="all",
        client_id=f"contamina-{service}",
        logger=logger,
    )
