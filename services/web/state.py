"""What the app's routes share, opened by its lifespan: the settings and the two servers."""

from dataclasses import dataclass

from faststream.kafka import KafkaBroker
from neo4j import Driver

from services.settings import Settings


@dataclass(frozen=True)
class Servers:
    settings: Settings
    broker: KafkaBroker  # publishes the events users cause, and awaits the matcher's replies
    driver: Driver  # reads only: nothing writes to Neo4j behind the log's back
