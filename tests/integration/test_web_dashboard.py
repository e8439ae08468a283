"""The coordinators' dashboard on the real stack: a small network, needs at known times, the
matcher's suggestions and the firms' decisions published through Kafka and ingested; the API's
figures are checked to the number, and only coordinators and admins read them."""

from collections.abc import AsyncIterator
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from neo4j import Driver

from schemas.common import Coordinates, Territory
from schemas.events import Event
from schemas.feedback import Decision, Feedback, FeedbackRecorded, Outcome
from schemas.matching import IntroductionStep, MatchAnswer, MatchSuggested, SuggestedPartner
from schemas.needs import Need, NeedSubmitted
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from schemas.relations import RelationType
from services.accounts import Accounts, Passwords, new_account
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.broker import broker
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from services.web.app import create_app
from services.web.sessions import CSRF_HEADER
from tests.integration.ingest_support import (
    DEADLINE,
    association,
    envelope,
    expert,
    firm,
    publish,
    tie,
)

pytestmark = pytest.mark.integration

PASSWORD = "una-password-lunga"
JAN, MAR = datetime(2026, 1, 10, 9, tzinfo=UTC), datetime(2026, 3, 5, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)
# need id: firm, submitted at, topics
NEEDS = {
    "need:n1": ("firm:plastica", JAN, ["gomma", "fatica"]),
    "need:n2": ("firm:plastica", MAR, ["gomma"]),
    "need:n3": ("firm:legno", MAR + 24 * HOUR, ["Legno", "fatica"]),
    "need:n4": ("firm:vino", MAR + 48 * HOUR, []),
}


def _office(office_id: str, name: str, lat: float, lon: float) -> Event:
    where = Territory(province="BG", coordinates=Coordinates(lat=lat, lon=lon))
    payload = Organisation(
        id=office_id, kind=OrganisationKind.HUB_OFFICE, name=name, territory=where
    )
    return OrganisationUpserted(**envelope(), payload=payload)


def _near(lat: float, lon: float) -> Territory:
    return Territory(province="BG", coordinates=Coordinates(lat=lat, lon=lon))


def _need(need_id: str) -> Event:
    firm_id, when, topics = NEEDS[need_id]
    text = "Cerchiamo chi esegua prove di fatica e analisi dei materiali sui nostri pezzi."
    payload = Need(id=need_id, firm_id=firm_id, text=text, topics=topics)
    return NeedSubmitted(**envelope(when), payload=payload)


CNA_STEP = IntroductionStep(
    id="association:cna-bg", name="CNA Bergamo", kind="association", relation="member_of"
)


def _suggested(need_id: str, *partners: tuple[str, str, list[IntroductionStep]]) -> Event:
    suggestions = [
        SuggestedPartner(
            rank=rank, partner_id=partner_id, kind="expert", name=name, score=1 / rank,
            contributions={"semantic": 1 / rank}, path=path, explanation="Affinità.",
        )
        for rank, (partner_id, name, path) in enumerate(partners, start=1)
    ]  # fmt: skip
    answer = MatchAnswer(
        request_id=f"r-{need_id}", need_id=need_id, model="m", suggestions=suggestions
    )
    return MatchSuggested(**envelope(NEEDS[need_id][1]), payload=answer)


def _decided(need_id: str, partner_id: str, decision: Decision, after: timedelta) -> Event:
    outcome = Outcome.SUCCESS if decision is Decision.OUTCOME else None
    payload = Feedback(need_id=need_id, partner_id=partner_id, decision=decision, outcome=outcome)
    return FeedbackRecorded(**envelope(NEEDS[need_id][1] + after), payload=payload)


FATICA = ("expert:fatica", "Giulia Testa")
LEGNO = ("expert:legno", "Marco Boschi")


def _network(settings: Settings) -> None:
    fatica_path = [CNA_STEP, IntroductionStep(id=FATICA[0], name=FATICA[1], kind="expert",
                                              relation="affiliated_with")]  # fmt: skip
    legno_path = [IntroductionStep(id=LEGNO[0], name=LEGNO[1], kind="expert", relation="x")]
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        association("association:conf-bg", "Confartigianato Bergamo"),
        _office("hub_office:01", "Sportello Treviglio", 45.521, 9.593),
        _office("hub_office:02", "Sportello Clusone", 45.887, 9.947),
        firm("firm:plastica", "Plastica Seriana", sector="22.29", territory=_near(45.50, 9.60)),
        firm("firm:legno", "Legnami Orobici", sector="16.23", territory=_near(45.88, 9.95)),
        firm("firm:vino", "Cantina Valcalepio", sector="11.02", territory=Territory(province="BG")),
        expert(FATICA[0], FATICA[1], headline="Ingegnera", sectors=["72.19"], hours_per_month=20),
        expert(LEGNO[0], LEGNO[1], headline="Falegname", sectors=["16.23"]),
        tie(RelationType.MEMBER_OF, "firm:plastica", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:vino", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:legno", "association:conf-bg"),
        *(_need(need_id) for need_id in NEEDS),
        _suggested("need:n1", (*FATICA, fatica_path), (*LEGNO, legno_path)),
        _suggested("need:n2", (*FATICA, fatica_path)),
        _suggested("need:n3", (*FATICA, fatica_path), (*LEGNO, legno_path)),
        _decided("need:n1", FATICA[0], Decision.ACCEPTED, 2 * HOUR),
        _decided("need:n1", FATICA[0], Decision.OUTCOME, 90 * HOUR),
        _decided("need:n1", LEGNO[0], Decision.DECLINED, 3 * HOUR),
        _decided("need:n2", FATICA[0], Decision.DECLINED, 1 * HOUR),
        _decided("need:n3", LEGNO[0], Decision.ACCEPTED, 10 * HOUR),
        _decided("need:n3", FATICA[0], Decision.ACCEPTED, 30 * HOUR),
    )


def _settled(graph: Driver) -> bool:
    records, _, _ = graph.execute_query(
        "RETURN COUNT { (:Need)-[:ACCEPTED]->() } AS accepted,"
        " COUNT { (:Need)-[:DECLINED]->() } AS declined,"
        " COUNT { (:Need)-[:SUGGESTED]->() } AS suggested,"
        " COUNT { ()-[a:ACCEPTED]->() WHERE a.outcome IS NOT NULL } AS outcomes"
    )
    return dict(records[0]) == {"accepted": 3, "declined": 2, "suggested": 5, "outcomes": 1}


@pytest.fixture
async def app(
    settings: Settings, graph: Driver, embedder: Embedder, tmp_path: Path
) -> AsyncIterator[FastAPI]:
    quick = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    accounts = Accounts(tmp_path / "accounts.sqlite3", passwords=quick)
    for draft in (
        new_account("carla", "coordinator", language="en"),
        new_account("root", "admin"),
        new_account("anna", "officer", association_id="association:cna-bg"),
        new_account("giulia", "expert", profile_id="expert:fatica"),
    ):
        accounts.add(draft, PASSWORD)
    async with running(settings, graph, embedder):
        _network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        await wait_until(lambda: _settled(graph), DEADLINE, "the decisions in the graph")
        web = create_app(
            settings, lambda: broker(settings, "web"), lambda: nullcontext(graph), accounts
        )
        async with web.router.lifespan_context(web):
            yield web


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def _signed_in(client: httpx.AsyncClient, username: str) -> httpx.AsyncClient:
    answer = await client.post("/api/session", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers[CSRF_HEADER] = answer.json()["csrf_token"]
    return client


def _series(groups: list[dict[str, Any]]) -> list[tuple[str | None, int, list[int]]]:
    return [(g["id"], g["total"], [m["needs"] for m in g["months"]]) for g in groups]


async def test_the_dashboard_counts_needs_decisions_times_topics_and_load(app: FastAPI) -> None:
    async with _client(app) as client:
        board = (await (await _signed_in(client, "carla")).get("/api/dashboard")).json()
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


async def test_a_needs_picture_has_each_partner_with_its_path_and_decision(app: FastAPI) -> None:
    async with _client(app) as client:
        root = await _signed_in(client, "root")
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


async def test_other_roles_are_refused_and_the_anonymous_asked_to_sign_in(app: FastAPI) -> None:
    for username in ("anna", "giulia"):
        async with _client(app) as client:
            signed = await _signed_in(client, username)
            for url in ("/api/dashboard", "/api/dashboard/needs/need:n1"):
                assert (await signed.get(url)).status_code == 403, (username, url)
            assert (await signed.get("/dashboard")).status_code == 403
    async with _client(app) as anonymous:
        assert (await anonymous.get("/api/dashboard")).status_code == 401
        page = await anonymous.get("/dashboard")
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=%2Fdashboard"
    async with _client(app) as client:
        home = await (await _signed_in(client, "carla")).get("/")
        assert home.headers["location"] == "/dashboard"
        board = await client.get("/dashboard")
        assert board.status_code == 200
        assert board.text.count("<svg") == 5
        assert "need:n1" in board.text
