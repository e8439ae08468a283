"""What the browser tests share: Debian's Chromium driven by Playwright, the web app served in
the test's event loop (`site`: with the real ingestion and matcher services, on the web tests'
network, one account per role), signing in as a person would, and axe-core (pinned in
package.json, installed by `make e2e-assets`) injected into pages to check their
accessibility."""

import asyncio
import json
import os
import re
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import uvicorn
from fastapi import FastAPI
from neo4j import Driver
from playwright.async_api import Browser, Page, async_playwright, expect

from services import bootstrap
from services.embedding import Embedder
from services.ingest.app import running
from services.matcher import service as match_service
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import PASSWORD, accounts, network

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
# Taken on every run; kept in docs/screenshots (what README shows) only when asked for, by
# `make screenshots`, so that a test run leaves the working tree as it found it.
SCREENSHOTS = Path(
    os.environ.get("CONTAMINA_SCREENSHOTS") or Path(tempfile.gettempdir()) / "contamina-screenshots"
)
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if not Path(CHROMIUM).is_file():  # noqa: ASYNC240 - one stat before the browser starts
        pytest.fail(f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        await chromium.close()


@asynccontextmanager
async def served(app: FastAPI, host: str, port: int) -> AsyncIterator[str]:
    """The app under uvicorn in this event loop, until the block exits; its base URL."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    deadline = time.monotonic() + DEADLINE
    while not server.started:
        if serving.done() or time.monotonic() > deadline:
            pytest.fail(f"the web app did not start on port {port}")
        await asyncio.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        await serving


@pytest.fixture
async def site(settings: Settings, graph: Driver, embedder: Embedder) -> AsyncIterator[str]:
    """The web app's base URL, with ingestion and the matcher running on the web tests'
    network and its accounts (anna and bruno officers, giulia and paolo experts, laura a lab,
    carla a coordinator)."""
    accounts(settings.accounts_path)
    async with running(settings, graph, embedder), match_service.running(settings, graph, embedder):
        network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        async with served(bootstrap.web_app(settings), settings.web_host, settings.web_port) as url:
            yield url


async def signed_in(
    browser: Browser, url: str, username: str, home: str = "/needs", **options: Any
) -> Page:
    """A new browser of `username` (Italian), signed in from the login page that `home` sent
    it to, and back on `home`."""
    context = await browser.new_context(base_url=url, locale="it-IT", **options)
    page = await context.new_page()
    await page.goto(home)
    await expect(page).to_have_url(re.compile(r"/login\?next=" + re.escape(quote(home, safe=""))))
    await page.get_by_label("Nome utente").fill(username)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Accedi").click()
    await expect(page).to_have_url(f"{url}{home}")
    return page


async def accessible(page: Page) -> None:
    """Fails the test with axe-core's serious and critical violations, if the page has any."""
    problems = await accessibility_problems(page)
    assert problems == [], f"{page.url}: {described(problems)}"


SERIOUS = ("serious", "critical")


async def accessibility_problems(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now (WCAG 2.1 AA)."""
    if not AXE.is_file():
        pytest.fail(f"no axe-core at {AXE}: run `make e2e-assets` (npm ci in tests/e2e)")
    # Evaluated through the DevTools protocol, which the pages' Content-Security-Policy (only
    # the app's own scripts) does not govern, unlike a <script> tag.
    await page.evaluate(AXE.read_text())
    report = await page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa',"
        " 'best-practice']})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in report["violations"]
        if v["impact"] in SERIOUS
    ]


def described(problems: list[dict[str, Any]]) -> str:
    return json.dumps(problems, indent=1)
