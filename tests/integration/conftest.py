"""Fixtures of the web app's integration tests: the app, with the ingestion and matcher
services running, on `web_support`'s network; and signed-in API clients."""

from collections.abc import AsyncIterator
from contextlib import nullcontext
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from neo4j import Driver

from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.broker import broker
from services.matcher import service as match_service
from services.operations.rebuild import caught_up
from services.settings import Settings
from services.web.app import create_app
from services.web.sessions import CSRF_HEADER
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import PASSWORD, SignIn, accounts, client, network


@pytest.fixture
async def app(
    settings: Settings, graph: Driver, embedder: Embedder, tmp_path: Path
) -> AsyncIterator[FastAPI]:
    """The web app with the ingestion and matcher services, on the network."""
    async with running(settings, graph, embedder), match_service.running(settings, graph, embedder):
        network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        web = create_app(
            settings,
            lambda: broker(settings, "web"),
            lambda: nullcontext(graph),
            accounts(tmp_path / "accounts.sqlite3"),
        )
        async with web.router.lifespan_context(web):
            yield web


@pytest.fixture
async def sign_in(app: FastAPI) -> AsyncIterator[SignIn]:
    """Sign in by username: an API client with the session's cookie and CSRF header."""
    clients: list[httpx.AsyncClient] = []

    async def signed_in(username: str) -> httpx.AsyncClient:
        signed = client(app)
        clients.append(signed)
        answer = await signed.post(
            "/api/session", json={"username": username, "password": PASSWORD}
        )
        assert answer.status_code == 200, answer.text
        signed.headers[CSRF_HEADER] = answer.json()["csrf_token"]
        return signed

    yield signed_in
    for signed in clients:
        await signed.aclose()
