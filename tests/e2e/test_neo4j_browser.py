"""A hub coordinator explores the network in Neo4j Browser, in a real (headless) Chromium.

The network arrives the way it does in production, as events through Kafka; the browser then
logs in to Neo4j Browser, served by the project's own Neo4j on its HTTP port, and queries it.
After login the stack's Neo4j opens Contamina's guide, which the web app serves: the tests
serve the app in-process, on the port the stack's Neo4j expects it on.
"""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.async_api import Browser, Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from schemas.relations import RelationType
from services import bootstrap
from services.embedding import Embedder
from services.ingest.app import running
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.conftest import Servers
from tests.e2e.conftest import SCREENSHOTS, served
from tests.integration.ingest_support import DEADLINE, association, firm, publish, tie

GUIDE_TITLE = "Contamina: la rete del polo"
QUERY = (
    "MATCH (f:Firm)-[:MEMBER_OF]->(a:Association) "
    "RETURN f.name AS firm, a.name AS association ORDER BY firm"
)


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


@pytest.fixture
async def web(network: Settings) -> AsyncIterator[str]:
    """The web app, served where the stack's Neo4j Browser looks for the guide."""
    async with served(bootstrap.web_app(network), network.web_host, network.web_port) as url:
        yield url


async def _log_in(page: Page, servers: Servers) -> None:
    address = servers.neo4j_uri.replace("bolt://", "neo4j://")
    await page.goto(f"{servers.neo4j_browser_url}?dbms={address}", wait_until="networkidle")
    await page.fill('[data-testid="username"]', servers.neo4j_user)
    await page.fill('[data-testid="password"]', servers.neo4j_password)
    await page.click('[data-testid="connect"]')
    # Once connected, the stack's post-connect commands clear the stream, apply the style and
    # open the guide, in that order: a query typed before the guide is open could be cleared.
    try:
        await page.get_by_text(GUIDE_TITLE).first.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        pytest.fail(
            "Neo4j Browser did not open Contamina's guide: a stack started before its"
            " neo4j.conf named the guide (browser.post_connect_cmd) needs a restart"
        )


async def _run(page: Page, cypher: str) -> str:
    await page.locator(".monaco-editor textarea").first.click()
    await page.keyboard.type(cypher)
    await page.click('[data-testid="editor-Run"]')
    await page.get_by_text("Started streaming").first.wait_for(timeout=30_000)
    return await page.inner_text("body")


async def test_a_coordinator_sees_the_network_in_neo4j_browser(
    web: str, servers: Servers, browser: Browser, tmp_path: Path
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


async def test_after_login_a_coordinator_is_in_contaminas_guide_and_runs_its_first_query(
    web: str, servers: Servers, browser: Browser
) -> None:
    page = await browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        await _log_in(page, servers)
        await page.locator("pre.runnable").first.click()  # puts the query in the editor
        await page.click('[data-testid="editor-Run"]')
        await page.get_by_text("Started streaming").first.wait_for(timeout=30_000)
        shown = await page.inner_text("body")
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=SCREENSHOTS / "neo4j-guide.png")
        await page.close()
    assert "Try Neo4j with live data" not in shown  # the movie welcome page is gone
    assert "node.Association" in shown  # the style was fetched and applied
    assert "MATCH (a:Association)" in shown
    assert '"CNA Bergamo"' in shown
    assert "Started streaming 1 records" in shown
