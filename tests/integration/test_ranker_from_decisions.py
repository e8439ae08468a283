"""`contamina ranker fit --from-feedback` on a demo year: the officers' decisions in the graph
train a ranker on the older needs and score it on the newer ones."""

import pytest
from neo4j import Driver

from services.demo.network import generate
from services.embedding import Embedder
from services.evaluation import decisions
from services.matcher.usecase import Matcher
from services.settings import Settings
from tests.integration.demo_support import a_year

pytestmark = pytest.mark.integration


async def test_decisions_train_a_ranker_on_older_needs_and_score_it_on_newer(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    with pytest.raises(decisions.TooFewDecisionsError):
        decisions.fit(Matcher(settings, graph, embedder))  # nothing decided yet
    await a_year(settings, graph, embedder, generate(seed=5, scale=0.25), seed=5)

    learned = decisions.fit(Matcher(settings, graph, embedder))
    assert learned.held_out >= 1
    assert learned.trained_on > learned.held_out
    assert 0.0 <= learned.weights <= 1.0
    assert 0.0 <= learned.learned <= 1.0
    assert learned.ranker.trained_on == "officers' decisions"
