"""The officers' pages in a real (headless) Chromium, on the real stack, with the real ingestion
and matcher services running: sign in, submit a need, read explained suggestions, accept one;
nobody opens what their account may not; every page passes axe-core's serious checks."""

import re

import pytest
from neo4j import Driver
from playwright.async_api import Browser, Page, expect

from tests.e2e.conftest import LAPTOP, PHONE, SCREENSHOTS, accessible, signed_in
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import NEED

pytestmark = pytest.mark.integration
ARRIVAL_MS = DEADLINE * 1000
NEED_TEXT = str(NEED["text"])


async def _submit(page: Page) -> str:
    """Fill the need form as an officer would; the need's page address."""
    await page.get_by_role("link", name="Nuovo bisogno").first.click()
    await page.get_by_role("combobox", name="Impresa").select_option(
        label="Plastica Seriana Srl (BG)"
    )
    await page.get_by_label("Il bisogno").fill(NEED_TEXT)
    await page.get_by_role("checkbox", name="Esperto").check()
    await page.get_by_label("Urgenza").select_option("high")
    await page.get_by_role("button", name="Trova partner").click()
    await expect(page).to_have_url(re.compile(r"/needs/need:[0-9a-f]{16}$"))
    return page.url


async def test_an_officer_submits_a_need_sees_explained_suggestions_and_accepts_one(
    site: str, browser: Browser, graph: Driver
) -> None:
    page = await signed_in(browser, site, "anna", viewport=LAPTOP)
    await accessible(page)  # the needs list, empty
    await page.get_by_role("link", name="Nuovo bisogno").first.click()
    await accessible(page)  # the need form
    await page.get_by_role("button", name="Trova partner").click()  # empty: refused, explained
    await expect(page.get_by_role("alert")).to_contain_text("Correggi il modulo")
    await expect(page.get_by_label("Il bisogno")).to_have_attribute("aria-invalid", "true")
    await accessible(page)
    await page.goto("/needs")

    need_url = await _submit(page)
    top = page.locator("li.suggestion").first
    await expect(top).to_be_visible(timeout=ARRIVAL_MS)  # the page reloads itself
    await expect(top.get_by_role("heading")).to_have_text("Giulia Testa")
    await expect(top).to_contain_text("Intersettoriale")
    await expect(top).to_contain_text("Di che cosa è fatto il punteggio")
    await expect(top.locator("meter").first).to_be_visible()
    await accessible(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=SCREENSHOTS / "need-laptop.png", full_page=False)

    await top.get_by_role("button", name="Accetta Giulia Testa").click()
    await expect(page).to_have_url(need_url)
    await expect(page.locator("li.suggestion").first).to_contain_text("Accettato")
    await expect(page.get_by_label("Esito")).to_be_visible()
    need_id = need_url.rsplit("/", 1)[1]
    records, _, _ = graph.execute_query(
        "MATCH (:Need {id: $id})-[:ACCEPTED]->(p) RETURN p.id AS id", id=need_id
    )
    assert [r["id"] for r in records] == ["expert:fatica"]

    await page.goto("/needs")
    await expect(page.get_by_role("row").nth(1)).to_contain_text("Partner accettato")
    await accessible(page)
    await page.screenshot(path=SCREENSHOTS / "needs-laptop.png")

    phone = await signed_in(browser, site, "anna", viewport=PHONE, is_mobile=True)
    await phone.goto(need_url)
    await expect(phone.locator("li.suggestion").first).to_be_visible()
    await accessible(phone)
    await phone.screenshot(path=SCREENSHOTS / "need-phone.png")
    await phone.goto("/login?lang=en")  # signed in: English from here on, by the cookie
    await phone.goto(need_url)
    await expect(phone.get_by_role("heading", name="Suggested partners")).to_be_visible()


async def test_an_officer_cannot_open_another_associations_need_or_firm(
    site: str, browser: Browser
) -> None:
    anna = await signed_in(browser, site, "anna")
    need_url = await _submit(anna)
    need_id = need_url.rsplit("/", 1)[1]

    bruno = await signed_in(browser, site, "bruno")
    refused = await bruno.goto(need_url)
    assert refused is not None
    assert refused.status == 404
    await expect(bruno.get_by_role("heading", name="Non trovato")).to_be_visible()
    await accessible(bruno)
    assert (await bruno.request.get(f"/api/needs/{need_id}")).status == 404
    assert (await bruno.request.get("/api/firms/firm:plastica")).status == 404
    await bruno.goto("/needs/new")
    firms = await bruno.get_by_role("combobox", name="Impresa").locator("option").all_inner_texts()
    assert firms[1:] == ["Legnami Orobici Snc (BG)"]


async def test_the_anonymous_are_sent_to_login_and_forms_need_their_csrf_token(
    site: str, browser: Browser
) -> None:
    context = await browser.new_context(base_url=site, locale="it-IT")
    page = await context.new_page()
    for path in ("/", "/needs", "/needs/new", "/account"):
        await page.goto(path)
        await expect(page).to_have_url(re.compile(r"/login\?next="))
    await accessible(page)
    assert (await page.request.get("/api/needs")).status == 401

    anna = await signed_in(browser, site, "anna")
    form: dict[str, str | float | bool] = {"firm_id": "firm:plastica", "text": NEED_TEXT}
    forged = await anna.request.post("/needs", form=form, max_redirects=0)
    assert forged.status == 403
    assert "CSRF" in await forged.text()
    await anna.goto("/needs")
    await expect(anna.get_by_text("Ancora nessun bisogno.")).to_be_visible()
    await anna.goto("/account")
    await expect(anna.get_by_role("heading", name="Il tuo account")).to_be_visible()
    await accessible(anna)


async def test_signed_in_users_read_the_api_in_swagger_ui_served_by_the_app(
    site: str, browser: Browser
) -> None:
    anonymous = await (await browser.new_context(base_url=site)).new_page()
    await anonymous.goto("/docs")
    await expect(anonymous).to_have_url(re.compile(r"/login\?next=%2Fdocs$"))
    assert (await anonymous.request.get("/openapi.json")).status == 401

    anna = await signed_in(browser, site, "anna")
    refused: list[str] = []
    anna.on("console", lambda m: refused.append(m.text) if m.type == "error" else None)
    anna.on("requestfailed", lambda r: refused.append(r.url))
    await anna.goto("/docs")
    await expect(anna.get_by_role("heading", name=re.compile("^Contamina"))).to_be_visible()
    operation = anna.locator("#operations-needs-listed_api_needs_get")
    await operation.get_by_role("button").first.click()
    await operation.get_by_role("button", name="Try it out").click()
    await operation.get_by_role("button", name="Execute").click()
    answered = operation.locator(".live-responses-table td.response-col_status:not(.col_header)")
    await expect(answered).to_have_text("200")
    assert refused == [], refused  # no asset from elsewhere, nothing the CSP blocked
    await accessible(anna)  # with api-docs.css: Swagger UI's own colours fail contrast
