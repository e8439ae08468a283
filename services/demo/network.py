"""A seeded, plausible Bergamo innovation network, as the events that would build it.

`generate` is deterministic: the same seed and scale give the same profiles, texts, event
ids and times. Each part draws from its own random stream, so adding needs does not
reshuffle the firms. The hidden truth (which partners answer which need) is returned next
to the events, never inside them.
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
from schemas.relations import Relation, RelationUpserted
from services.demo.cast import Carriers
from services.demo.firms import make_firms
from services.demo.hub import Parents, make_institutions
from services.demo.needs import write_needs
from services.demo.partners import make_expert, make_lab, make_startup
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


@dataclass(frozen=True)
class Network:
    organisations: tuple[OrganisationUpserted, ...]
    experts: tuple[ExpertUpserted, ...]
    labs: tuple[LabUpserted, ...]
    relations: tuple[RelationUpserted, ...]
    needs: tuple[NeedSubmitted, ...]
    relevant: Mapping[str, frozenset[str]]  # need id -> ids of the partners that answer it

    def profiles_count(self) -> int:
        return len(self.organisations) + len(self.experts) + len(self.labs)

    def events(self) -> list[Event]:
        """Everything, in the order an onboarding would publish it: parties, ties, needs."""
        return [
            *self.organisations,
            *self.experts,
            *self.labs,
            *self.relations,
            *self.needs,
        ]


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
    written = write_needs(stream("needs"), sized(NEEDS), clients, carriers)
    stamper = Stamper(seed)
    organisations = [*institutions, *(f.organisation for f in firms), *startups]
    return Network(
        organisations=tuple(
            _stamped(stamper, OrganisationUpserted, o.id, o) for o in organisations
        ),
        experts=tuple(_stamped(stamper, ExpertUpserted, e.profile.id, e.profile) for e in experts),
        labs=tuple(_stamped(stamper, LabUpserted, lab.profile.id, lab.profile) for lab in labs),
        relations=tuple(_stamped(stamper, RelationUpserted, r.key, r) for r in relations),
        needs=tuple(
            _stamped(
                stamper, NeedSubmitted, w.need.id, w.need, stamper.in_the_year(i, len(written))
            )
            for i, w in enumerate(written)
        ),
        relevant={w.need.id: w.relevant for w in written},
    )


# Looked up once: reading a pydantic field default is slow at a hundred thousand events.
_TYPES: dict[type, str] = {
    event: event.model_fields["type"].default
    for event in (
        OrganisationUpserted,
        ExpertUpserted,
        LabUpserted,
        RelationUpserted,
        NeedSubmitted,
    )
}
Stamped = TypeVar(
    "Stamped", OrganisationUpserted, ExpertUpserted, LabUpserted, RelationUpserted, NeedSubmitted
)


def _stamped(
    stamper: Stamper,
    event: type[Stamped],
    key: str,
    payload: Organisation | Expert | Lab | Relation | Need,
    at: datetime | None = None,
) -> Stamped:
    return event(
        event_id=stamper.event_id(_TYPES[event], key),
        occurred_at=at or stamper.next_time(),
        source=SOURCE,
        payload=payload,
    )
