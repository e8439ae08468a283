"""Needs as an officer writes them, and the partners that truly answer each one.

A need is written from one archetype in the firm's words (what goes wrong, what they would
like), never in the partners' words; its relevant set is every partner carrying that
archetype, restricted to the kinds the officer asked for.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random

from schemas.needs import BudgetBand, Need, PartnerKind, Urgency
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers
from services.demo.firms import Firm
from services.demo.institutions import OFFICERS, OFFICES
from services.demo.vocabulary import (
    FUNDS,
    NEED_ASK_LEADS,
    NEED_BUDGET,
    NEED_FIRM_INTROS,
    NEED_FUNDING_LEADS,
    NEED_OPENERS,
    NEED_SYMPTOM_LEADS,
    NEED_URGENCY,
)

MIN_RELEVANT = 5  # an archetype with fewer carriers is not worth a need
RESTRICTED_SHARE = 0.25
ANONYMOUS_SHARE = 0.1


@dataclass(frozen=True)
class Written:
    need: Need
    relevant: frozenset[str]


def staff(firm: Firm) -> str:
    count = firm.organisation.employees or 1
    return "il solo titolare" if count == 1 else f"{count} dipendenti"


def introduction(rng: Random, firm: Firm, named: bool) -> list[str]:
    """Who is asking: the officer's opener and the firm in a few words (never its profile)."""
    openers = NEED_OPENERS if named else [o for o in NEED_OPENERS if "{firm}" not in o]
    opener = rng.choice(openers).format(
        office=rng.choice(OFFICES).comune, firm=firm.organisation.name
    )
    intro = rng.choice(NEED_FIRM_INTROS).format(
        label=firm.sector.label,
        comune=firm.place.comune,
        area=firm.place.area,
        staff=staff(firm),
    )
    return [opener, intro]


def problem(rng: Random, number: int) -> list[str]:
    """The archetype from the firm's side: one or two symptoms and what they would like."""
    archetype = ARCHETYPES[number]
    symptoms = rng.sample(archetype.symptoms, rng.randint(1, 2))
    return [
        *(f"{rng.choice(NEED_SYMPTOM_LEADS)} {symptom}." for symptom in symptoms),
        f"{rng.choice(NEED_ASK_LEADS)} {rng.choice(archetype.asks)}.",
    ]


def conditions(rng: Random, funding: str | None, urgency: Urgency, budget: BudgetBand) -> list[str]:
    return [
        rng.choice(NEED_FUNDING_LEADS).format(fund=funding) if funding else "",
        rng.choice(NEED_URGENCY[urgency.value]),
        NEED_BUDGET[budget.value] if rng.random() < 0.6 else "",
    ]


def wanted(rng: Random, carriers: Sequence[tuple[str, PartnerKind]]) -> list[PartnerKind]:
    """Sometimes the officer asks for one kind only (a lab, an expert), if there are enough."""
    if rng.random() >= RESTRICTED_SHARE:
        return []
    counts = Counter(kind for _, kind in carriers)
    kinds = [kind for kind in PartnerKind if counts[kind] >= MIN_RELEVANT]
    return [rng.choice(kinds)] if kinds else []


def write_need(rng: Random, index: int, number: int, firm: Firm, carriers: Carriers) -> Written:
    named = rng.random() >= ANONYMOUS_SHARE
    urgency, budget = rng.choice(list(Urgency)), rng.choice(list(BudgetBand))
    funding = rng.choice(FUNDS) if rng.random() < 0.6 else None
    others = [(p, k) for p, k in carriers.of(number) if p != firm.organisation.id]
    kinds = wanted(rng, others)
    parts = [
        *introduction(rng, firm, named),
        *problem(rng, number),
        *conditions(rng, funding, urgency, budget),
    ]
    need = Need(
        id=f"need:{index:05d}",
        firm_id=firm.organisation.id if named else None,
        text=" ".join(part for part in parts if part),
        wanted_kinds=kinds,
        topics=list(ARCHETYPES[number].need_topics),
        urgency=urgency,
        budget=budget,
        territory=firm.organisation.territory,
        funding=funding,
        officer=rng.choice(OFFICERS),
    )
    return Written(need, frozenset(p for p, k in others if not kinds or k in kinds))


def write_needs(
    rng: Random, count: int, clients: Sequence[Firm], carriers: Carriers
) -> list[Written]:
    """Needs spread evenly over the archetypes, each from a firm of an affected sector."""
    numbers = [n for n in range(len(ARCHETYPES)) if len(carriers.of(n)) >= MIN_RELEVANT]
    by_code: dict[str, list[Firm]] = {}
    for firm in clients:
        by_code.setdefault(firm.sector.code, []).append(firm)
    having = {n: [f for c in ARCHETYPES[n].affected for f in by_code.get(c, [])] for n in numbers}
    written: list[Written] = []
    order: list[int] = []
    for index in range(1, count + 1):
        if not order:
            order = rng.sample(numbers, len(numbers))
        number = order.pop()
        firm = rng.choice(having[number] or clients)
        written.append(write_need(rng, index, number, firm, carriers))
    return written
