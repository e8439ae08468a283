"""The three services in the foreground, until interrupted (Ctrl-C): `contamina ingest`,
`contamina matcher` and `contamina serve` (the web app under uvicorn). `contamina services`
runs the same commands in the background."""

import asyncio
from collections.abc import Callable

import typer
import uvicorn
from faststream import FastStream
from neo4j import Driver
from rich.console import Console

from services import bootstrap
from services.embedding import Embedder
from services.embedding.space import EmbeddingModelMismatchError, check_embedding_space
from services.ingest.app import app as ingestion_app
from services.matcher.ranker import RankerError
from services.matcher.service import app as matcher_app
from services.settings import Settings

console = Console()


def _consume(service: Callable[[Settings, Driver, Embedder], FastStream]) -> None:
    """A Kafka service over the migrated graph, refused when the graph's vectors come from
    another model than the configured one, or the configured ranker cannot be read."""
    settings = Settings()
    embedder = bootstrap.embedder(settings)
    with bootstrap.neo4j_driver(settings) as driver:
        bootstrap.prepare(settings, driver, embedder.dimension)
        try:
            check_embedding_space(driver, embedder, settings.neo4j_database)
            running = service(settings, driver, embedder)
        except (EmbeddingModelMismatchError, RankerError) as error:
            console.print(f"[bold red]error:[/] {error}")
            raise typer.Exit(1) from error
        asyncio.run(running.run())


def ingest() -> None:
    """Run the ingestion service until interrupted (Ctrl-C)."""
    _consume(ingestion_app)


def matcher() -> None:
    """Run the matcher service until interrupted: answers match requests over Kafka."""
    _consume(matcher_app)


def serve() -> None:
    """Serve the HTTP API (CONTAMINA_WEB_HOST:CONTAMINA_WEB_PORT, 127.0.0.1:8000 by default)."""
    settings = Settings()
    uvicorn.run(bootstrap.web_app(settings), host=settings.web_host, port=settings.web_port)
