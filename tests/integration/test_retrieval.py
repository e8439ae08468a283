"""The matcher's graph retrievals against the real graph: the same need, the same candidates."""

import pytest
from kafka import KafkaAdminClient
from neo4j import Driver

from graph import retrieval
from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.topics import CARRIES
from services.matcher.ranking.text import ANALYSIS
from services.matcher.usecase import query_stems
from services.operations.rebuild import caught_up
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, association, expert, firm, publish, tie

pytestmark = pytest.mark.integration


async def test_acquaintances_come_closest_first_then_most_tied_then_by_id(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    experts = [f"expert:{n:04d}" for n in range(6)]
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            association("association:cna-bg", "CNA Bergamo"),
            association("association:lia", "LIA"),
            *(expert(e, f"Esperto {e}") for e in experts),
            tie(RelationType.MEMBER_OF, "firm:alfa", "association:cna-bg"),
            tie(RelationType.MEMBER_OF, "firm:alfa", "association:lia"),
            *(tie(RelationType.AFFILIATED_WITH, e, "association:cna-bg") for e in experts[1:]),
            tie(RelationType.AFFILIATED_WITH, "expert:0005", "association:lia"),
            tie(RelationType.COLLABORATED_WITH, "expert:0000", "firm:alfa", project="Stampi"),
        )
        await caught_up(settings, graph, within=DEADLINE)

    found = [hit.id for hit in retrieval.neighbours(graph, "firm:alfa", k=4, database=None)]

    # one tie away; two ties away through both associations; then two ties away, by id
    assert found == ["expert:0000", "expert:0005", "expert:0001", "expert:0002"]


async def test_within_a_ring_the_acquaintances_closest_to_the_need_come_first(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    competences = {
        "expert:0001": "Consulenza fiscale e paghe per piccole imprese",
        "expert:0002": "Stampaggio a iniezione di materie plastiche riciclate",
        "expert:0003": "Degustazione di vini e gestione di cantine",
    }
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:alfa", "Alfa Srl"),
            *(expert(e, f"Esperto {e}", competences=c) for e, c in competences.items()),
            *(tie(RelationType.COLLABORATED_WITH, "firm:alfa", e) for e in competences),
        )
        await caught_up(settings, graph, within=DEADLINE)
    need = embedder.queries(["Stampi per pezzi in plastica riciclata"])[0]

    by_meaning = retrieval.neighbours(graph, "firm:alfa", k=3, database=None, vector=need)
    by_id = retrieval.neighbours(graph, "firm:alfa", k=3, database=None)

    assert by_meaning[0].id == "expert:0002"  # one tie each: the one that fits the need first
    assert [hit.id for hit in by_id] == sorted(competences)  # without a need: by id


async def test_partners_offering_the_services_asked_for_come_most_offered_first_then_closest(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            expert("expert:wine", "Anna", competences="Vini e cantine", services=["certification"]),
            expert(
                "expert:iso",
                "Bruno",
                competences="Certificazione ISO 9001 dei processi produttivi",
                services=["certification"],
            ),
            expert(
                "expert:both",
                "Carla",
                competences="Brevetti e marchi",
                services=["certification", "patents_trademarks"],
            ),
            expert("expert:none", "Dario", competences="Certificazione di qualità ISO 9001"),
        )
        await caught_up(settings, graph, within=DEADLINE)
    need = embedder.queries(["Serve la certificazione ISO 9001 per i processi produttivi"])[0]

    def found(*services: str) -> list[str]:
        return [hit.id for hit in retrieval.offering(graph, services, need, 10, None)]

    assert found("certification", "patents_trademarks") == [
        "expert:both", "expert:iso", "expert:wine",
    ]  # fmt: skip
    assert found("certification")[0] == "expert:iso"  # all offer one: the closest first
    assert found("training") == []
    assert found() == []


async def test_each_ingestion_concern_is_a_consumer_group_of_its_own(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        await caught_up(settings, graph, within=DEADLINE)
        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
        try:
            groups = admin.describe_groups([settings.ingest_group(t) for t in CARRIES])
        finally:
            admin.close()

    members = {group["group_id"]: len(group["members"]) for group in groups.values()}
    assert members == {settings.ingest_group(t): 1 for t in CARRIES}


async def test_words_are_searched_by_their_stems_in_either_language(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings,
            expert(
                "expert:fatigue", "Ann Smith", competences="Fatigue testing of parts", language="en"
            ),
            expert("expert:stampi", "Anna Rossi", competences="Stampaggio a iniezione di polimeri"),
        )
        await caught_up(settings, graph, within=DEADLINE)

    def found(need: str) -> list[str]:
        return [hit.id for hit in retrieval.lexical(graph, query_stems(need), 10, None)]

    assert found("Tests on welded joints") == ["expert:fatigue"]  # test
    assert found("Stampi per polimero riciclato") == ["expert:stampi"]  # stamp, polimer
    assert found("the and with") == []  # function words are no query


async def test_profiles_stored_before_stems_are_found_once_ingestion_starts(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(settings, graph, embedder):
        publish(
            settings, expert("expert:stampi", "Anna Rossi", competences="Stampaggio di polimeri")
        )
        await caught_up(settings, graph, within=DEADLINE)
    # As an older release stored it: no stems, the English index's copy of the text.
    graph.execute_query(
        "MATCH (p:Entity {id: 'expert:stampi'}) REMOVE p.terms, p.terms_analysis"
        " SET p.text_en = p.text"
    )
    assert retrieval.lexical(graph, ["stamp"], 10, None) == []

    async with running(settings, graph, embedder):
        pass  # starting is enough: the service re-analyses before it consumes

    assert [hit.id for hit in retrieval.lexical(graph, ["stamp"], 10, None)] == ["expert:stampi"]
    records, _, _ = graph.execute_query(
        "MATCH (p:Entity {id: 'expert:stampi'}) RETURN p.text_en AS copy, p.terms_analysis AS by"
    )
    assert (records[0]["copy"], records[0]["by"]) == (None, ANALYSIS)
