"""`contamina ranker fit --from-feedback` on a demo year: the officers' decisions in the graph
train a ranker on the older needs and score it on the newer ones."""

import pytest
from neo4j import Driver

from schemas.matching import MatchQuery
from services.demo import history
from services.demo.network import generate
from services.embedding import Embedder
from services.evaluation import decisions
from services.ingest.app import running
from services.matcher.service import answer
from services.matcher.usecase import Matcher
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, publish

pytestmark = pytest.mark.integration


async def test_decisions_train_a_ranker_on_older_needs_and_score_it_on_newer(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    network = generate(seed=5, scale=0.1)
    async with running(settings, graph, embedder):
        publish(settings, *network.events())
        await caught_up(settings, graph, within=DEADLINE)
        matcher = Matcher(settings, graph, embedder)
        with pytest.raises(decisions.TooFewDecisionsError):
            decisions.fit(matcher)
        answers = {
            need.payload.id: answer(matcher, MatchQuery(need_id=need.payload.id), f"t/{n}")
            for n, need in enumerate(network.needs)
        }
        year = history.events(network.needs, answers, seed=5, right=network.right_partners())
        publish(settings, *year)
        await caught_up(settings, graph, within=DEADLINE)

    learned = decisions.fit(Matcher(settings, graph, embedder))
    assert learned.held_out >= 1
    assert learned.trained_on > learned.held_out
    assert 0.0 <= learned.weights <= 1.0
    assert 0.0 <= learned.learned <= 1.0
    assert learned.ranker.trained_on == "officers' decisions"
