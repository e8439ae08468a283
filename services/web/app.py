"""The FastAPI app: routes by resource, the servers opened and closed by its lifespan.

The broker and the driver come from the composition root (`services.bootstrap.web_app`), so
tests and `contamina serve` build the same app. OpenAPI is at the conventional paths
(`/openapi.json`, `/docs`).
"""

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager, asynccontextmanager

from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from neo4j import Driver

from services.settings import Settings
from services.web.routes import health, neo4j_browser
from services.web.state import Servers


def create_app(
    settings: Settings,
    broker: Callable[[], KafkaBroker],
    driver: Callable[[], AbstractContextManager[Driver]],
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        kafka = broker()
        with driver() as neo4j:
            async with kafka:  # connects: without Kafka the app does not start
                app.state.servers = Servers(settings, kafka, neo4j)
                yield

    app = FastAPI(
        title="Contamina",
        summary="Partner suggestions for innovation needs, explained.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    app.include_router(neo4j_browser.routes(settings))
    return app
