"""The HTTP API on the real stack, with the real ingestion and matcher services running: an
officer signs in, submits a need, reads its explained suggestions and accepts one, and the
acceptance reaches the graph; nobody reads what their account may not."""

import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from kafka import KafkaAdminClient
from neo4j import Driver

from services.kafka.topics import read_committed
from services.settings import Settings
from services.web.sessions import COOKIE, CSRF_HEADER
from tests.integration.ingest_support import DEADLINE
from tests.integration.web_support import NEED, PASSWORD, SignIn, client, until

pytestmark = pytest.mark.integration


async def test_an_officer_submits_a_need_reads_explained_suggestions_and_accepts_one(
    sign_in: SignIn, graph: Driver
) -> None:
    anna = await sign_in("anna")
    submitted = await anna.post("/api/needs", json=NEED)
    assert submitted.status_code == 202, submitted.text
    location = submitted.headers["Location"]
    need_id = submitted.json()["id"]
    assert location == f"/api/needs/{need_id}"

    need = await until(anna, location, lambda n: n["state"] == "suggested")
    top = need["suggestions"][0]
    assert need["firm"]["name"] == "Plastica Seriana Srl"
    assert need["association_id"] == "association:cna-bg"
    assert top["partner_id"] == "expert:fatica"
    assert top["kind"] == "expert"
    assert top["explanation"]
    assert top["contributions"]["semantic"] > 0
    assert top["cross_sector"] is True  # plastics (C) and research (M)
    assert [step["id"] for step in top["path"]][-1] == "expert:fatica"
    assert all(s["kind"] == "expert" for s in need["suggestions"])

    decided = await anna.post(
        f"{location}/feedback", json={"partner_id": "expert:fatica", "decision": "accepted"}
    )
    assert decided.status_code == 202, decided.text
    need = await until(anna, location, lambda n: n["state"] == "accepted")
    decisions = [(s["partner_id"], s["rank"], s["decision"]) for s in need["suggestions"]]
    assert decisions[0] == ("expert:fatica", 1, "accepted"), decisions
    records, _, _ = graph.execute_query(
        "MATCH (:Need {id: $id})-[:ACCEPTED]->(p) RETURN p.id AS id", id=need_id
    )
    assert [r["id"] for r in records] == ["expert:fatica"]

    listed = (await anna.get("/api/needs")).json()
    assert [(n["id"], n["state"], n["accepted"]) for n in listed] == [(need_id, "accepted", 1)]


async def test_an_officer_reads_only_the_needs_and_firms_of_their_association(
    sign_in: SignIn,
) -> None:
    anna, bruno = await sign_in("anna"), await sign_in("bruno")
    need_id = (await anna.post("/api/needs", json=NEED)).json()["id"]
    await until(anna, f"/api/needs/{need_id}", lambda n: n["state"] == "suggested")

    assert (await bruno.get(f"/api/needs/{need_id}")).status_code == 404
    assert (await bruno.get("/api/needs")).json() == []
    assert (await bruno.get("/api/firms/firm:plastica")).status_code == 404
    assert [f["id"] for f in (await bruno.get("/api/firms")).json()] == ["firm:legno"]
    assert [f["id"] for f in (await anna.get("/api/firms", params={"q": "SERIANA"})).json()] == [
        "firm:plastica"
    ]
    feedback = {"partner_id": "expert:fatica", "decision": "declined"}
    refused = await bruno.post(f"/api/needs/{need_id}/feedback", json=feedback)
    assert refused.status_code == 404

    foreign = await bruno.post("/api/needs", json=NEED)  # anna's firm
    assert foreign.status_code == 422
    assert foreign.headers["content-type"] == "application/problem+json"
    assert foreign.json()["errors"] == [
        {"field": "firm_id", "message": "non è un'impresa della tua associazione"}
    ]


async def test_a_coordinator_reads_every_need_and_an_expert_reads_none(
    sign_in: SignIn,
) -> None:
    anna, carla, giulia = await sign_in("anna"), await sign_in("carla"), await sign_in("giulia")
    need_id = (await anna.post("/api/needs", json=NEED)).json()["id"]
    need = await until(carla, f"/api/needs/{need_id}", lambda n: n["state"] == "suggested")
    assert need["id"] == need_id
    assert [n["id"] for n in (await carla.get("/api/needs")).json()] == [need_id]
    assert (await carla.post("/api/needs", json=NEED)).status_code == 403  # officers submit

    refused = await giulia.get("/api/needs")
    assert refused.status_code == 403
    assert "non ha bisogni da leggere" in refused.json()["detail"]


async def test_invalid_input_names_each_field_in_the_users_language(sign_in: SignIn) -> None:
    anna, carla = await sign_in("anna"), await sign_in("carla")
    bad = {
        **NEED,
        "text": "troppo corto",
        "urgency": "subito",
        "colour": "blu",
        "services": ["training", "x_rays"],
    }
    italian = await anna.post("/api/needs", json=bad)
    assert italian.status_code == 422
    errors = {e["field"]: e["message"] for e in italian.json()["errors"]}
    assert errors["text"] == "deve avere almeno 20 caratteri"
    assert errors["urgency"] == "deve essere uno tra: 'low', 'medium', 'high'"
    assert errors["colour"] == "non è un campo di questo modulo"
    assert errors["services.1"].startswith("deve essere uno tra: 'materials_testing', ")
    english = await carla.get("/api/needs", params={"limit": 0})
    assert english.json()["errors"] == [{"field": "limit", "message": "must be at least 1"}]


async def test_a_service_asked_for_reaches_the_graph_and_explains_the_lab_offering_it(
    sign_in: SignIn, graph: Driver
) -> None:
    """The wine lab offers certification: asked for, the service lifts it and its
    explanation says so; the same need without it leaves the lab where its words put it."""
    anna = await sign_in("anna")
    asked = {**NEED, "wanted_kinds": ["lab"], "services": ["certification", "training"]}
    submitted = await anna.post("/api/needs", json=asked)
    assert submitted.status_code == 202, submitted.text
    location, need_id = submitted.headers["Location"], submitted.json()["id"]

    need = await until(anna, location, lambda n: n["state"] == "suggested")
    assert need["services"] == ["certification", "training"]
    records, _, _ = graph.execute_query(
        "MATCH (n:Need {id: $id}) RETURN n.services AS services", id=need_id
    )
    assert [r["services"] for r in records] == [["certification", "training"]]
    lab = next(s for s in need["suggestions"] if s["partner_id"] == "lab:enologia")
    assert lab["contributions"]["services"] > 0
    assert "offre il servizio richiesto: certificazione" in lab["explanation"].lower()

    unasked = (await anna.post("/api/needs", json={**asked, "services": []})).headers["Location"]
    need = await until(anna, unasked, lambda n: n["state"] == "suggested")
    assert need["services"] == []
    plain = [s for s in need["suggestions"] if s["partner_id"] == "lab:enologia"]
    assert all(s["score"] < lab["score"] and "servizio" not in s["explanation"] for s in plain)


async def test_the_need_form_takes_the_services_and_shows_a_refusal_with_what_was_typed(
    sign_in: SignIn, graph: Driver
) -> None:
    anna = await sign_in("anna")
    form = {
        "csrf_token": anna.headers[CSRF_HEADER],
        "firm_id": "firm:plastica",
        "text": NEED["text"],
        "topics": "polimeri, fatica",
        "services": ["materials_testing", "x_rays"],
    }
    page = await anna.get("/needs/new")
    assert 'name="services" value="materials_testing"' in page.text
    assert "Prove sui materiali" in page.text

    refused = await anna.post("/needs", data=form)
    assert refused.status_code == 422
    assert 'id="services-error"' in refused.text
    assert "deve essere uno tra: &#39;materials_testing&#39;" in refused.text
    assert 'value="materials_testing" checked' in refused.text
    assert str(NEED["text"]).replace("'", "&#39;") in refused.text
    assert 'value="polimeri, fatica"' in refused.text

    taken = await anna.post("/needs", data={**form, "services": ["materials_testing"]})
    assert taken.status_code == 303, taken.text
    need_id = taken.headers["location"].rsplit("/", 1)[1]
    need = await until(anna, f"/api/needs/{need_id}", lambda n: n["state"] == "suggested")
    assert need["services"] == ["materials_testing"]
    page = await anna.get(f"/needs/{need_id}")
    assert "<dt>Servizi</dt><dd>Prove sui materiali</dd>" in page.text


async def test_anonymous_requests_and_forged_posts_are_refused(
    app: FastAPI, sign_in: SignIn
) -> None:
    async with client(app) as anonymous:
        for method, url in [
            ("GET", "/api/needs"),
            ("GET", "/api/firms"),
            ("POST", "/api/needs"),
            ("GET", "/openapi.json"),
        ]:
            answer = await anonymous.request(method, url, json=NEED)
            assert answer.status_code == 401, (method, url)
            assert answer.json()["title"] == "Accesso non effettuato"
        assert (await anonymous.get("/health")).status_code == 200
        assert (await anonymous.get("/docs")).headers["location"] == "/login?next=%2Fdocs"
    anna = await sign_in("anna")
    assert "/api/needs" in (await anna.get("/openapi.json")).json()["paths"]
    forged = await anna.post("/api/needs", json=NEED, headers={CSRF_HEADER: "not-the-token"})
    assert forged.status_code == 403
    del anna.headers[CSRF_HEADER]
    assert (await anna.post("/api/needs", json=NEED)).status_code == 403
    assert (await anna.delete("/api/session")).status_code == 403


async def test_signing_out_ends_the_session_and_failed_logins_are_throttled(
    app: FastAPI, sign_in: SignIn
) -> None:
    anna = await sign_in("anna")
    assert (await anna.get("/api/session")).json()["association_id"] == "association:cna-bg"
    assert (await anna.delete("/api/session")).status_code == 204
    assert (await anna.get("/api/needs")).status_code == 401

    async with client(app) as guesser:
        wrong = {"username": "bruno", "password": "not-his-password"}
        statuses = [(await guesser.post("/api/session", json=wrong)).status_code for _ in range(6)]
        assert statuses == [401] * 5 + [429]
        throttled = await guesser.post("/api/session", json={**wrong, "password": PASSWORD})
        assert throttled.status_code == 429
        assert int(throttled.headers["Retry-After"]) > 0


async def test_a_body_over_the_limit_is_refused_before_it_is_parsed(sign_in: SignIn) -> None:
    anna = await sign_in("anna")
    huge = b'{"text": "' + b"x" * 70_000 + b'"}'
    declared = await anna.post(
        "/api/needs", content=huge, headers={"content-type": "application/json"}
    )
    assert declared.status_code == 413
    assert declared.json()["max_bytes"] == 65_536

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(20):
            yield b"x" * 8192

    chunked = await anna.post(
        "/api/needs", content=chunks(), headers={"content-type": "application/json"}
    )
    assert chunked.status_code == 413


async def test_no_password_hash_or_session_token_reaches_kafka_neo4j_or_the_logs(
    sign_in: SignIn, settings: Settings, graph: Driver, tmp_path: Path, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    anna = await sign_in("anna")
    submitted = await anna.post("/api/needs", json=NEED)
    location = submitted.headers["Location"]
    await until(anna, location, lambda n: n["state"] == "suggested")
    decided = await anna.post(
        f"{location}/feedback", json={"partner_id": "expert:fatica", "decision": "accepted"}
    )
    assert decided.status_code == 202
    await until(anna, location, lambda n: n["state"] == "accepted")
    cookie = anna.cookies[COOKIE]
    with sqlite3.connect(tmp_path / "accounts.sqlite3") as accounts:
        (hashed,) = accounts.execute("SELECT password_hash FROM accounts WHERE username = 'anna'")
    secrets = {
        "password": PASSWORD,
        "password hash": hashed[0],
        "session token": cookie.rpartition(".")[0],
        "CSRF token": anna.headers[CSRF_HEADER],
    }
    assert hashed[0].startswith("$argon2id$")

    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        topics = [t for t in admin.list_topics() if t.startswith(settings.topic_prefix)]
    finally:
        admin.close()
    on_kafka = [
        repr((record.key, record.value, record.headers))
        for topic in topics
        for record in read_committed(settings.kafka_bootstrap_servers, topic, DEADLINE)
    ]
    assert len(on_kafka) > 10  # the network, the need, the match request and its answer
    records, _, _ = graph.execute_query(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN properties(n) AS n, properties(r) AS r"
    )
    in_neo4j = [repr(dict(record)) for record in records]
    for where, texts in [("Kafka", on_kafka), ("Neo4j", in_neo4j), ("the logs", [caplog.text])]:
        for name, secret in secrets.items():
            assert not any(secret in text for text in texts), f"the {name} is in {where}"
        assert not any("$argon2" in text for text in texts), f"a password hash is in {where}"
