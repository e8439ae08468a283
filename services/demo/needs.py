"""Needs as an officer writes them, and the partners that truly answer each one.

A need is written from one archetype in the firm's words (what goes wrong, what they would
like), never in the partners' words; its relevant set is every partner carrying that
archetype, restricted to the kinds the officer asked for, whatever language the partner
writes in. Some needs come from foreign-owned firms around Kilometro Rosso and are written
in English: most of their right answers are then Italian profiles.

About half the needs also carry the hub's services the officer ticked, read off the symptom:
mostly the archetype's, sometimes a neighbour's. They are drawn from a stream of their own
per need, so ticking them changes no text, firm or answer of a seed.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random

from schemas.common import Service
from schemas.needs import BudgetBand, Need, PartnerKind, Urgency
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers
from services.demo.firms import Firm
from services.demo.institutions import OFFICERS, OFFICES
from services.demo.voice import ENGLISH, ITALIAN, NEED_VOICES, NeedVoice

MIN_RELEVANT = 5  # an archetype with fewer carriers is not worth a need
RESTRICTED_SHARE = 0.25
ANONYMOUS_SHARE = 0.1
ENGLISH_SHARE = 0.2  # of the needs whose archetype can be told in English
KILOMETRO_ROSSO_AREA = "Bergamo e hinterland"  # where the foreign-owned firms sit
# Officers tick services by reading the firm's symptom, not the problem behind it: often they
# tick none, mostly they tick the right kind of help, now and then a plausible wrong one. The
# services signal is measured only if needs name services, and fairly only if the ticks are
# not the answer key.
TICKED_SHARE = 0.55  # needs with one or two services ticked; the others tick none
BOTH_SHARE = 0.3  # of the rightly ticked needs whose archetype offers two or more: two ticked
MISREAD_SHARE = 0.15  # of the ticked needs: one plausible but wrong service instead
GENERIC = (Service.FUNDING_ADVICE, Service.TRAINING)  # what an unsure officer falls back on


@dataclass(frozen=True)
class Written:
    need: Need
    relevant: frozenset[str]
    number: int  # the archetype it is written from: hidden truth, never in the event


def staff(firm: Firm, voice: NeedVoice) -> str:
    count = firm.organisation.employees or 1
    return voice.sole_owner if count == 1 else voice.staff.format(count=count)


def introduction(rng: Random, firm: Firm, named: bool, voice: NeedVoice) -> list[str]:
    """Who is asking: the officer's opener and the firm in a few words (never its profile)."""
    openers = voice.openers if named else [o for o in voice.openers if "{firm}" not in o]
    opener = rng.choice(openers).format(
        office=rng.choice(OFFICES).comune, firm=firm.organisation.name
    )
    intro = rng.choice(voice.firm_intros).format(
        label=firm.sector.label,
        comune=firm.place.comune,
        area=firm.place.area,
        staff=staff(firm, voice),
    )
    return [opener, intro]


def problem(rng: Random, number: int, language: str) -> list[str]:
    """The archetype from the firm's side: one or two symptoms and what they would like."""
    words, voice = ARCHETYPES[number].words(language), NEED_VOICES[language]
    symptoms = rng.sample(words.symptoms, rng.randint(1, 2))
    leads = rng.sample(voice.symptom_leads, len(symptoms))  # never the same lead twice
    return [
        *(f"{lead} {symptom}." for lead, symptom in zip(leads, symptoms, strict=True)),
        f"{rng.choice(voice.ask_leads)} {rng.choice(words.asks)}.",
    ]


def conditions(
    rng: Random, funding: str | None, urgency: Urgency, budget: BudgetBand, voice: NeedVoice
) -> list[str]:
    return [
        rng.choice(voice.funding_leads).format(fund=funding) if funding else "",
        rng.choice(voice.urgency[urgency.value]),
        voice.budget[budget.value] if rng.random() < 0.6 else "",
    ]


def wanted(rng: Random, carriers: Sequence[tuple[str, PartnerKind]]) -> list[PartnerKind]:
    """Sometimes the officer asks for one kind only (a lab, an expert), if there are enough."""
    if rng.random() >= RESTRICTED_SHARE:
        return []
    counts = Counter(kind for _, kind in carriers)
    kinds = [kind for kind in PartnerKind if counts[kind] >= MIN_RELEVANT]
    return [rng.choice(kinds)] if kinds else []


def misreadings(number: int) -> list[Service]:
    """The services an officer may wrongly tick for an archetype: those of the other
    archetypes of its field (a symptom reads like theirs) and the generic ones."""
    domain, own = ARCHETYPES[number].domain, set(ARCHETYPES[number].services)
    near = (s for a in ARCHETYPES if a.domain == domain for s in a.services)
    return [s for s in dict.fromkeys((*near, *GENERIC)) if s not in own]


def ticked(rng: Random, number: int) -> list[Service]:
    """The services an officer ticks for a need written from an archetype, maybe none."""
    if rng.random() >= TICKED_SHARE:
        return []
    if rng.random() < MISREAD_SHARE:
        return [rng.choice(misreadings(number))]
    own = ARCHETYPES[number].services
    if len(own) > 1 and rng.random() < BOTH_SHARE:
        return [own[i] for i in sorted(rng.sample(range(len(own)), 2))]
    return [own[0]]


def need_id(index: int) -> str:
    return f"need:{index:05d}"


def ticking(seed: int, index: int) -> Random:
    """The services' own stream for one need: drawing from the needs' stream would rewrite
    every later need of the seed, and a shared one would tie a need's ticks to the count."""
    return Random(f"{seed}/services/{need_id(index)}")  # noqa: S311 - reproducible data


def write_need(
    rng: Random,
    index: int,
    number: int,
    firm: Firm,
    carriers: Carriers,
    *,
    language: str,
    services: Sequence[Service],
) -> Written:
    voice = NEED_VOICES[language]
    named = rng.random() >= ANONYMOUS_SHARE
    urgency, budget = rng.choice(list(Urgency)), rng.choice(list(BudgetBand))
    funding = rng.choice(voice.funds) if rng.random() < 0.6 else None
    others = [(p, k) for p, k in carriers.of(number) if p != firm.organisation.id]
    kinds = wanted(rng, others)
    parts = [
        *introduction(rng, firm, named, voice),
        *problem(rng, number, language),
        *conditions(rng, funding, urgency, budget, voice),
    ]
    need = Need(
        id=need_id(index),
        firm_id=firm.organisation.id if named else None,
        text=" ".join(part for part in parts if part),
        language=language,
        wanted_kinds=kinds,
        topics=list(ARCHETYPES[number].words(language).need_topics),
        services=list(services),
        urgency=urgency,
        budget=budget,
        territory=firm.organisation.territory,
        funding=funding,
        officer=rng.choice(OFFICERS),
    )
    return Written(need, frozenset(p for p, k in others if not kinds or k in kinds), number)


def written_in(rng: Random, number: int) -> str:
    if ARCHETYPES[number].speaks(ENGLISH) and rng.random() < ENGLISH_SHARE:
        return ENGLISH
    return ITALIAN


def requester(rng: Random, firms: Sequence[Firm], language: str) -> Firm:
    """A firm with the problem; one writing English sits near Kilometro Rosso if one can."""
    near = [f for f in firms if f.place.area == KILOMETRO_ROSSO_AREA]
    return rng.choice(near if language == ENGLISH and near else firms)


def write_needs(
    rng: Random, count: int, clients: Sequence[Firm], carriers: Carriers, *, seed: int
) -> list[Written]:
    """Needs spread evenly over the archetypes, each from a firm of an affected sector, with
    the services ticked from each need's own stream of `seed` (see `ticking`)."""
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
        language = written_in(rng, number)
        firm = requester(rng, having[number] or clients, language)
        services = ticked(ticking(seed, index), number)
        written.append(
            write_need(rng, index, number, firm, carriers, language=language, services=services)
        )
    return written
