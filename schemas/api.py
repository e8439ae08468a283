"""What the HTTP API takes and gives: the forms users fill in and the views they read.

The forms become events (`NeedForm` a `schemas.needs.Need`, `schemas.feedback.PartnerDecision`
a `Feedback`, an edited `schemas.profiles.Expert` or `Lab` its upsert, `ErasureRequest` a
`profile.erased`); the views are read from the graph. The OpenAPI document at /openapi.json is
generated from these models.
"""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from schemas.common import Services
from schemas.envelope import Contract, EntityId
from schemas.feedback import Decision, Outcome
from schemas.matching import IntroductionStep
from schemas.needs import BudgetBand, NeedDescription, PartnerKind, Urgency
from schemas.profiles import Expert, Lab


class NeedForm(NeedDescription):
    """A firm's need as an officer submits it; the service gives it its id."""

    firm_id: EntityId = Field(description="A firm of the officer's association.")


class NeedState(StrEnum):
    """Where a need stands, from the graph: in order, each implies the ones before."""

    SUBMITTED = "submitted"  # in the graph, no suggestions yet
    SUGGESTED = "suggested"  # the matcher's suggestions are in
    ACCEPTED = "accepted"  # the firm took up at least one partner
    CONCLUDED = "concluded"  # an outcome was recorded for an accepted partner


class FirmSummary(Contract):
    id: str
    name: str
    sector: str | None = None
    province: str | None = None


class SuggestionView(Contract):
    rank: int
    partner_id: str
    name: str
    kind: str
    score: float
    contributions: dict[str, float] = Field(
        description="Each signal's part of the score: weight times value (the context's scaled"
        " by the relevance reached), or a learned ranker's contribution; they sum to the score."
    )
    matched_topics: list[str] = []
    path: list[IntroductionStep] = []
    path_text: str = ""
    cross_sector: bool = Field(description="The partner works in another sector than the firm.")
    explanation: str
    decision: Decision | None = Field(None, description="Accepted or declined, when recorded.")
    outcome: Outcome | None = None


class NeedSummary(Contract):
    id: str
    firm: FirmSummary | None = Field(None, description="None until the firm is in the graph.")
    text: str
    state: NeedState
    submitted_at: datetime
    officer: str | None = None
    suggestions: int = Field(0, description="How many partners were suggested.")
    accepted: int = 0


class NeedView(Contract):
    id: str
    firm: FirmSummary | None = None
    association_id: str | None = None
    text: str
    language: str
    wanted_kinds: list[PartnerKind] = []
    topics: list[str] = []
    services: Services = Field([], description="The hub's services the need calls for.")
    urgency: Urgency
    budget: BudgetBand
    funding: str | None = None
    officer: str | None = None
    state: NeedState
    submitted_at: datetime
    suggestions: list[SuggestionView] = []
    fewer_than_asked: bool = Field(
        False,
        description="Fewer partners than asked for had a reason about this need: the list is"
        " honest, not padded with partners that are only nearby or available.",
    )


class Accepted(Contract):
    """A write was taken: it is on the log and reaches the graph shortly."""

    id: str = Field(description="What it is about: the need's id for a need.")
    location: str = Field(description="Where to read it once it is in the graph.")


class Credentials(Contract):
    username: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class SessionView(Contract):
    """Who is signed in, and the token every unsafe request must carry (`X-CSRF-Token`)."""

    username: str
    display_name: str
    role: str
    association_id: str | None = None
    profile_id: str | None = None
    language: str
    csrf_token: str


class ProfileNeed(Contract):
    """A need the expert or lab was suggested for, and where the firm's decision stands."""

    need_id: str
    text: str
    firm: str | None = Field(None, description="The firm's name, once the firm is in the graph.")
    submitted_at: datetime
    rank: int
    score: float
    explanation: str
    latest: bool = Field(description="Among the matcher's latest suggestions for the need.")
    decision: Decision | None = Field(None, description="The firm accepted or declined.")
    outcome: Outcome | None = None
    accepted_at: datetime | None = None


class ErasureRequest(Contract):
    """Erase one's own profile from the graph, and close one's account: it cannot be undone."""

    confirm: bool = Field(description="Must be true: the erasure cannot be undone.")


class AccountExport(Contract):
    username: str
    display_name: str
    role: str
    profile_id: str | None = None
    language: str
    created_at: datetime


class ProfileExport(Contract):
    """Everything Contamina keeps about an expert or a lab and its account (never its
    password hash or session tokens), as its owner downloads it."""

    exported_at: datetime
    account: AccountExport
    profile: Expert | Lab | None = Field(description="None if it is not in the graph yet.")
    needs: list[ProfileNeed] = Field(description="The needs it was suggested for.")
