"""The matcher against the real graph: ranked, explained, through Kafka, learning from feedback."""

import asyncio
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any

import pytest
from neo4j import Driver

from schemas.common import Territory
from schemas.feedback import Decision, Feedback, FeedbackRecorded
from schemas.matching import MatchOptions, MatchQuery
from schemas.needs import Need, NeedSubmitted
from schemas.relations import RelationType
from services.embedding import Embedder
from services.ingest.app import running
from services.kafka.deadletter import REASON
from services.kafka.topics import DEAD_LETTER
from services.matcher import service as match_service
from services.matcher.memory import FRAMING_TEXTS
from services.matcher.usecase import Matcher, MatchRequest
from services.operations.rebuild import caught_up
from services.polling import wait_until
from services.settings import Settings
from tests.integration.ingest_support import (
    DEADLINE,
    WHEN,
    answer_to,
    association,
    envelope,
    expert,
    firm,
    need,
    publish,
    read_to_end,
    request,
    tie,
)

pytestmark = pytest.mark.integration

NEED_TEXT = (
    "L'azienda stampa componenti in plastica per l'automotive e deve dimostrare la resistenza"
    " a fatica dei pezzi: cerca chi possa eseguire prove di fatica e analisi dei materiali."
)


def _network(settings: Settings) -> None:
    bg = Territory(province="BG")
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        firm(
            "firm:plastica",
            "Plastica Seriana Srl",
            description="Stampaggio a iniezione di componenti in plastica per l'automotive",
            sector="22.29",
            group="group:seriana",
        ),
        firm(
            "firm:stampi",
            "Stampi Orobici Srl",
            description="Stampaggio di materie plastiche e prove di fatica interne sui pezzi",
            sector="22.29",
            territory=bg,
        ),
        expert(
            "expert:fatica",
            "Giulia Testa",
            headline="Ingegnera dei materiali",
            competences="Prove di fatica e analisi dei materiali polimerici, resistenza a fatica",
            sectors=["72.19"],
            territory=bg,
        ),
        expert(
            "expert:vino",
            "Paolo Vitali",
            headline="Enologo",
            competences="Vinificazione, cantina, degustazione dei vini della Valcalepio",
            sectors=["11.02"],
            territory=bg,
        ),
        firm(
            "firm:sorella",
            "Sorella Stampi Srl",
            description="Stampaggio di materie plastiche e prove di fatica sui pezzi",
            sector="22.29",
            group="group:seriana",
        ),
        tie(RelationType.MEMBER_OF, "firm:plastica", "association:cna-bg"),
        tie(RelationType.AFFILIATED_WITH, "expert:fatica", "association:cna-bg"),
        NeedSubmitted(
            **envelope(),
            payload=Need(id="need:0001", firm_id="firm:plastica", text=NEED_TEXT),
        ),
    )


@pytest.fixture
async def network(settings: Settings, graph: Driver, embedder: Embedder) -> AsyncIterator[Settings]:
    async with running(settings, graph, embedder):
        _network(settings)
        await caught_up(settings, graph, within=DEADLINE)
        yield settings


def _ids(matcher: Matcher, **options: Any) -> list[str]:
    request = MatchRequest(text=NEED_TEXT, firm_id="firm:plastica", **options)
    return [s.candidate.id for s in matcher.match(request)]


async def test_contamination_on_brings_a_cross_sector_partner_off_is_pure_relevance(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    matcher = Matcher(network, graph, embedder)
    with_contamination = matcher.match(MatchRequest(text=NEED_TEXT, firm_id="firm:plastica"))
    top = with_contamination[0]
    assert top.candidate.id == "expert:fatica"
    assert top.candidate.sector_section == "M"  # the firm is in C: a cross-sector partner
    assert top.values["contamination"] == 1.0
    assert "contaminazione" in top.explanation
    # The words reason quotes the need's words the profile holds, as the need writes them.
    assert top.candidate.shared_words[:3] == ("resistenza", "fatica", "prove")
    assert "«resistenza», «fatica», «prove»" in top.explanation
    assert top.path_text == "Plastica Seriana Srl → CNA Bergamo → Giulia Testa"

    plain = matcher.match(
        MatchRequest(text=NEED_TEXT, firm_id="firm:plastica", contamination=False)
    )
    assert all(s.contributions["contamination"] == 0 for s in plain)
    relevance = [s.values["semantic"] for s in plain]
    assert "firm:plastica" not in [s.candidate.id for s in plain]
    assert "expert:vino" not in _ids(matcher, contamination=False)  # nothing about the need
    assert relevance[0] >= relevance[-1]


async def test_wanted_kinds_filter_and_the_firms_own_group_is_never_proposed(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    matcher = Matcher(network, graph, embedder)
    assert set(_ids(matcher, kinds=frozenset({"firm"}))) == {"firm:stampi"}


async def test_a_request_over_kafka_gets_its_answer_and_feedback_is_learnt(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with match_service.running(network, graph, embedder), running(network, graph, embedder):
        query = MatchQuery(need_id="need:0001", options=MatchOptions(k=3))
        correlation_id = request(network, query, "need:0001")
        reply = await asyncio.to_thread(answer_to, network, correlation_id)
        suggestions = reply["payload"]["suggestions"]
        assert reply["type"] == "match.suggested"
        assert reply["payload"]["need_id"] == "need:0001"
        assert suggestions[0]["partner_id"] == "expert:fatica"
        assert suggestions[0]["explanation"]
        assert [step["id"] for step in suggestions[0]["path"]][-1] == "expert:fatica"

        publish(
            network,
            FeedbackRecorded(
                **envelope(),
                payload=Feedback(
                    need_id="need:0001", partner_id="expert:fatica", decision=Decision.DECLINED
                ),
            ),
        )
        await caught_up(network, graph, within=DEADLINE)
        again = match_service.answer(
            Matcher(network, graph, embedder), MatchQuery(need_id="need:0001"), "again"
        )
        assert "expert:fatica" not in [s.partner_id for s in again.suggestions]


def _request(settings: Settings, need_id: str) -> str:
    """Publish a match request for the need; its correlation id."""
    return request(settings, MatchQuery(need_id=need_id), need_id)


async def test_a_request_that_overtakes_its_need_waits_for_it(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with match_service.running(network, graph, embedder), running(network, graph, embedder):
        correlation_id = _request(network, "need:0002")
        publish(network, need("need:0002", "firm:plastica", NEED_TEXT))
        reply = await asyncio.to_thread(answer_to, network, correlation_id)

    assert reply["payload"]["need_id"] == "need:0002"
    assert reply["payload"]["suggestions"][0]["partner_id"] == "expert:fatica"


async def test_a_request_whose_need_never_arrives_is_dead_lettered(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    impatient = network.model_copy(update={"need_wait_seconds": 1.0})
    async with match_service.running(impatient, graph, embedder):
        _request(impatient, "need:never")
        await wait_until(
            lambda: len(read_to_end(impatient, DEAD_LETTER)) == 1,
            DEADLINE,
            "the request dead-lettered",
        )

    letter = read_to_end(impatient, DEAD_LETTER)[0]
    assert letter[REASON] == "need_or_partner_missing"
    assert "need:never" in letter["contamina-detail"]


async def test_an_accepted_partner_becomes_a_warm_path_for_the_next_need(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    async with running(network, graph, embedder):
        publish(
            network,
            FeedbackRecorded(
                **envelope(),
                payload=Feedback(
                    need_id="need:0001", partner_id="expert:fatica", decision=Decision.ACCEPTED
                ),
            ),
        )
        await caught_up(network, graph, within=DEADLINE)
    records, _, _ = graph.execute_query(
        "MATCH (:Firm {id: 'firm:plastica'})-[c:COLLABORATED_WITH]->(:Expert {id: 'expert:fatica'})"
        " RETURN c.project AS project"
    )
    assert [r["project"] for r in records] == ["Bisogno need:0001"]
    top = Matcher(network, graph, embedder).match(
        MatchRequest(text=NEED_TEXT, firm_id="firm:plastica")
    )[0]
    assert top.candidate.id == "expert:fatica"
    assert top.candidate.accepted == 1
    assert top.path_text == "Plastica Seriana Srl → Giulia Testa"
    assert "ha già collaborato con l'impresa" in top.explanation

    # A need of an earlier day is asked as the hub stood then: the decision came after it.
    def accepted_for(before: date) -> int:
        request = MatchRequest(text=NEED_TEXT, firm_id="firm:plastica", before=before)
        found = Matcher(network, graph, embedder).prepare(request).candidates
        return next(c.accepted for c in found if c.id == "expert:fatica")

    decided = WHEN.date()  # the day the acceptance above was recorded
    assert accepted_for(decided) == 0
    assert accepted_for(decided + timedelta(days=1)) == 1


async def test_focusing_leaves_the_firms_own_profile_out_of_the_query_and_can_be_turned_off(
    network: Settings, graph: Driver, embedder: Embedder
) -> None:
    records, _, _ = graph.execute_query(
        "MATCH (e:Entity {id: 'expert:fatica'}) RETURN e.embedding AS v"
    )
    stored = records[0]["v"]
    asked = embedder.queries([NEED_TEXT])[0]
    plain = sum(a * b for a, b in zip(asked, stored, strict=True))
    request = MatchRequest(text=NEED_TEXT, firm_id="firm:plastica")

    def semantic(matcher: Matcher, focus: bool | None = None) -> float:
        prepared = matcher.prepare(request, focus)
        return next(c.semantic for c in prepared.candidates if c.id == "expert:fatica")

    matcher = Matcher(network.model_copy(update={"focus_query": True}), graph, embedder)
    assert semantic(matcher, focus=False) == pytest.approx(max(0.0, plain), abs=1e-4)
    assert semantic(matcher) != pytest.approx(max(0.0, plain), abs=1e-4)  # the firm's taken out
    unfocused = Matcher(network, graph, embedder)  # the default
    assert semantic(unfocused) == pytest.approx(semantic(matcher, focus=False))


TOWN = "Brignano Gera d'Adda"
BANK_NEED = "La banca ci chiede dati ambientali: capire quanto inquina quello che produciamo."


async def test_the_town_in_a_need_does_not_make_a_partner_of_that_town_closer(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    here = Territory(province="BG", comune=TOWN)
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm(
                "firm:officina", "Officina Rossi", description="Officina meccanica", territory=here
            ),
            firm(
                "firm:garage",
                "Autofficina Brignanese",
                description=f"Tagliandi e riparazioni di automobili. Sede a {TOWN}.",
                territory=here,
            ),
            expert("expert:lca", "Sara Verdi", competences="Analisi del ciclo di vita, LCA"),
        )
        await caught_up(settings, graph, within=DEADLINE)
    matcher = Matcher(settings, graph, embedder)

    def garage(text: str) -> float:
        prepared = matcher.prepare(MatchRequest(text=text, firm_id="firm:officina"))
        return next(c.semantic for c in prepared.candidates if c.id == "firm:garage")

    with_town = garage(f"Officina meccanica a {TOWN}. {BANK_NEED}")
    without = garage(f"Officina meccanica. {BANK_NEED}")
    assert with_town <= without + 0.01
    ranked = matcher.match(
        MatchRequest(text=f"Officina a {TOWN}. {BANK_NEED}", firm_id="firm:officina")
    )
    assert "firm:garage" not in [s.candidate.id for s in ranked]


FRAMING = "Richiesta di una filiale italiana di un gruppo con la direzione all'estero."
PROBLEMS = [
    "Il catalogo esiste solo in italiano.",
    "Le vendite sono ferme da tre anni.",
    "Gli stampi si consumano troppo in fretta.",
    "I clienti contestano le misure dei pezzi.",
    "La bolletta elettrica è raddoppiata.",
    "Il sito web non porta clienti.",
    "Un concorrente copia il loro prodotto.",
    "I pezzi in plastica si rompono vicino agli inserti.",
    "Il magazzino è in disordine e si perdono ordini.",
    "Le macchine non parlano con il gestionale.",
]


async def test_what_the_hubs_needs_share_does_not_make_a_partner_close(
    settings: Settings, graph: Driver, embedder: Embedder
) -> None:
    noise = "Gli operai si lamentano del rumore in reparto: il mandrino vibra e fischia."
    async with running(settings, graph, embedder):
        publish(
            settings,
            firm("firm:filiale", "Filiale Srl", description="Lavorazioni meccaniche"),
            expert(
                "expert:export",
                "Anna Estero",
                competences="Vendere all'estero per le filiali di gruppi esteri: rappresentanza"
                " commerciale in Germania e Francia",
            ),
            expert(
                "expert:vibrazioni",
                "Marco Rumore",
                competences="Analisi delle vibrazioni e del rumore delle macchine utensili",
            ),
            *(  # the hub's needs: every note presents its firm the same way
                need(f"need:{n:02d}", "firm:filiale", f"{FRAMING} {PROBLEMS[n % 10]}")
                for n in range(FRAMING_TEXTS)
            ),
        )
        await caught_up(settings, graph, within=DEADLINE)
    text = f"{FRAMING} {noise}"
    stored = {
        r["id"]: r["v"]
        for r in graph.execute_query(
            "MATCH (e:Entity) WHERE e.id IN ['expert:export', 'expert:vibrazioni']"
            " RETURN e.id AS id, e.embedding AS v"
        ).records
    }
    asked = embedder.queries([text])[0]
    plain = {who: sum(a * b for a, b in zip(asked, v, strict=True)) for who, v in stored.items()}
    prepared = Matcher(settings, graph, embedder).prepare(MatchRequest(text=text))
    semantic = {c.id: c.semantic for c in prepared.candidates if c.id in stored}
    # As asked, the framing counts for the export expert; less what the needs share, the
    # vibration expert leads by more.
    lead = semantic["expert:vibrazioni"] - semantic.get("expert:export", 0.0)
    assert lead > plain["expert:vibrazioni"] - plain["expert:export"] + 0.02
