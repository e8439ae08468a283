"""The relations of the network: memberships, hosting, affiliations, and past collaborations.

Collaborations follow the hidden archetypes most of the time (a firm worked with someone
who solves a problem of its sector), which is what makes graph proximity informative.
"""

from collections.abc import Sequence
from random import Random

from schemas.profiles import Expert, Lab
from schemas.relations import Relation, RelationType
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers
from services.demo.firms import Firm
from services.demo.institutions import DEPARTMENTS, INCUBATOR, MEMBERSHIP
from services.demo.partners import Attached
from services.demo.vocabulary import PROJECT_PREFIXES

NOISE = 0.15  # share of collaborations with a partner unrelated to the firm's problems


def membership(rng: Random, firm: Firm) -> Relation:
    options = MEMBERSHIP[firm.sector.group]
    slug = rng.choices([s for s, _ in options], weights=[w for _, w in options])[0]
    target = f"association:{slug}-bergamo"
    return Relation(type=RelationType.MEMBER_OF, source_id=firm.organisation.id, target_id=target)


def structure(
    startups: Sequence[str], labs: Sequence[Attached[Lab]], experts: Sequence[Attached[Expert]]
) -> list[Relation]:
    """Hosting, departments in universities, labs in their parents, experts' affiliations."""
    hosted = [(RelationType.HOSTED_BY, s, INCUBATOR.id) for s in startups]
    departments = [(RelationType.PART_OF, d.id, d.parent) for d in DEPARTMENTS if d.parent]
    labs_in = [(RelationType.PART_OF, a.profile.id, a.parent) for a in labs if a.parent]
    experts_in = [
        (RelationType.AFFILIATED_WITH, a.profile.id, a.parent) for a in experts if a.parent
    ]
    return [
        Relation(type=t, source_id=s, target_id=p)
        for t, s, p in hosted + departments + labs_in + experts_in
    ]


def project_title(rng: Random, number: int) -> str:
    return f"{rng.choice(PROJECT_PREFIXES)} {rng.choice(ARCHETYPES[number].italian.topics)}"


def collaboration(source: str, target: str, year: int, project: str) -> Relation:
    return Relation(
        type=RelationType.COLLABORATED_WITH,
        source_id=source,
        target_id=target,
        year=year,
        project=project,
    )


def collaborations(
    rng: Random, count: int, clients: Sequence[Firm], carriers: Carriers
) -> list[Relation]:
    """Firm-partner projects, mostly on a problem the firm's sector has."""
    by_code: dict[str, list[int]] = {}
    for number, archetype in enumerate(ARCHETYPES):
        for code in archetype.affected:
            by_code.setdefault(code, []).append(number)
    partners = list(carriers.of_partner)
    solvers = {n: [p for p, _ in carriers.of(n)] for n in range(len(ARCHETYPES))}
    made: dict[str, Relation] = {}
    for _ in range(count):
        firm = rng.choice(clients)
        number = rng.choice(by_code.get(firm.sector.code, range(len(ARCHETYPES))))
        pool = solvers[number] if rng.random() >= NOISE else partners
        if pool:
            relation = collaboration(
                firm.organisation.id, rng.choice(pool), year(rng), project_title(rng, number)
            )
            made.setdefault(relation.key, relation)
    return list(made.values())


def year(rng: Random) -> int:
    return rng.randint(2015, 2026)


def network_projects(
    rng: Random, count: int, clients: Sequence[Firm], carriers: Carriers
) -> list[Relation]:
    """The hub's "progetti di rete": a few firms of one kind led by a research institution.

    Every firm collaborates with the lead institution and with the first firm, the
    capofila, as the real projects are contracted.
    """
    leads = [
        partner
        for partner, numbers in carriers.of_partner.items()
        if numbers and partner.startswith(("department:", "research_centre:"))
    ]
    relations: list[Relation] = []
    for index in range(1, count + 1):
        lead = rng.choice(leads)
        group = rng.choice(clients).sector.group
        alike = [f for f in clients if f.sector.group == group]
        members = rng.sample(alike, k=min(len(alike), rng.randint(3, 9)))
        title = f"Progetto di rete {index}: {project_title(rng, carriers.of_partner[lead][0])}"
        when, first = year(rng), members[0].organisation.id
        for firm in members:
            relations.append(collaboration(firm.organisation.id, lead, when, title))
            if firm.organisation.id != first:
                relations.append(collaboration(firm.organisation.id, first, when, title))
    return relations
