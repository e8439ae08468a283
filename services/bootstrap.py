"""The composition root: the one place where settings, servers and apps are wired."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from neo4j import Driver, GraphDatabase

from graph import store
from graph.migrate import migrate
from services import embedding
from services.accounts import Accounts
from services.embedding import Embedder
from services.kafka.broker import broker
from services.kafka.topics import ensure_topics
from services.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI


@contextmanager
def neo4j_driver(settings: Settings) -> Iterator[Driver]:
    # Server notifications are development hints (e.g. a property not created yet), not errors.
    with GraphDatabase.driver(
        settings.neo4j_uri, auth=settings.neo4j_auth, notifications_min_severity="OFF"
    ) as driver:
        yield driver


def embedder(settings: Settings) -> Embedder:
    return embedding.load(
        settings.embedding_model, settings.embedding_batch_size, settings.embedding_threads
    )


def accounts(settings: Settings) -> Accounts:
    return Accounts(settings.accounts_path, session_hours=settings.session_hours)


def web_app(settings: Settings) -> "FastAPI":
    """The HTTP API with its own Kafka broker and Neo4j driver, opened by its lifespan."""
    from services.web.app import create_app  # noqa: PLC0415 - only `contamina serve` needs it

    return create_app(
        settings,
        lambda: broker(settings, "web"),
        lambda: neo4j_driver(settings),
        accounts(settings),
    )


def prepare(settings: Settings, driver: Driver, dimensions: int) -> None:
    """Everything the services need before they start: topics and graph schema, with a vector
    index of the model's dimension where the graph holds no vectors yet (a wiped or new one)."""
    ensure_topics(settings)
    migrate(driver, settings.neo4j_database, embedding_dimensions=dimensions)
    store.fit_empty_vector_index(driver, dimensions, settings.neo4j_database)
