"""Who carries which archetype: the hidden ground truth that needs are later matched against."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from random import Random

from schemas.needs import PartnerKind
from services.demo.archetypes import ARCHETYPES
from services.demo.voice import ITALIAN


@dataclass
class Carriers:
    """Partners by archetype number, in the order they were made (so output is stable)."""

    by_archetype: dict[int, list[tuple[str, PartnerKind]]] = field(default_factory=dict)
    of_partner: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def add(self, partner_id: str, kind: PartnerKind, archetypes: Sequence[int]) -> None:
        self.of_partner[partner_id] = tuple(archetypes)
        for number in archetypes:
            self.by_archetype.setdefault(number, []).append((partner_id, kind))

    def of(self, number: int) -> list[tuple[str, PartnerKind]]:
        return self.by_archetype.get(number, [])


def eligible(
    kind: PartnerKind,
    domains: Iterable[str] | None = None,
    sector: str | None = None,
    language: str = ITALIAN,
) -> list[int]:
    """Archetypes a partner of this kind (and field, and sector) could plausibly solve, and
    speak of in its language."""
    wanted = set(domains) if domains is not None else None
    return [
        number
        for number, archetype in enumerate(ARCHETYPES)
        if kind in archetype.kinds
        and (wanted is None or archetype.domain in wanted)
        and (sector is None or sector in archetype.solvers)
        and archetype.speaks(language)
    ]


def pick(rng: Random, pool: Sequence[int], count: int) -> list[int]:
    """A coherent set: the first at random, the others preferably from the same field."""
    if not pool:
        return []
    first = rng.choice(pool)
    near = [n for n in pool if n != first and ARCHETYPES[n].domain == ARCHETYPES[first].domain]
    far = [n for n in pool if n != first and n not in near]
    rng.shuffle(near)
    rng.shuffle(far)
    rest = near + far if rng.random() < 0.7 else far + near
    return [first, *rest[: count - 1]]
