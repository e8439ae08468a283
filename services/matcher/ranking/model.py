"""Plain data the ranking core reads and writes.

Frozen dataclasses rather than pydantic models: the adapters validate wire data with the
schemas, and the core only needs cheap, hashable values that tests can build inline.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Language = Literal["it", "en"]

SIGNALS = (
    "semantic",
    "lexical",
    "topics",
    "services",
    "experience",
    "history",
    "contamination",
    "proximity",
    "territory",
    "availability",
    "feedback",
)
"""Signal names in the order explanations mention them: relevance first, then the context."""

RELEVANCE = ("semantic", "lexical", "topics", "services", "experience", "history")
"""The signals that say something about this need: meaning, words, the services it calls for,
similar past projects.
The others (the context) only reorder partners that have one of these (see `rank.suggest`)."""


@dataclass(frozen=True)
class Precedent:
    """A past project (or an answered need) behind a memory signal, as an explanation quotes
    it: its title and year."""

    id: str
    title: str
    year: int
    kind: str


@dataclass(frozen=True)
class PathStep:
    """One hop of a warm-introduction path; `relation` is how the previous node reaches it."""

    id: str
    name: str
    kind: str
    relation: str


@dataclass(frozen=True)
class Place:
    """Where a need or a candidate is, as far as known; any part may be missing.

    `region` is a NUTS code (or a country code standing in for one); `country` is ISO 3166-1.
    """

    province: str | None = None
    canton: str | None = None
    region: str | None = None
    country: str | None = None
    coordinates: tuple[float, float] | None = None


@dataclass(frozen=True)
class Candidate:
    """A possible partner as retrieval delivers it, already annotated with its retrieval scores.

    `organisation_id` None means the candidate is its own organisation (a firm, a start-up);
    `path` starts after the firm and ends at the candidate; empty means no known path.
    `experience` and `history` are the hub's and the requester's memory of past projects like
    the need (services.matcher.memory), with the most similar project behind each. `services`
    are those it ticks on its profile (`schemas.common.Service` values).
    """

    id: str
    kind: str
    name: str
    organisation_id: str | None = None
    sector_section: str | None = None
    topics: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    province: str | None = None
    coordinates: tuple[float, float] | None = None
    canton: str | None = None
    region: str | None = None
    country: str | None = None
    availability: float = 1.0
    semantic: float = 0.0
    closeness: float = 0.0
    lexical: float = 0.0
    shared_words: tuple[str, ...] = ()  # the need's words its profile holds, as the need has them
    path: tuple[PathStep, ...] = ()
    accepted: int = 0
    declined: int = 0
    experience: float = 0.0
    history: float = 0.0
    precedent: Precedent | None = None
    shared_precedent: Precedent | None = None
    group_ids: frozenset[str] = frozenset()

    @property
    def place(self) -> Place:
        return Place(self.province, self.canton, self.region, self.country, self.coordinates)

    @property
    def organisation(self) -> str:
        """The organisation the diversity cap counts against."""
        return self.organisation_id or self.id


@dataclass(frozen=True)
class NeedQuery:
    """A firm's need with the officer's filters.

    `province`, `canton`, `region`, `country` and `coordinates` place the need (usually the
    firm's seat) for the territory signal; `province_only` and `max_distance_km` turn that
    place into hard filters. `province_only` is about Italian provinces: a need placed
    elsewhere is refused with it rather than read as "same canton" or "same country", which
    an officer asking for the province would not expect; `max_distance_km` works anywhere.
    `services` are the hub's services the officer says the need calls for, if any.
    """

    text: str
    firm_id: str | None = None
    firm_name: str | None = None
    firm_sector_section: str | None = None
    firm_group_ids: frozenset[str] = frozenset()
    topics: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()
    province: str | None = None
    coordinates: tuple[float, float] | None = None
    province_only: bool = False
    max_distance_km: float | None = None
    canton: str | None = None
    region: str | None = None
    country: str | None = None
    excluded_ids: frozenset[str] = frozenset()
    contamination: bool = True
    k: int = 10
    language: Language = "it"

    @property
    def place(self) -> Place:
        return Place(self.province, self.canton, self.region, self.country, self.coordinates)

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValueError(f"k must be at least 1, got {self.k}")
        if self.province_only and self.province is None:
            raise UnplacedNeedError(
                "province_only needs the need's Italian province, and this need has none"
                f" ({_abroad(self.place)}): give the province, or limit by max_distance_km"
            )
        if self.max_distance_km is not None and self.max_distance_km < 0:
            raise ValueError(f"max_distance_km must not be negative, got {self.max_distance_km}")


class UnplacedNeedError(ValueError):
    """A filter asks for a place the need does not have: the request, not the code, is wrong."""


def _abroad(place: Place) -> str:
    if place.canton:
        return f"it is in canton {place.canton}"
    where = place.region or place.country
    return f"it is in {where}" if where else "its place is unknown"


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; the defaults sum to 1 so a score reads as a share.

    Hand-set: the fallback where no learned ranker is configured (services.matcher.ranker).
    Relevance (meaning, words, the services asked for, and the memory of similar past projects,
    the hub's and the requester's) carries 0.71; the context's share of a score is scaled by
    the candidate's relevance (`rank.suggest`), so it reorders relevant partners and cannot
    lift an irrelevant one. Topic overlap is off by default: it lowered nDCG@10 on the
    development set and on real consortia, where an organisation with dozens of keywords meets
    any long need (docs/ranking.md); the keyword reason of an explanation still names the
    topics shared. The services' 0.05 was taken from the other relevance weights in proportion
    (0.29, 0.26, 0.12 became 0.27, 0.24, 0.11): a need that names no services scores 0 on it
    for every partner, so its ranking hardly moves; no evaluation set names services yet, so
    the weight is set by hand.

    `contamination_gate` is the semantic similarity (the raw cosine), topic overlap or share
    of the services asked for a partner needs before its other sector counts.
    """

    semantic: float = 0.27
    lexical: float = 0.04
    topics: float = 0.0
    services: float = 0.05
    experience: float = 0.24
    history: float = 0.11
    contamination: float = 0.07
    proximity: float = 0.08
    territory: float = 0.05
    availability: float = 0.05
    feedback: float = 0.04
    contamination_gate: float = 0.25

    def __post_init__(self) -> None:
        negative = [name for name, weight in self.by_signal().items() if weight < 0]
        if negative:
            raise ValueError(f"weights must not be negative: {', '.join(negative)}")
        if not 0.0 <= self.contamination_gate <= 1.0:
            raise ValueError(f"contamination_gate must be in [0, 1], got {self.contamination_gate}")

    def by_signal(self) -> dict[str, float]:
        """The weight of every signal, keyed and ordered like `SIGNALS`."""
        return {name: float(getattr(self, name)) for name in SIGNALS}

    @property
    def relevance(self) -> float:
        """The most a candidate's relevance can contribute."""
        return sum(float(getattr(self, name)) for name in RELEVANCE)


@dataclass(frozen=True)
class Suggestion:
    """A ranked partner with everything an officer needs to trust (or reject) it.

    `values` holds each signal in [0, 1]; `contributions` holds weight * value per signal
    and sums to `score`.
    """

    candidate: Candidate
    score: float
    values: Mapping[str, float]
    contributions: Mapping[str, float]
    matched_topics: tuple[str, ...]
    path: tuple[PathStep, ...]
    path_text: str
    explanation: str
