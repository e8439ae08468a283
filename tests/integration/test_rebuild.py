"""The Kafka log is the source of truth: replaying it gives the same graph."""

import json

import pytest
from neo4j import Driver

from graph import store
from schemas.erasure import ErasableKind
from schemas.feedback import Decision
from schemas.relations import RelationType
from services import bootstrap
from services.accounts import new_account
from services.embedding import Embedder
from services.ingest.app import running
from services.operations.rebuild import caught_up, rebuild
from services.settings import Settings
from tests.integration.ingest_support import (
    CONTACT,
    DEADLINE,
    association,
    decision,
    erase,
    expert,
    firm,
    ids,
    need,
    project,
    publish,
    suggested,
    tie,
    untie,
)

pytestmark = pytest.mark.integration
PASSWORD = "una-password-lunga"


def _history(settings: Settings) -> None:
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        firm("firm:alfa", "Alfa Srl", description="Stampaggio gomma", sector="22.19"),
        firm("firm:beta", "Beta Srl", topics=["ottica", "lenti"]),
        expert("expert:0001", "Maria Rossi", competences="Prove di fatica", contact=CONTACT),
        expert("expert:0002", "Luca Bianchi", competences="Cybersecurity OT"),
        tie(RelationType.MEMBER_OF, "firm:alfa", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:beta", "association:cna-bg"),
        tie(RelationType.AFFILIATED_WITH, "expert:0001", "association:cna-bg"),
        tie(RelationType.COLLABORATED_WITH, "expert:0002", "firm:beta", year=2025, project="OT"),
        tie(RelationType.COLLABORATED_WITH, "firm:beta", "expert:0002", year=2026, project="OT"),
        tie(RelationType.COLLABORATED_WITH, "firm:alfa", "firm:beta", project="Mescole"),
        untie(RelationType.COLLABORATED_WITH, "firm:beta", "firm:alfa", project="Mescole"),
        need("need:0001", "firm:alfa"),
        project("project:0001", "firm:alfa=beneficiary", "expert:0001=provider", "expert:0003"),
        project("project:0002", "firm:beta", "expert:0002=coordinator"),
        expert("expert:0003", "Anna Verdi", competences="Prove di fatica su tecnopolimeri"),
        suggested("need:0001", "expert:0001", "expert:0002"),
        decision("need:0001", "expert:0002", Decision.ACCEPTED),
        decision("need:0001", "expert:0001", Decision.DECLINED),
        erase("expert:0001", ErasableKind.EXPERT),
    )


def participants(graph: Driver, project_id: str) -> tuple[list[str], list[str]]:
    """A project's participants as listed, and those it still waits for."""
    records, _, _ = graph.execute_query(
        "MATCH (p:Project {id: $id}) RETURN p.participant_ids AS ids, p.waiting_ids AS waiting",
        id=project_id,
    )
    return records[0]["ids"], records[0]["waiting"]


async def test_rebuild_equals_the_live_graph_and_keeps_erasures(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        _history(settings)
        await caught_up(settings, graph, within=DEADLINE)
    live = store.snapshot(graph)
    assert "expert:0001" not in ids(graph)
    kinds = {json.loads(link)[1] for link in live[1]}
    assert {"ACCEPTED", "SUGGESTED", "COLLABORATED_WITH", "FOR_FIRM", "TOOK_PART_IN"} <= kinds
    assert participants(graph, "project:0001") == (["firm:alfa", "expert:0003"], [])

    accounts = bootstrap.accounts(settings)
    accounts.add(new_account("anna", "officer", association_id="association:cna-bg"), PASSWORD)
    token, _ = accounts.open_session("anna")

    await rebuild(settings, graph, embedder, within=DEADLINE)

    assert store.snapshot(graph) == live
    assert "expert:0001" not in ids(graph)
    assert participants(graph, "project:0001") == (["firm:alfa", "expert:0003"], [])
    # Accounts live outside the log and the graph: a rebuild keeps them and their sessions.
    again = bootstrap.accounts(settings)
    assert again.authenticate("anna", PASSWORD, "127.0.0.1").username == "anna"
    session = again.session(token)
    assert session is not None
    assert session.username == "anna"


async def test_replaying_everything_into_the_live_graph_changes_nothing(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        _history(settings)
        await caught_up(settings, graph, within=DEADLINE)
    live = store.snapshot(graph)

    replay = settings.model_copy(update={"consumer_group": f"{settings.consumer_group}-replay"})
    async with running(replay, graph, embedder):
        await caught_up(replay, graph, within=DEADLINE)

    assert store.snapshot(graph) == live
