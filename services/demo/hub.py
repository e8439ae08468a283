"""The hub's fixed institutions as profiles, and where experts and labs can be attached."""

from dataclasses import dataclass, field
from random import Random

from schemas.needs import PartnerKind
from schemas.organisations import Organisation, OrganisationKind
from services.demo import phrasing
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers, eligible, pick
from services.demo.firms import services_of, territory
from services.demo.institutions import ASSOCIATIONS, FIXED, Institution
from services.demo.places import PLACES

Kind = OrganisationKind
# What an institution of each kind offers, and how many problems it is known for.
ROLE = {
    Kind.DEPARTMENT: (PartnerKind.UNIVERSITY, 3),
    Kind.RESEARCH_CENTRE: (PartnerKind.RESEARCH_CENTRE, 4),
}
SECTOR = {
    Kind.DEPARTMENT: "85.42",
    Kind.UNIVERSITY: "85.42",
    Kind.RESEARCH_CENTRE: "72.19",
    Kind.ASSOCIATION: "94.11",
    Kind.HUB_OFFICE: "94.11",
    Kind.INCUBATOR: "70.22",
}


@dataclass
class Parents:
    """Where a new expert or lab of a given field can belong, by archetype domain."""

    research: dict[str, list[str]] = field(default_factory=dict)  # departments and centres
    universities: dict[str, list[str]] = field(default_factory=dict)
    centres: dict[str, list[str]] = field(default_factory=dict)
    labs: dict[str, list[str]] = field(default_factory=dict)
    associations: list[str] = field(default_factory=lambda: [a.id for a in ASSOCIATIONS])

    def add(self, institution: Institution) -> None:
        for domain in institution.domains:
            self.research.setdefault(domain, []).append(institution.id)
            if institution.parent:
                self.universities.setdefault(domain, []).append(institution.parent)
            else:
                self.centres.setdefault(domain, []).append(institution.id)

    def add_lab(self, domain: str, lab_id: str) -> None:
        self.labs.setdefault(domain, []).append(lab_id)

    def for_expert(self, rng: Random, domain: str) -> str:
        roll = rng.random()
        if roll < 0.45 and domain in self.research:
            return rng.choice(self.research[domain])
        if roll < 0.65 and domain in self.labs:
            return rng.choice(self.labs[domain])
        return rng.choice(self.associations)

    def for_lab(self, rng: Random, domain: str) -> str | None:
        roll = rng.random()
        if roll < 0.35 and domain in self.universities:
            return rng.choice(self.universities[domain])
        if roll < 0.6 and domain in self.centres:
            return rng.choice(self.centres[domain])
        return None


def institution_profile(rng: Random, institution: Institution, carriers: Carriers) -> Organisation:
    numbers: list[int] = []
    if institution.kind in ROLE:
        kind, count = ROLE[institution.kind]
        pool = eligible(kind, institution.domains, language=institution.language)
        numbers = pick(rng, pool, count)
        carriers.add(institution.id, kind, numbers)
    place = next(p for p in PLACES if p.comune == institution.comune)
    offer = phrasing.offer(rng, [ARCHETYPES[n] for n in numbers], institution.language)
    return Organisation(
        id=institution.id,
        kind=institution.kind,
        name=institution.name,
        description=phrasing.sentences(institution.description, offer),
        sector=SECTOR[institution.kind],
        topics=phrasing.topics_of(rng, numbers, institution.language),
        services=services_of(numbers),
        territory=territory(rng, place),
        languages=["it", "en"],
        language=institution.language,
    )


def make_institutions(rng: Random, carriers: Carriers, parents: Parents) -> list[Organisation]:
    for institution in FIXED:
        parents.add(institution)
    return [institution_profile(rng, institution, carriers) for institution in FIXED]
