"""Parties across borders through the real Kafka and Neo4j: a Swiss canton, a NUTS region and
a bare country are stored with their country and matched; a wrong territory is dead-lettered."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from neo4j import Driver

from schemas.common import Coordinates, Territory
from schemas.matching import MatchOptions, MatchQuery
from schemas.profiles import Lab, LabUpserted
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka import deadletter
from services.kafka.publisher import Publisher
from services.kafka.topics import DEAD_LETTER, ORGANISATIONS
from services.matcher import service as match_service
from services.matcher.usecase import Matcher
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    answer_to,
    consume_all,
    envelope,
    expert,
    firm,
    ids,
    publish,
    request,
)

pytestmark = pytest.mark.integration

COMO = Territory(province="CO", comune="Como", coordinates=Coordinates(lat=45.8081, lon=9.0852))
LUGANO = Territory(canton="TI", comune="Lugano", coordinates=Coordinates(lat=46.0037, lon=8.9511))
ABROAD = {
    "lab:lugano": {"canton": "TI", "region": None, "country": "CH"},
    "expert:monaco": {"canton": None, "region": "DE21", "country": "DE"},
    "firm:lyon": {"canton": None, "region": None, "country": "FR"},
}
NEED_TEXT = (
    "Un'impresa di Como stampa componenti in gomma e cerca prove di fatica sui materiali"
    " elastomerici, anche oltre confine."
)
WRONG = {
    "type": "organisation.upserted",
    "schema_version": 1,
    "event_id": str(uuid.uuid4()),
    "occurred_at": "2026-03-01T00:00:00+00:00",
    "source": "tests",
    "payload": {
        "id": "firm:nowhere",
        "kind": "firm",
        "name": "Nowhere",
        "territory": {"canton": "XX"},
    },
}


def _abroad(settings: Settings) -> None:
    out = Publisher(settings)
    out.send_raw(ORGANISATIONS, b"firm:nowhere", json.dumps(WRONG).encode())
    out.flush()
    out.close()
    publish(
        settings,
        firm("firm:como", "Gomme Lariane Srl", sector="22.19", territory=COMO),
        firm("firm:ticino", "Gomme Ticinesi SA", sector="22.19", territory=Territory(canton="TI")),
        LabUpserted(
            **envelope(),
            payload=Lab(
                id="lab:lugano",
                name="Laboratorio materiali Lugano",
                description="Prove di fatica su gomma ed elastomeri",
                territory=LUGANO,
            ),
        ),
        expert(
            "expert:monaco",
            "Anna Huber",
            competences="Fatica dei materiali elastomerici e delle guarnizioni in gomma",
            territory=Territory(region="DE21"),
        ),
        firm(
            "firm:lyon",
            "Caoutchouc Lyonnais",
            description="Prove di fatica e invecchiamento su componenti in gomma",
            territory=Territory(country="FR"),
        ),
    )


@pytest.fixture
async def abroad(settings: Settings, graph: Driver, embedder: Embedder) -> AsyncIterator[Settings]:
    async with running(settings, graph, embedder), match_service.running(settings, graph, embedder):
        _abroad(settings)
        await wait_until(
            lambda: {"firm:como", "firm:ticino", *ABROAD} <= ids(graph), DEADLINE, "the parties"
        )
        yield settings


def _stored(graph: Driver) -> dict[str, dict[str, Any]]:
    records, _, _ = graph.execute_query(
        "MATCH (e:Entity) RETURN e.id AS id, e.canton AS canton, e.region AS region,"
        " e.country AS country"
    )
    return {r["id"]: {"canton": r["canton"], "region": r["region"], "country": r["country"]}
            for r in records}  # fmt: skip


async def test_parties_abroad_are_stored_with_their_country_and_matched(
    abroad: Settings, graph: Driver
) -> None:
    stored = _stored(graph)
    assert {party: stored[party] for party in ABROAD} == ABROAD
    assert stored["firm:como"]["country"] == "IT"

    asked = request(abroad, MatchQuery(text=NEED_TEXT, firm_id="firm:como"), "firm:como")
    reply = await asyncio.to_thread(answer_to, abroad, asked)
    suggested = {s["partner_id"]: s for s in reply["payload"]["suggestions"]}
    assert set(ABROAD) <= set(suggested)
    assert suggested["lab:lugano"]["contributions"]["territory"] > 0  # 24 km across the border
    assert suggested["expert:monaco"]["contributions"]["territory"] == 0


async def test_the_distance_limit_crosses_the_border_by_coordinates(
    abroad: Settings, graph: Driver, embedder: Embedder
) -> None:
    options = MatchOptions(max_distance_km=50)
    query = MatchQuery(text=NEED_TEXT, firm_id="firm:como", options=options)
    near = match_service.answer(Matcher(abroad, graph, embedder), query, "near")
    assert [s.partner_id for s in near.suggestions] == ["lab:lugano"]


async def test_a_wrong_territory_and_province_only_abroad_are_dead_lettered_with_the_reason(
    abroad: Settings,
) -> None:
    only_here = MatchOptions(province_only=True)
    request(abroad, MatchQuery(text=NEED_TEXT, firm_id="firm:ticino", options=only_here), "ask")
    letters = await asyncio.to_thread(consume_all, abroad, DEAD_LETTER, 2, DEADLINE)
    by_key = {letter["key"]: letter for letter in letters}
    wrong, unplaced = by_key[b"firm:nowhere"], by_key[b"ask"]
    assert wrong[deadletter.REASON] == "validation_failed"
    assert "payload.territory.canton: Value error, not a Swiss canton" in wrong[deadletter.DETAIL]
    assert "e.g. TI" in wrong[deadletter.DETAIL]
    assert unplaced[deadletter.REASON] == "validation_failed"
    assert "province_only needs the need's Italian province" in unplaced[deadletter.DETAIL]
    assert "canton TI" in unplaced[deadletter.DETAIL]
