"""The demo's example need, asked the way `contamina demo` asks it, on the whole demo network:
the officer reads right partners at the top, and nobody who is only in the firm's town or in
its trade."""

import pytest
from neo4j import Driver

from schemas.matching import MatchQuery
from services.demo.network import generate
from services.embedding import Embedder
from services.ingest.app import running
from services.matcher.service import answer
from services.matcher.usecase import Matcher
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, publish

pytestmark = pytest.mark.integration


async def test_the_demo_example_shows_right_partners_first_and_nobody_only_nearby(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    network = generate()
    async with running(settings, graph, embedder):
        publish(settings, *network.events())
        await caught_up(settings, graph, within=DEADLINE)
    need = network.needs[0].payload
    right = network.right_partners()[need.id]
    suggested = answer(Matcher(settings, graph, embedder), MatchQuery(need_id=need.id), "test")
    ids = [s.partner_id for s in suggested.suggestions]

    assert len(set(ids[:5]) & right) >= 3, ids
    firms = {f.payload.id: f.payload for f in network.organisations if f.payload.kind == "firm"}
    requester = firms[need.firm_id or ""]
    town = requester.territory.comune if requester.territory else None
    for partner in set(ids) - right:
        firm = firms.get(partner)
        if firm is None:
            continue
        assert not (firm.territory and firm.territory.comune == town), (partner, town)
        assert firm.sector != requester.sector, (partner, requester.sector)
