"""The hub's past projects, 2022-2025: who worked on which hidden problem, for whom, when.

Each project is about one archetype: its beneficiaries are firms of a sector that has the
problem, its providers partners that carry it (now and then, `NOISE`, one that is only
loosely related: a partner of the same field). Vouchers pair one firm with a consultant,
a lab, a start-up or a specialist firm; network projects group several firms of a trade
around one or two providers; research projects go to departments and research centres;
EU projects are told in English, with English-writing partners where there are some.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from schemas.needs import PartnerKind
from schemas.projects import Participant, Project, ProjectKind, ProjectRole
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers
from services.demo.firms import Firm
from services.demo.reports import write_report
from services.demo.voice import ENGLISH, ITALIAN

FIRST_DAY, LAST_DAY = date(2022, 1, 10), date(2025, 12, 19)
NOISE = 0.08  # a provider slot given to a partner of the same field, not of the problem
ENGLISH_LEAD = 0.8  # a project led by an English-writing partner is reported in English
K = PartnerKind
PROVIDERS: dict[ProjectKind, tuple[PartnerKind, ...]] = {
    ProjectKind.VOUCHER: (K.EXPERT, K.LAB, K.STARTUP, K.FIRM),
    ProjectKind.NETWORK: (K.EXPERT, K.LAB, K.UNIVERSITY, K.RESEARCH_CENTRE, K.STARTUP),
    ProjectKind.RESEARCH: (K.UNIVERSITY, K.RESEARCH_CENTRE),
    ProjectKind.EU: (K.UNIVERSITY, K.RESEARCH_CENTRE, K.LAB, K.EXPERT, K.STARTUP),
}
# How many firms and providers a project of each kind has (inclusive ranges).
FIRMS = {
    ProjectKind.VOUCHER: (1, 1),
    ProjectKind.NETWORK: (5, 8),
    ProjectKind.RESEARCH: (1, 3),
    ProjectKind.EU: (2, 4),
}
HELPERS = {  # providers: the lead and, sometimes, more
    ProjectKind.VOUCHER: (1, 1),
    ProjectKind.NETWORK: (1, 2),
    ProjectKind.RESEARCH: (1, 2),
    ProjectKind.EU: (2, 3),
}


@dataclass(frozen=True)
class Recorded:
    project: Project
    number: int  # the archetype it was about: hidden truth, never in the event


class Casting:
    """Draws who took part in a project of an archetype, from the network's truth."""

    def __init__(
        self, clients: Sequence[Firm], carriers: Carriers, languages: Mapping[str, str]
    ) -> None:
        self.carriers, self.languages = carriers, languages
        self.affected: dict[int, list[Firm]] = {}
        for number, archetype in enumerate(ARCHETYPES):
            codes = set(archetype.affected)
            self.affected[number] = [f for f in clients if f.sector.code in codes] or list(clients)

    def pool(self, number: int, kinds: Sequence[PartnerKind]) -> list[tuple[str, PartnerKind]]:
        return [(p, k) for p, k in self.carriers.of(number) if k in kinds]

    def topics(self, kind: ProjectKind) -> list[int]:
        """Archetypes a project of this kind can be about: some partner of its kinds has it."""
        english = kind is ProjectKind.EU
        return [
            n
            for n, archetype in enumerate(ARCHETYPES)
            if self.pool(n, PROVIDERS[kind]) and (archetype.speaks(ENGLISH) or not english)
        ]

    def providers(
        self, rng: Random, number: int, kind: ProjectKind
    ) -> list[tuple[str, PartnerKind]]:
        pool = self.pool(number, PROVIDERS[kind])
        if kind is ProjectKind.EU:  # English-writing partners first, if the problem has some
            pool.sort(key=lambda p: self.languages.get(p[0], ITALIAN) != ENGLISH)
            pool = pool[: max(3, len(pool) // 3)]
        count = min(len(pool), rng.randint(*HELPERS[kind]))
        chosen = rng.sample(pool, count)
        if rng.random() < NOISE:
            chosen[-1] = self.loosely_related(rng, number, kind, chosen)
        return chosen

    def loosely_related(
        self, rng: Random, number: int, kind: ProjectKind, chosen: list[tuple[str, PartnerKind]]
    ) -> tuple[str, PartnerKind]:
        domain = ARCHETYPES[number].domain
        taken = {p for p, _ in chosen}
        near = [
            (p, k)
            for n, archetype in enumerate(ARCHETYPES)
            if n != number and archetype.domain == domain
            for p, k in self.pool(n, PROVIDERS[kind])
            if p not in taken and number not in self.carriers.of_partner.get(p, ())
        ]
        return rng.choice(near) if near else chosen[-1]

    def firms(self, rng: Random, number: int, kind: ProjectKind) -> list[Firm]:
        having = self.affected[number]
        if kind is ProjectKind.NETWORK:  # a trade's firms: one group, as the hub gathers them
            group = rng.choice(having).sector.group
            having = [f for f in having if f.sector.group == group] or having
        return rng.sample(having, min(len(having), rng.randint(*FIRMS[kind])))

    def language(self, rng: Random, number: int, kind: ProjectKind, lead: str) -> str:
        if kind is ProjectKind.EU:
            return ENGLISH
        english = self.languages.get(lead, ITALIAN) == ENGLISH
        if english and ARCHETYPES[number].speaks(ENGLISH) and rng.random() < ENGLISH_LEAD:
            return ENGLISH
        return ITALIAN


def when(rng: Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def cast_project(rng: Random, casting: Casting, kind: ProjectKind, number: int) -> Recorded:
    providers = casting.providers(rng, number, kind)
    firms = casting.firms(rng, number, kind)
    day = when(rng)
    language = casting.language(rng, number, kind, providers[0][0])
    written = write_report(
        rng,
        number,
        kind,
        language=language,
        firms=firms,
        providers=[k for _, k in providers],
        year=day.year,
    )
    lead_role = ProjectRole.COORDINATOR if kind is not ProjectKind.VOUCHER else ProjectRole.PROVIDER
    roles = [lead_role] + [ProjectRole.PROVIDER] * (len(providers) - 1)
    participants = [
        *(Participant(id=p, role=role) for (p, _), role in zip(providers, roles, strict=True)),
        *(Participant(id=f.organisation.id, role=ProjectRole.BENEFICIARY) for f in firms),
    ]
    project = Project(
        id="project:pending",
        title=written.title,
        text=written.text,
        date=day,
        kind=kind,
        language=language,
        participants=participants,
    )
    return Recorded(project, number)


def cast_projects(
    rng: Random, counts: Mapping[ProjectKind, int], casting: Casting
) -> list[Recorded]:
    """`counts[kind]` projects of each kind, spread evenly over the archetypes they can be
    about, numbered in the order they started."""
    made: list[Recorded] = []
    for kind, count in counts.items():
        topics, order = casting.topics(kind), list[int]()
        for _ in range(count):
            if not order:
                order = rng.sample(topics, len(topics))
            made.append(cast_project(rng, casting, kind, order.pop()))
    made.sort(key=lambda r: (r.project.date, r.project.title))
    return [
        Recorded(r.project.model_copy(update={"id": f"project:{i:05d}"}), r.number)
        for i, r in enumerate(made, start=1)
    ]
