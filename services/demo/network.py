"""A seeded, plausible Bergamo innovation network, as the events that would build it.

`generate` is deterministic: the same seed and scale give the same profiles, texts, event
ids and times. Each part draws from its own random stream, so adding needs does not
reshuffle the firms. The hidden truth (which partners answer which need, which archetype
each need and past project is about, which archetypes each partner carries) is returned
next to the events, never inside them.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from random import Random
from typing import TypeVar

from schemas.events import Event
from schemas.needs import Need, NeedSubmitted
from schemas.organisations import Organisation, OrganisationUpserted
from schemas.profiles import Expert, ExpertUpserted, Lab, LabUpserted
from schemas.projects import Project, ProjectKind, ProjectRecorded
from schemas.relations import Relation, RelationUpserted
from services.demo.cast import Carriers
from services.demo.firms import make_firms
from services.demo.hub import Parents, make_institutions
from services.demo.needs import write_needs
from services.demo.partners import make_expert, make_lab, make_startup
from services.demo.projects import Casting, cast_projects
from services.demo.stamp import SOURCE, Stamper
from services.demo.ties import collaborations, membership, network_projects, structure

# Sizes at scale 1, the demo; the fixed institutions come on top and never scale.
FIRMS, EXPERTS, LABS, STARTUPS, NEEDS, COLLABORATIONS, NETWORK_PROJECTS = (
    2000,
    300,
    80,
    40,
    300,
    1000,
    8,
)
# The hub's past projects, 2022-2025, at scale 1.
PROJECTS = {
    ProjectKind.VOUCHER: 250,
    ProjectKind.RESEARCH: 90,
    ProjectKind.NETWORK: 36,
    ProjectKind.EU: 24,
}


@dataclass(frozen=True)
class Network:
    organisations: tuple[OrganisationUpserted, ...]
    experts: tuple[ExpertUpserted, ...]
    labs: tuple[LabUpserted, ...]
    relations: tuple[RelationUpserted, ...]
    needs: tuple[NeedSubmitted, ...]
    projects: tuple[ProjectRecorded, ...]  # the hub's memory: past projects, 2022-2025
    relevant: Mapping[str, frozenset[str]]  # need id -> ids of the partners that answer it
    archetypes: Mapping[str, int]  # need or project id -> the hidden archetype it is about
    carried: Mapping[str, tuple[int, ...]]  # partner id -> the archetypes it carries

    def profiles_count(self) -> int:
        return len(self.organisations) + len(self.experts) + len(self.labs)

    def events(self) -> list[Event]:
        """Everything, in the order an onboarding would publish it: parties, ties, the
        hub's past projects, needs."""
        return [
            *self.organisations,
            *self.experts,
            *self.labs,
            *self.relations,
            *self.projects,
            *self.needs,
        ]

    def right_partners(self) -> dict[str, frozenset[str]]:
        """Need id -> every partner that carries the need's archetype, whatever its kind,
        but the requesting firm: who a firm would be right to take up."""
        by_archetype: dict[int, set[str]] = {}
        for partner, numbers in self.carried.items():
            for number in numbers:
                by_archetype.setdefault(number, set()).add(partner)
        return {
            need.payload.id: frozenset(
                by_archetype.get(self.archetypes[need.payload.id], set()) - {need.payload.firm_id}
            )
            for need in self.needs
        }


def generate(seed: int = 7, scale: float = 1.0) -> Network:
    """The network for a seed; `scale` multiplies everything but the hub's institutions."""

    def stream(name: str) -> Random:
        return Random(f"{seed}/{name}")  # noqa: S311 - reproducible data, not secrets

    def sized(base: int) -> int:
        return max(1, round(base * scale))

    carriers, parents = Carriers(), Parents()
    institutions = make_institutions(stream("institutions"), carriers, parents)
    firms = make_firms(stream("firms"), sized(FIRMS), carriers)
    rng = stream("startups")
    startups = [make_startup(rng, n, carriers) for n in range(1, sized(STARTUPS) + 1)]
    rng = stream("labs")
    labs = [make_lab(rng, n, carriers, parents) for n in range(1, sized(LABS) + 1)]
    rng = stream("experts")
    experts = [make_expert(rng, n, carriers, parents) for n in range(1, sized(EXPERTS) + 1)]
    clients = [firm for firm in firms if not firm.partner]
    rng = stream("relations")
    relations = [
        *(membership(rng, firm) for firm in firms),
        *structure([s.id for s in startups], labs, experts),
        *collaborations(rng, sized(COLLABORATIONS), clients, carriers),
        *network_projects(rng, sized(NETWORK_PROJECTS), clients, carriers),
    ]
    written = write_needs(stream("needs"), sized(NEEDS), clients, carriers, seed=seed)
    languages = {
        **{o.id: o.language for o in institutions},
        **{e.profile.id: e.profile.language for e in experts},
        **{lab.profile.id: lab.profile.language for lab in labs},
    }
    casting = Casting(clients, carriers, languages)
    recorded = cast_projects(
        stream("projects"), {kind: sized(n) for kind, n in PROJECTS.items()}, casting
    )
    stamper = Stamper(seed)
    organisations = [*institutions, *(f.organisation for f in firms), *startups]
    return Network(
        organisations=tuple(
            _stamped(stamper, OrganisationUpserted, o.id, o) for o in organisations
        ),
        experts=tuple(_stamped(stamper, ExpertUpserted, e.profile.id, e.profile) for e in experts),
        labs=tuple(_stamped(stamper, LabUpserted, lab.profile.id, lab.profile) for lab in labs),
        relations=tuple(_stamped(stamper, RelationUpserted, r.key, r) for r in relations),
        projects=tuple(
            _stamped(stamper, ProjectRecorded, r.project.id, r.project) for r in recorded
        ),
        needs=tuple(
            _stamped(
                stamper, NeedSubmitted, w.need.id, w.need, stamper.in_the_year(i, len(written))
            )
            for i, w in enumerate(written)
        ),
        relevant={w.need.id: w.relevant for w in written},
        archetypes={
            **{w.need.id: w.number for w in written},
            **{r.project.id: r.number for r in recorded},
        },
        carried=dict(carriers.of_partner),
    )


Stamped = TypeVar(
    "Stamped",
    OrganisationUpserted,
    ExpertUpserted,
    LabUpserted,
    RelationUpserted,
    ProjectRecorded,
    NeedSubmitted,
)
# Looked up once: reading a pydantic field default is slow at a hundred thousand events.
_TYPES: dict[type, str] = {
    event: event.model_fields["type"].default for event in Stamped.__constraints__
}


def _stamped(
    stamper: Stamper,
    event: type[Stamped],
    key: str,
    payload: Organisation | Expert | Lab | Relation | Project | Need,
    at: datetime | None = None,
) -> Stamped:
    return event(
        event_id=stamper.event_id(_TYPES[event], key),
        occurred_at=at or stamper.next_time(),
        source=SOURCE,
        payload=payload,
    )
