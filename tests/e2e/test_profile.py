"""Experts' and labs' own profile in a real (headless) Chromium, on the real stack, with the real
ingestion and matcher services: an expert edits their profile and a later match sees it; a
wrong field is explained; nobody edits another's profile; a lab reads the needs it was
suggested for and erases itself. Every page passes axe-core's serious checks."""

import re

import pytest
from neo4j import Driver
from playwright.async_api import Browser, Page, expect

from tests.e2e.conftest import LAPTOP, PHONE, SCREENSHOTS, accessible, signed_in
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import NEED, PASSWORD

pytestmark = pytest.mark.integration
ARRIVAL_MS = DEADLINE * 1000
POLYMERS = (
    "Prove di fatica e analisi dei materiali polimerici su componenti in plastica stampati a"
    " iniezione; resistenza a fatica e cedimenti dei pezzi."
)


async def _paolos_score(officer: Page) -> float:
    """Submit the web tests' need as the officer; Paolo Vitali's score among its suggestions
    (0 when he is not among them)."""
    await officer.goto("/needs/new")
    await officer.get_by_role("combobox", name="Impresa").select_option(
        label="Plastica Seriana Srl (BG)"
    )
    await officer.get_by_label("Il bisogno").fill(str(NEED["text"]))
    await officer.get_by_role("checkbox", name="Esperto").check()
    await officer.get_by_role("button", name="Trova partner").click()
    await expect(officer.locator("li.suggestion").first).to_be_visible(timeout=ARRIVAL_MS)
    paolo = officer.locator("li.suggestion").filter(has_text="Paolo Vitali")
    if await paolo.count() == 0:
        return 0.0
    score = await paolo.locator(".score").inner_text()  # "Punteggio 0.42"
    return float(score.split()[-1])


async def test_an_expert_edits_their_profile_and_a_later_match_sees_it(
    site: str, browser: Browser, graph: Driver
) -> None:
    anna = await signed_in(browser, site, "anna")
    earlier = await _paolos_score(anna)

    paolo = await signed_in(browser, site, "paolo", "/profile", viewport=LAPTOP)
    await expect(paolo.get_by_role("heading", name="Il tuo profilo")).to_be_visible()
    await expect(paolo.get_by_label("Qualifica")).to_have_value("Enologo")
    await accessible(paolo)
    name = paolo.get_by_label("Nome", exact=True)
    await name.fill("")
    await paolo.get_by_role("button", name="Salva il profilo").click()
    await expect(paolo.get_by_role("alert")).to_contain_text("Correggi il modulo")
    await expect(name).to_have_attribute("aria-invalid", "true")
    await accessible(paolo)

    await name.fill("Paolo Vitali")
    await paolo.get_by_label("Qualifica").fill("Ingegnere dei materiali polimerici")
    await paolo.get_by_label("Che cosa puoi fare per un'impresa").fill(POLYMERS)
    await paolo.get_by_label("Settori (codici ATECO)").fill("72.19, 22.29")
    await paolo.get_by_role("button", name="Salva il profilo").click()
    await expect(paolo).to_have_url(f"{site}/profile?saved=1")
    await expect(paolo.get_by_role("status")).to_contain_text("Salvato")
    await expect(paolo.get_by_label("Qualifica")).to_have_value(
        "Ingegnere dei materiali polimerici"
    )
    records, _, _ = graph.execute_query(
        "MATCH (e:Expert {id: 'expert:vino'}) RETURN e.competences AS text, e.sectors AS sectors"
    )
    assert [dict(r) for r in records] == [{"text": POLYMERS, "sectors": ["72.19", "22.29"]}]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await paolo.screenshot(path=SCREENSHOTS / "profile-laptop.png")

    later = await _paolos_score(anna)
    assert later > earlier + 0.1, (earlier, later)


async def test_nobody_edits_a_profile_that_is_not_theirs(site: str, browser: Browser) -> None:
    paolo = await signed_in(browser, site, "paolo", "/profile")
    token = await paolo.locator("input[name=csrf_token]").first.input_value()
    own = await (await paolo.request.get("/api/profile")).json()
    assert own["id"] == "expert:vino"
    hijack = await paolo.request.put(
        "/api/profile",
        data={**own, "id": "expert:fatica", "name": "Giulia Testa"},
        headers={"X-CSRF-Token": token},
    )
    assert hijack.status == 422
    assert [error["field"] for error in (await hijack.json())["errors"]] == ["id"]

    anna = await signed_in(browser, site, "anna")
    refused = await anna.goto("/profile")
    assert refused is not None
    assert refused.status == 403
    await accessible(anna)
    assert (await anna.request.get("/api/profile")).status == 403


async def test_a_lab_reads_its_needs_and_erases_its_profile(site: str, browser: Browser) -> None:
    laura = await signed_in(browser, site, "laura", "/profile", viewport=PHONE, is_mobile=True)
    await expect(laura.get_by_label("Prove e misure")).to_contain_text("Grado alcolico")
    width = await laura.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the profile form scrolls sideways on a phone"
    await accessible(laura)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await laura.screenshot(path=SCREENSHOTS / "profile-phone.png")

    await laura.get_by_role("link", name="I bisogni per cui sei stato proposto").click()
    await expect(
        laura.get_by_role("heading", name="Bisogni per cui sei stato proposto")
    ).to_be_visible()
    await accessible(laura)

    await laura.goto("/profile")
    await laura.get_by_role("link", name="Cancella il tuo profilo").click()
    await expect(laura).to_have_url(f"{site}/profile/erasure")
    await accessible(laura)
    await laura.get_by_role("button", name="Cancella il mio profilo").click()  # not ticked
    await expect(laura.get_by_role("alert")).to_be_visible()
    await accessible(laura)
    await laura.get_by_label("Voglio che il mio profilo sia cancellato").check()
    await laura.get_by_role("button", name="Cancella il mio profilo").click()
    await expect(laura.get_by_role("heading", name="Profilo cancellato")).to_be_visible()
    await accessible(laura)

    await laura.goto("/profile")
    await expect(laura).to_have_url(re.compile(r"/login\?next=%2Fprofile$"))
    await laura.get_by_label("Nome utente").fill("laura")
    await laura.get_by_label("Password").fill(PASSWORD)
    await laura.get_by_role("button", name="Accedi").click()
    await expect(laura.get_by_role("alert")).to_be_visible()
    await expect(laura).to_have_url(re.compile(r"/login"))
    await accessible(laura)  # the login page with its error
