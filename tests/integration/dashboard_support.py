"""A hub with figures to count, shared by the dashboard's integration and browser tests: needs
at known times, the matcher's suggestions and the firms' decisions, published as the services
would publish them (no matcher runs: the suggestions are fixed, so the figures are exact)."""

from datetime import UTC, datetime, timedelta

from neo4j import Driver

from schemas.common import Coordinates, Territory
from schemas.events import Event
from schemas.feedback import Decision, Feedback, FeedbackRecorded, Outcome
from schemas.matching import IntroductionStep, MatchAnswer, MatchSuggested, SuggestedPartner
from schemas.needs import Need, NeedSubmitted
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from schemas.relations import RelationType
from services.settings import Settings
from tests.integration.ingest_support import association, envelope, expert, firm, publish, tie

JAN, MAR = datetime(2026, 1, 10, 9, tzinfo=UTC), datetime(2026, 3, 5, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)
# need id: firm, submitted at, topics
NEEDS = {
    "need:n1": ("firm:plastica", JAN, ["gomma", "fatica"]),
    "need:n2": ("firm:plastica", MAR, ["gomma"]),
    "need:n3": ("firm:legno", MAR + 24 * HOUR, ["Legno", "fatica"]),
    "need:n4": ("firm:vino", MAR + 48 * HOUR, []),
}


def _office(office_id: str, name: str, lat: float, lon: float) -> Event:
    where = Territory(province="BG", coordinates=Coordinates(lat=lat, lon=lon))
    payload = Organisation(
        id=office_id, kind=OrganisationKind.HUB_OFFICE, name=name, territory=where
    )
    return OrganisationUpserted(**envelope(), payload=payload)


def _near(lat: float, lon: float) -> Territory:
    return Territory(province="BG", coordinates=Coordinates(lat=lat, lon=lon))


def _need(need_id: str) -> Event:
    firm_id, when, topics = NEEDS[need_id]
    text = "Cerchiamo chi esegua prove di fatica e analisi dei materiali sui nostri pezzi."
    payload = Need(id=need_id, firm_id=firm_id, text=text, topics=topics)
    return NeedSubmitted(**envelope(when), payload=payload)


CNA_STEP = IntroductionStep(
    id="association:cna-bg", name="CNA Bergamo", kind="association", relation="member_of"
)


def _suggested(need_id: str, *partners: tuple[str, str, list[IntroductionStep]]) -> Event:
    suggestions = [
        SuggestedPartner(
            rank=rank, partner_id=partner_id, kind="expert", name=name, score=1 / rank,
            contributions={"semantic": 1 / rank}, path=path, explanation="Affinità.",
        )
        for rank, (partner_id, name, path) in enumerate(partners, start=1)
    ]  # fmt: skip
    answer = MatchAnswer(
        request_id=f"r-{need_id}", need_id=need_id, model="m", suggestions=suggestions
    )
    return MatchSuggested(**envelope(NEEDS[need_id][1]), payload=answer)


def _decided(need_id: str, partner_id: str, decision: Decision, after: timedelta) -> Event:
    outcome = Outcome.SUCCESS if decision is Decision.OUTCOME else None
    payload = Feedback(need_id=need_id, partner_id=partner_id, decision=decision, outcome=outcome)
    return FeedbackRecorded(**envelope(NEEDS[need_id][1] + after), payload=payload)


FATICA = ("expert:fatica", "Giulia Testa")
LEGNO = ("expert:legno", "Marco Boschi")


def hub_network(settings: Settings) -> None:
    """Publish the hub: two associations, two offices, three firms, two experts, four needs
    at known times, the matcher's suggestions for three of them and the firms' decisions."""
    fatica_path = [CNA_STEP, IntroductionStep(id=FATICA[0], name=FATICA[1], kind="expert",
                                              relation="affiliated_with")]  # fmt: skip
    legno_path = [IntroductionStep(id=LEGNO[0], name=LEGNO[1], kind="expert", relation="x")]
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        association("association:conf-bg", "Confartigianato Bergamo"),
        _office("hub_office:01", "Sportello Treviglio", 45.521, 9.593),
        _office("hub_office:02", "Sportello Clusone", 45.887, 9.947),
        firm("firm:plastica", "Plastica Seriana", sector="22.29", territory=_near(45.50, 9.60)),
        firm("firm:legno", "Legnami Orobici", sector="16.23", territory=_near(45.88, 9.95)),
        firm("firm:vino", "Cantina Valcalepio", sector="11.02", territory=Territory(province="BG")),
        expert(FATICA[0], FATICA[1], headline="Ingegnera", sectors=["72.19"], hours_per_month=20),
        expert(LEGNO[0], LEGNO[1], headline="Falegname", sectors=["16.23"]),
        tie(RelationType.MEMBER_OF, "firm:plastica", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:vino", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:legno", "association:conf-bg"),
        *(_need(need_id) for need_id in NEEDS),
        _suggested("need:n1", (*FATICA, fatica_path), (*LEGNO, legno_path)),
        _suggested("need:n2", (*FATICA, fatica_path)),
        _suggested("need:n3", (*FATICA, fatica_path), (*LEGNO, legno_path)),
        _decided("need:n1", FATICA[0], Decision.ACCEPTED, 2 * HOUR),
        _decided("need:n1", FATICA[0], Decision.OUTCOME, 90 * HOUR),
        _decided("need:n1", LEGNO[0], Decision.DECLINED, 3 * HOUR),
        _decided("need:n2", FATICA[0], Decision.DECLINED, 1 * HOUR),
        _decided("need:n3", LEGNO[0], Decision.ACCEPTED, 10 * HOUR),
        _decided("need:n3", FATICA[0], Decision.ACCEPTED, 30 * HOUR),
    )


def settled(graph: Driver) -> bool:
    """Whether every decision `hub_network` published is in the graph."""
    records, _, _ = graph.execute_query(
        "RETURN COUNT { (:Need)-[:ACCEPTED]->() } AS accepted,"
        " COUNT { (:Need)-[:DECLINED]->() } AS declined,"
        " COUNT { (:Need)-[:SUGGESTED]->() } AS suggested,"
        " COUNT { ()-[a:ACCEPTED]->() WHERE a.outcome IS NOT NULL } AS outcomes"
    )
    return dict(records[0]) == {"accepted": 3, "declined": 2, "suggested": 5, "outcomes": 1}
