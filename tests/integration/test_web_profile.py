"""An expert's and a lab's own profile through the HTTP API, on the real stack with the real
ingestion and matcher services: read it, replace it (the change reaches the graph and a later
match), see the needs it was suggested for, download one's data, erase it; and nobody edits a
profile that is not theirs."""

import asyncio
import time
from typing import Any

import pytest
from fastapi import FastAPI
from neo4j import Driver

from services import polling
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import NEED, PASSWORD, SignIn, client, until

pytestmark = pytest.mark.integration

FATIGUE = {
    "name": "Paolo Vitali",
    "headline": "Ingegnere dei materiali polimerici",
    "bio": "Vent'anni in un laboratorio di prove su componenti per l'automotive.",
    "competences": "Prove di fatica e analisi dei materiali polimerici su componenti in"
    " plastica stampati a iniezione; resistenza a fatica e cedimenti dei pezzi.",
    "topics": ["prove di fatica", "polimeri"],
    "sectors": ["72.19", "22.29"],
    "services": ["materials_testing"],
    "territory": {"province": "BG", "comune": "Dalmine"},
    "languages": ["it", "en"],
    "availability": "limited",
    "hours_per_month": 20,
    "contact": {"email": "paolo.vitali@example.org"},
}


def _score(need: dict[str, Any], partner_id: str) -> float:
    return next((s["score"] for s in need["suggestions"] if s["partner_id"] == partner_id), 0.0)


async def _answered(officer: Any) -> dict[str, Any]:
    need_id = (await officer.post("/api/needs", json=NEED)).json()["id"]
    need: dict[str, Any] = await until(
        officer, f"/api/needs/{need_id}", lambda n: n["state"] == "suggested"
    )
    return need


async def test_an_expert_replaces_their_profile_and_a_later_match_sees_it(
    sign_in: SignIn, graph: Driver
) -> None:
    anna, paolo = await sign_in("anna"), await sign_in("paolo")
    before = (await paolo.get("/api/profile")).json()
    assert (before["name"], before["headline"], before["sectors"]) == (
        "Paolo Vitali",
        "Enologo",
        ["11.02"],
    )
    earlier = _score(await _answered(anna), "expert:vino")

    saved = await paolo.put("/api/profile", params={"wait": 10}, json=FATIGUE)
    assert saved.status_code == 202, saved.text
    assert saved.json() == {"id": "expert:vino", "location": "/api/profile"}
    after = (await paolo.get("/api/profile")).json()
    territory = {"province": "BG", "canton": None, "region": None, "country": "IT",
                 "comune": "Dalmine", "coordinates": None}  # fmt: skip
    assert after == {
        **FATIGUE, "id": "expert:vino", "language": "it", "territory": territory,
        "contact": {"email": "paolo.vitali@example.org", "phone": None, "website": None},
    }  # fmt: skip
    records, _, _ = graph.execute_query(
        "MATCH (e:Expert {id: 'expert:vino'}) RETURN e.headline AS headline, e.sectors AS sectors"
    )
    assert [dict(r) for r in records] == [
        {"headline": "Ingegnere dei materiali polimerici", "sectors": ["72.19", "22.29"]}
    ]

    later = await _answered(anna)
    assert _score(later, "expert:vino") > earlier + 0.1, (earlier, later["suggestions"])


async def test_a_lab_replaces_its_profile_with_the_fields_of_a_lab(sign_in: SignIn) -> None:
    laura = await sign_in("laura")
    lab = (await laura.get("/api/profile")).json()
    assert (lab["id"], lab["tests"], lab["sector"]) == (
        "lab:enologia",
        ["Grado alcolico", "Anidride solforosa"],
        "71.20",
    )
    expert_field = await laura.put("/api/profile", json={**lab, "competences": "vini"})
    assert expert_field.status_code == 422
    assert expert_field.json()["errors"] == [
        {"field": "competences", "message": "non è un campo di questo modulo"}
    ]
    edited = {**lab, "weekly_slots": 12, "tests": [*lab["tests"], "Acidità volatile"]}
    assert (await laura.put("/api/profile", params={"wait": 10}, json=edited)).status_code == 202
    assert (await laura.get("/api/profile")).json() == edited


async def test_nobody_edits_a_profile_that_is_not_theirs(
    app: FastAPI, sign_in: SignIn, graph: Driver
) -> None:
    giulia, anna, carla = await sign_in("giulia"), await sign_in("anna"), await sign_in("carla")
    other = await giulia.put("/api/profile", json={"id": "expert:vino", "name": "Giulia Testa"})
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert other.json()["errors"] == [{"field": "id", "message": "non è l'id del tuo profilo"}]
    invalid = await giulia.put("/api/profile", json={"name": "", "hours_per_month": 500})
    assert {e["field"]: e["message"] for e in invalid.json()["errors"]} == {
        "name": "deve avere almeno 1 caratteri",
        "hours_per_month": "deve essere al massimo 200",
    }
    for officer_or_coordinator in (anna, carla):
        assert (await officer_or_coordinator.get("/api/profile")).status_code == 403
        refused = await officer_or_coordinator.put("/api/profile", json={"name": "X"})
        assert refused.status_code == 403
    async with client(app) as anonymous:
        assert (await anonymous.get("/api/profile")).status_code == 401
    records, _, _ = graph.execute_query("MATCH (e:Expert {id: 'expert:vino'}) RETURN e.name AS n")
    assert [r["n"] for r in records] == ["Paolo Vitali"]


async def test_an_expert_sees_their_needs_downloads_their_data_and_erases_their_profile(
    app: FastAPI, sign_in: SignIn, graph: Driver
) -> None:
    anna, giulia = await sign_in("anna"), await sign_in("giulia")
    need = await _answered(anna)
    accepted = {"partner_id": "expert:fatica", "decision": "accepted"}
    assert (await anna.post(f"/api/needs/{need['id']}/feedback", json=accepted)).is_success

    deadline = time.monotonic() + DEADLINE
    while not (listed := (await giulia.get("/api/profile/needs")).json())[0]["decision"]:
        assert time.monotonic() < deadline, listed
        await asyncio.sleep(0.2)
    assert [(n["need_id"], n["firm"], n["rank"], n["decision"]) for n in listed] == [
        (need["id"], "Plastica Seriana Srl", 1, "accepted")
    ]

    export = await giulia.get("/api/profile/export")
    assert export.headers["content-disposition"] == (
        'attachment; filename="contamina-expert-fatica.json"'
    )
    data = export.json()
    assert data["account"]["username"] == "giulia"
    assert data["profile"]["name"] == "Giulia Testa"
    assert [n["need_id"] for n in data["needs"]] == [need["id"]]
    assert "argon2" not in export.text
    assert PASSWORD not in export.text

    unconfirmed = await giulia.post("/api/profile/erasure", json={"confirm": False})
    assert unconfirmed.status_code == 422
    assert unconfirmed.json()["errors"][0]["field"] == "confirm"
    assert (await giulia.post("/api/profile/erasure", json={"confirm": True})).status_code == 202

    assert (await giulia.get("/api/profile")).status_code == 401  # the session ended
    async with client(app) as again:
        credentials = {"username": "giulia", "password": PASSWORD}
        assert (await again.post("/api/session", json=credentials)).status_code == 401

    def gone() -> bool:
        records, _, _ = graph.execute_query("MATCH (e:Entity {id: 'expert:fatica'}) RETURN e")
        return not records

    await polling.wait_until(gone, DEADLINE, "expert:fatica leaving the graph")
