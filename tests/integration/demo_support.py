"""A demo network's year on the test servers, as `contamina demo` makes it: the network
through Kafka, the real matcher's answer to each need, the firms' decisions."""

from neo4j import Driver

from schemas.feedback import FeedbackRecorded
from schemas.matching import MatchQuery, MatchSuggested
from services.demo import history
from services.demo.network import Network
from services.embedding import Embedder
from services.ingest.app import running
from services.matcher.service import answer
from services.matcher.usecase import Matcher
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, publish


async def a_year(
    settings: Settings, graph: Driver, embedder: Embedder, network: Network, seed: int
) -> list[MatchSuggested | FeedbackRecorded]:
    """Publish the network, answer its needs, publish the year; return the year's events."""
    async with running(settings, graph, embedder):
        publish(settings, *network.events())
        await caught_up(settings, graph, within=DEADLINE)
        matcher = Matcher(settings, graph, embedder)
        answers = {
            need.payload.id: answer(
                matcher, MatchQuery(need_id=need.payload.id), history.request_id(need.payload.id)
            )
            for need in network.needs
        }
        year = history.events(network.needs, answers, seed=seed, right=network.right_partners())
        publish(settings, *year)
        await caught_up(settings, graph, within=DEADLINE)
    return year
