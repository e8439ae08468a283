"""The coordinators' dashboard in a real (headless) Chromium on the real stack: the
coordinator signs in, lands on the dashboard, reads its charts and their numbers, opens a
need's picture; both pages pass axe-core's serious checks on a laptop and a phone."""

import re
from collections.abc import AsyncIterator

import pytest
from neo4j import Driver
from playwright.async_api import Browser, expect

from services import bootstrap
from services.accounts import Accounts, new_account
from services.embedding import Embedder
from services.ingest.app import running
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from tests.e2e.conftest import LAPTOP, PHONE, SCREENSHOTS, accessible, served, signed_in
from tests.integration.dashboard_support import hub_network, settled
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import PASSWORD

pytestmark = pytest.mark.integration


@pytest.fixture
async def hub(settings: Settings, graph: Driver, embedder: Embedder) -> AsyncIterator[str]:
    """The web app's base URL on `dashboard_support`'s hub, with a coordinator, Carla."""
    accounts = Accounts(settings.accounts_path)
    accounts.add(new_account("carla", "coordinator", display_name="Carla"), PASSWORD)
    async with running(settings, graph, embedder):
        hub_network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        await wait_until(lambda: settled(graph), DEADLINE, "the decisions in the graph")
        async with served(bootstrap.web_app(settings), settings.web_host, settings.web_port) as url:
            yield url


async def test_a_coordinator_reads_the_dashboard_and_opens_a_needs_picture(
    hub: str, browser: Browser
) -> None:
    page = await signed_in(browser, hub, "carla", "/dashboard", viewport=LAPTOP)
    await expect(page.get_by_role("heading", name="Cruscotto dell'hub")).to_be_visible()
    await expect(page.get_by_role("link", name="Cruscotto")).to_be_visible()
    charts = page.get_by_role("img")
    await expect(charts).to_have_count(5)
    await expect(page.get_by_role("img", name="Bisogni al mese per associazione")).to_be_visible()
    numbers = page.locator("details").first
    await numbers.locator("summary").click()
    await expect(numbers.get_by_role("row", name=re.compile("CNA Bergamo"))).to_contain_text("3")
    await accessible(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.evaluate("window.scrollTo(0, 0)")
    await page.screenshot(path=SCREENSHOTS / "dashboard-laptop.png", full_page=False)

    await page.locator('a[href="/dashboard/needs/need:n3"]').click()
    await expect(page).to_have_url(f"{hub}/dashboard/needs/need:n3")
    picture = page.get_by_role(
        "img", name="L'impresa, i partner suggeriti e i percorsi di presentazione"
    )
    await expect(picture).to_be_visible()
    await expect(picture).to_contain_text("Giulia Testa (accettato)")
    await expect(
        page.get_by_role("link", name="Apri questo bisogno in Neo4j Browser")
    ).to_have_attribute("href", re.compile(r"/browser/\?cmd=edit&arg=MATCH"))
    await accessible(page)

    phone = await signed_in(browser, hub, "carla", "/dashboard", viewport=PHONE, is_mobile=True)
    await expect(phone.get_by_role("img").first).to_be_visible()
    width = await phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the dashboard scrolls sideways on a phone"
    await accessible(phone)
    await phone.screenshot(path=SCREENSHOTS / "dashboard-phone.png")
    await phone.goto("/dashboard/needs/need:n3")
    await accessible(phone)
