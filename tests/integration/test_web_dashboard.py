"""The coordinators' dashboard on the real stack: a small network, needs at known times, the
matcher's suggestions and the firms' decisions published through Kafka and ingested; the API's
figures are checked to the number, and only coordinators and admins read them."""

from collections.abc import AsyncIterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from neo4j import Driver

from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.broker import broker
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from services.web.app import create_app
from tests.integration.dashboard_support import hub_network, settled
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import SignIn, accounts, client

pytestmark = pytest.mark.integration


@pytest.fixture
async def app(
    settings: Settings, graph: Driver, embedder: Embedder, tmp_path: Path
) -> AsyncIterator[FastAPI]:
    """The web app on the hub, its decisions in the graph; no matcher runs (see
    `dashboard_support`)."""
    async with running(settings, graph, embedder):
        hub_network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        await wait_until(lambda: settled(graph), DEADLINE, "the decisions in the graph")
        web = create_app(
            settings,
            lambda: broker(settings, "web"),
            lambda: nullcontext(graph),
            accounts(tmp_path / "accounts.sqlite3"),
        )
        async with web.router.lifespan_context(web):
            yield web


def _series(groups: list[dict[str, Any]]) -> list[tuple[str | None, int, list[int]]]:
    return [(g["id"], g["total"], [m["needs"] for m in g["months"]]) for g in groups]


async def test_the_dashboard_counts_needs_decisions_times_topics_and_load(sign_in: SignIn) -> None:
    board = (await (await sign_in("carla")).get("/api/dashboard")).json()
    assert board["months"] == ["2026-01", "2026-02", "2026-03"]
    assert _series(board["by_association"]) == [
        ("association:cna-bg", 3, [1, 0, 2]),
        ("association:conf-bg", 1, [0, 0, 1]),
    ]
    assert _series(board["by_office"]) == [
        ("hub_office:01", 2, [1, 0, 1]),  # Plastica is nearest Treviglio
        ("hub_office:02", 1, [0, 0, 1]),  # Legnami nearest Clusone
        (None, 1, [0, 0, 1]),  # the winery has no coordinates
    ]
    assert board["acceptance"] == {
        "suggestions": {"part": 3, "whole": 5, "share": 0.6},
        "needs": {"part": 2, "whole": 3, "share": pytest.approx(2 / 3)},
    }
    # Giulia (research, M) for plastics and for wood (C): cross-sector; Marco (wood) for wood not.
    assert board["cross_sector"] == {"part": 2, "whole": 3, "share": pytest.approx(2 / 3)}
    assert board["time_to_acceptance"] == {"count": 2, "median_hours": 6.0, "p90_hours": 9.2}
    assert [(t["topic"], t["needs"]) for t in board["topics"]] == [
        ("fatica", 2), ("gomma", 2), ("Legno", 1),
    ]  # fmt: skip
    assert [(x["id"], x["open"], x["accepted"], x["suggested"]) for x in board["loads"]] == [
        ("expert:fatica", 1, 2, 3),  # need:n1 concluded, need:n3 open
        ("expert:legno", 1, 1, 2),
    ]
    assert board["loads"][0]["hours_per_month"] == 20
    assert [n["id"] for n in board["recent"]] == ["need:n4", "need:n3", "need:n2", "need:n1"]
    assert board["browser_url"].startswith("http://127.0.0.1:")


async def test_a_needs_picture_has_each_partner_with_its_path_and_decision(sign_in: SignIn) -> None:
    root = await sign_in("root")
    picture = (await root.get("/api/dashboard/needs/need:n3")).json()
    missing = await root.get("/api/dashboard/needs/need:nope")
    page = await root.get("/dashboard/needs/need:n3")
    assert picture["need"]["firm"]["id"] == "firm:legno"
    partners = {p["partner_id"]: p for p in picture["partners"]}
    assert {k: (p["decision"], p["cross_sector"]) for k, p in partners.items()} == {
        "expert:fatica": ("accepted", True),
        "expert:legno": ("accepted", False),
    }
    assert [s["id"] for s in partners["expert:fatica"]["path"]] == [
        "association:cna-bg", "expert:fatica",
    ]  # fmt: skip
    assert "cmd=edit" in picture["browser_url"]
    assert "need%3An3" in picture["browser_url"]
    assert missing.status_code == 404
    assert page.status_code == 200
    assert page.text.count("<svg") == 1
    assert "Giulia Testa (accettato)" in page.text


async def test_other_roles_are_refused_and_the_anonymous_asked_to_sign_in(
    app: FastAPI, sign_in: SignIn
) -> None:
    for username in ("anna", "giulia"):
        signed = await sign_in(username)
        for url in ("/api/dashboard", "/api/dashboard/needs/need:n1"):
            assert (await signed.get(url)).status_code == 403, (username, url)
        assert (await signed.get("/dashboard")).status_code == 403
    async with client(app) as anonymous:
        assert (await anonymous.get("/api/dashboard")).status_code == 401
        page = await anonymous.get("/dashboard")
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=%2Fdashboard"
    carla = await sign_in("carla")
    assert (await carla.get("/")).headers["location"] == "/dashboard"
    board = await carla.get("/dashboard")
    assert board.status_code == 200
    assert board.text.count("<svg") == 5
    assert "need:n1" in board.text
