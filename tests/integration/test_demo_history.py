"""The demo hub's year on the real stack: a small demo network ingested through Kafka, the
real matcher's answers to its needs and the invented decisions published as
`contamina demo` publishes them; everything lands (nothing dead-lettered) and the
coordinators' dashboard counts exactly what was decided."""

from datetime import UTC, datetime

import pytest
from neo4j import Driver

from graph import dashboard, feedback
from schemas.feedback import Decision, FeedbackRecorded
from services.demo import history
from services.demo.network import generate
from services.embedding import Embedder
from services.kafka import topics
from services.settings import Settings
from tests.integration.demo_support import a_year
from tests.integration.ingest_support import read_to_end

pytestmark = pytest.mark.integration


async def test_the_demo_year_reaches_the_graph_and_the_dashboard_counts_it(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    network = generate(seed=3, scale=0.05)
    year = await a_year(settings, graph, embedder, network, seed=3)

    assert read_to_end(settings, topics.DEAD_LETTER) == []
    decided = [e.payload for e in year if isinstance(e, FeedbackRecorded)]
    counted = dashboard.decisions(graph)
    assert counted["accepted"] == sum(d.decision is Decision.ACCEPTED for d in decided) > 0
    assert counted["declined"] == sum(d.decision is Decision.DECLINED for d in decided) > 0
    assert counted["suggested"] == len(network.needs)
    assert feedback.answered_by(graph, history.REQUEST_PREFIX) == len(network.needs)
    months = {(row["year"], row["month"]) for row in dashboard.needs_by_association(graph)}
    assert len(months) >= 6
    first = min(row["seconds"] for row in dashboard.first_acceptances(graph))
    assert first > 0  # accepted after the need was submitted, as the year was written
    assert all(e.occurred_at < datetime.now(UTC) for e in year)
