"""A hub coordinator explores the network in Neo4j Browser, in a real (headless) Chromium.

The network arrives the way it does in production, as events through Kafka; the browser then
logs in to Neo4j Browser, served by the project's own Neo4j on its HTTP port, and queries it.
"""

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.async_api import Browser, Page, async_playwright

from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.conftest import Servers
from tests.integration.ingest_support import DEADLINE, association, firm, publish, tie

CHROMIUM = os.environ.get("CONTAMINA_TEST_CHROMIUM", "/usr/bin/chromium")
# As root and on a closed network: no sandbox, and none of Chromium's background calls home.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUERY = (
    "MATCH (f:Firm)-[:MEMBER_OF]->(a:Association) "
    "RETURN f.name AS firm, a.name AS association ORDER BY firm"
)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if not Path(CHROMIUM).is_file():  # noqa: ASYNC240 - one stat before the browser starts
        pytest.fail(f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        await chromium.close()


@pytest.fixture
async def network(settings: Settings, graph: Driver, embedder: Embedder) -> Settings:
    async with running(settings, graph, embedder):
        publish(
            settings,
            association("association:cna-bg", "CNA Bergamo"),
            firm("firm:alfa", "Alfa Srl"),
            firm("firm:beta", "Beta Meccanica Snc"),
            tie(RelationType.MEMBER_OF, "firm:alfa", "association:cna-bg"),
            tie(RelationType.MEMBER_OF, "firm:beta", "association:cna-bg"),
        )
        await caught_up(settings, graph, within=DEADLINE)
    return settings


async def _log_in(page: Page, servers: Servers) -> None:
    address = servers.neo4j_uri.replace("bolt://", "neo4j://")
    await page.goto(f"{servers.neo4j_browser_url}?dbms={address}", wait_until="networkidle")
    await page.fill('[data-testid="username"]', servers.neo4j_user)
    await page.fill('[data-testid="password"]', servers.neo4j_password)
    await page.click('[data-testid="connect"]')
    await page.get_by_text("You are connected as user").wait_for(timeout=30_000)


async def _run(page: Page, cypher: str) -> str:
    await page.locator(".monaco-editor textarea").first.click()
    await page.keyboard.type(cypher)
    await page.click('[data-testid="editor-Run"]')
    await page.get_by_text("Started streaming").first.wait_for(timeout=30_000)
    return await page.inner_text("body")


async def test_a_coordinator_sees_the_network_in_neo4j_browser(
    network: Settings, servers: Servers, browser: Browser, tmp_path: Path
) -> None:
    page = await browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        await _log_in(page, servers)
        shown = await _run(page, QUERY)
    finally:
        await page.screenshot(path=tmp_path / "neo4j-browser.png")
        await page.close()
    results = shown[shown.find(QUERY) :]
    assert '"Alfa Srl"' in results
    assert '"Beta Meccanica Snc"' in results
    assert '"CNA Bergamo"' in results
    assert "Started streaming 2 records" in results
