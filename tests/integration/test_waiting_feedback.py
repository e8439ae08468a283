"""Feedback and suggestions that arrive before their need or partner wait for them, in order,
and become dead letters only when what they name never arrives."""

from datetime import UTC, datetime

import pytest
from neo4j import Driver

from graph import feedback
from graph.store import erasure_key
from schemas.erasure import ErasableKind
from schemas.feedback import Decision
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.deadletter import REASON
from services.kafka.topics import DEAD_LETTER, FEEDBACK
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    decision,
    erase,
    expert,
    firm,
    ids,
    need,
    publish,
    read_to_end,
    relation_types,
    suggested,
)

pytestmark = pytest.mark.integration

EARLIER, LATER = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC)


def _decided(graph: Driver) -> set[tuple[str, str, str]]:
    records, _, _ = graph.execute_query(
        "MATCH (n:Need)-[r:ACCEPTED|DECLINED|SUGGESTED]->(p:Entity)"
        " RETURN n.id AS need, type(r) AS type, p.id AS partner"
    )
    return {(r["need"], r["type"], r["partner"]) for r in records}


async def test_feedback_and_suggestions_before_their_need_are_applied_when_it_arrives_in_order(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            suggested("need:0001", "expert:0001", "expert:0002"),
            decision("need:0001", "expert:0001", Decision.ACCEPTED, EARLIER),
            decision("need:0001", "expert:0001", Decision.DECLINED, LATER),
            decision("need:0001", "expert:0002", Decision.ACCEPTED, LATER),
        )
        await wait_until(lambda: feedback.count_pending(graph) == 4, DEADLINE, "all four waiting")
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            expert("expert:0001", "Maria Rossi"),
            expert("expert:0002", "Luca Bianchi"),
            need("need:0001", "firm:alfa"),
        )
        await caught_up(settings, graph, within=DEADLINE)

    assert _decided(graph) == {
        ("need:0001", "SUGGESTED", "expert:0001"),
        ("need:0001", "SUGGESTED", "expert:0002"),
        ("need:0001", "DECLINED", "expert:0001"),
        ("need:0001", "ACCEPTED", "expert:0002"),
    }
    assert read_to_end(settings, DEAD_LETTER) == []


async def test_feedback_whose_need_never_arrives_is_dead_lettered_once(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(settings, decision("need:ghost", "expert:ghost", Decision.ACCEPTED))
        await caught_up(settings, graph, within=DEADLINE)

    letters = read_to_end(settings, DEAD_LETTER)
    assert [letter[REASON] for letter in letters] == ["need_or_partner_missing"]
    assert "need:ghost" in str(letters[0]["contamina-detail"])


async def test_a_waiting_event_that_no_longer_decodes_is_dead_lettered_and_the_sweep_goes_on(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    feedback.park(
        graph,
        [
            {
                "origin": f"{settings.topic(FEEDBACK)}/0/99999",
                "kind": "feedback",
                "need_id": "need:0001",
                "partner_ids": ["expert:0001"],
                "partner_keys": [erasure_key("expert:0001")],
                "queue": "feedback|need:0001|expert:0001",
                "seq": 99999,
                "value": "{written by an older version",
            }
        ],
    )
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            expert("expert:0001", "Maria Rossi"),
            decision("need:0001", "expert:0001", Decision.ACCEPTED),
        )
        await wait_until(lambda: feedback.count_pending(graph) == 2, DEADLINE, "both waiting")
        publish(settings, need("need:0001", "firm:alfa"))
        await caught_up(settings, graph, within=DEADLINE)

    assert _decided(graph) == {("need:0001", "ACCEPTED", "expert:0001")}
    letters = read_to_end(settings, DEAD_LETTER)
    assert [letter[REASON] for letter in letters] == ["not_json"]


async def test_an_acceptance_before_the_firm_arrives_becomes_a_collaboration_when_it_does(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(settings, expert("expert:0001", "Maria Rossi"), need("need:0001", "firm:late"))
        await wait_until(
            lambda: {"expert:0001", "need:0001"} <= ids(graph) | ids(graph, "Need"),
            DEADLINE,
            "the need and the expert, without the firm",
        )
        publish(settings, decision("need:0001", "expert:0001", Decision.ACCEPTED))
        await caught_up(settings, graph, within=DEADLINE)
        assert ("need:0001", "ACCEPTED", "expert:0001") in _decided(graph)

        publish(settings, firm("firm:late", "Tardi Srl"))
        await caught_up(settings, graph, within=DEADLINE)

    assert ("firm:late", "COLLABORATED_WITH", "expert:0001") in relation_types(graph)


async def test_a_suggestion_waits_for_its_partners_but_not_for_an_erased_one(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            expert("expert:gone", "Persona Cancellata"),
            need("need:0001", "firm:alfa"),
        )
        await caught_up(settings, graph, within=DEADLINE)
        publish(settings, erase("expert:gone", ErasableKind.EXPERT))
        await caught_up(settings, graph, within=DEADLINE)

        publish(settings, suggested("need:0001", "expert:gone", "expert:late"))
        await wait_until(lambda: feedback.count_pending(graph) == 1, DEADLINE, "it waits")
        publish(settings, expert("expert:late", "Arriva Dopo"))
        await caught_up(settings, graph, within=DEADLINE)

    assert _decided(graph) == {("need:0001", "SUGGESTED", "expert:late")}
    assert read_to_end(settings, DEAD_LETTER) == []
