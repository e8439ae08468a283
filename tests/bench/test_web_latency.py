"""Time from submitting a need to its suggestions on the page, on the demo network.

An officer's browser posts the need; the page then asks the API until the matcher's answer is
in the graph (as `static/need.js` does). Between the two: the need and the match request on
Kafka, ingestion embedding the need into Neo4j, the matcher waiting for it and answering on
Kafka, ingestion keeping the answer with the need. The baseline, measured in the same process
on the same needs, is the matcher alone ranking a need already in the graph (`Matcher.match`):
the ratio says what the events, the log and the waits add to the ranking itself.

Run with `make bench` (or `pytest tests/bench/test_web_latency.py -s`); it prints figures and
asserts nothing about time. The services run in this process, in one event loop, on a machine
shared with Kafka and Neo4j: the worst case is a pessimistic one.
"""

import asyncio
import os
import statistics
import time
from collections import Counter
from contextlib import nullcontext

import httpx
from argon2 import PasswordHasher
from neo4j import Driver

from schemas.matching import MatchQuery
from schemas.relations import RelationType
from services.accounts import Accounts, Passwords, new_account
from services.demo.network import Network, generate
from services.demo.run import run as load
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.broker import broker
from services.matcher import service as match_service
from services.matcher.service import request_for
from services.matcher.usecase import Matcher
from services.settings import Settings
from services.web.app import create_app
from services.web.sessions import CSRF_HEADER

SCALE = float(os.environ.get("CONTAMINA_BENCH_SCALE", "1.0"))
NEEDS = 20
PASSWORD = "una-password-lunga"
DEADLINE_S = 300.0


def _busiest_association(network: Network) -> tuple[str, list[tuple[str, str]]]:
    """The association whose firms have the most demo needs, and those needs (firm, text)."""
    member_of = {
        e.payload.source_id: e.payload.target_id
        for e in network.relations
        if e.payload.type is RelationType.MEMBER_OF
    }
    needs = [
        (need.payload.firm_id, need.payload.text)
        for need in network.needs
        if need.payload.firm_id in member_of
    ]
    busiest, _ = Counter(member_of[firm] for firm, _ in needs if firm).most_common(1)[0]
    return busiest, [(f, t) for f, t in needs if f and member_of[f] == busiest][:NEEDS]


async def _submitted_to_suggested(
    client: httpx.AsyncClient, firm_id: str, text: str
) -> tuple[str, float]:
    started = time.perf_counter()
    answer = await client.post("/api/needs", json={"firm_id": firm_id, "text": text})
    assert answer.status_code == 202, answer.text
    location = answer.headers["Location"]
    while True:
        need = await client.get(location, params={"wait": 20})
        if need.status_code == 200 and need.json()["state"] != "submitted":
            return answer.json()["id"], time.perf_counter() - started
        assert time.perf_counter() - started < DEADLINE_S, need.text


def _figures(name: str, seconds: list[float]) -> str:
    return (
        f"{name}: median {statistics.median(seconds) * 1000:.0f} ms,"
        f" worst {max(seconds) * 1000:.0f} ms over {len(seconds)} needs"
    )


async def test_time_from_a_submitted_need_to_suggestions_on_the_page(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    network = generate(scale=SCALE)
    await load(settings, graph, embedder, events=network.events())
    association, needs = _busiest_association(network)
    accounts = Accounts(
        settings.accounts_path, passwords=Passwords(PasswordHasher(time_cost=1, memory_cost=1024))
    )
    accounts.add(new_account("officer", "officer", association_id=association), PASSWORD)
    app = create_app(
        settings, lambda: broker(settings, "web"), lambda: nullcontext(graph), accounts
    )
    through_the_door = []
    async with (
        running(settings, graph, embedder),
        match_service.running(settings, graph, embedder),
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client,
    ):
        session = await client.post(
            "/api/session", json={"username": "officer", "password": PASSWORD}
        )
        client.headers[CSRF_HEADER] = session.json()["csrf_token"]
        for firm_id, text in needs:
            through_the_door.append(await _submitted_to_suggested(client, firm_id, text))

    matcher = Matcher(settings, graph, embedder)
    ranking_alone = []
    for need_id, _ in through_the_door:
        request = request_for(matcher, MatchQuery(need_id=need_id))
        started = time.perf_counter()
        await asyncio.to_thread(matcher.match, request)
        ranking_alone.append(time.perf_counter() - started)

    door = [seconds for _, seconds in through_the_door]
    print(f"\n[web latency] demo network at scale {SCALE}, association {association}")
    print("[web latency] " + _figures("submitted -> suggestions on the page", door))
    print("[web latency] " + _figures("baseline: the matcher alone", ranking_alone))
    ratio = statistics.median(door) / statistics.median(ranking_alone)
    print(f"[web latency] median ratio to the baseline: {ratio:.1f}x")
