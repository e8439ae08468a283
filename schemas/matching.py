"""Asking the matcher for partners, and its ranked, explained answer."""

from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from schemas.common import AtecoCode, Province, Services, Topics
from schemas.envelope import Contract, EntityId, Envelope, LongText, ShortText
from schemas.needs import PartnerKind

NeedText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=5000)]


class MatchOptions(Contract):
    kinds: Annotated[list[PartnerKind], Field(max_length=len(PartnerKind))] = Field(
        [], description="Wanted kinds of partner; empty means any."
    )
    province: Province | None = Field(None, description="Where the need is; default the firm's.")
    province_only: bool = Field(False, description="Only partners in that province.")
    max_distance_km: float | None = Field(None, gt=0, le=1000)
    contamination: bool = Field(True, description="Prefer partners from another sector.")
    k: int = Field(10, ge=1, le=50, description="How many suggestions.")
    language: Literal["it", "en"] = "it"


class MatchQuery(Contract):
    """Either a need already in the graph (`need_id`) or a need's text."""

    need_id: EntityId | None = None
    text: NeedText | None = None
    firm_id: EntityId | None = None
    sector: AtecoCode | None = Field(None, description="The firm's sector if it is not known.")
    topics: Topics = []
    services: Services = Field(
        [], description="Services the need calls for; a stored need's own when not given."
    )
    options: MatchOptions = MatchOptions()

    @model_validator(mode="after")
    def _something_to_match(self) -> Self:
        if self.need_id is None and self.text is None:
            raise ValueError("give the need's id or its text")
        return self


class MatchRequested(Envelope):
    type: Literal["match.requested"] = "match.requested"
    schema_version: Literal[1] = 1
    payload: MatchQuery


class IntroductionStep(Contract):
    id: str
    name: str
    kind: str
    relation: str


class SuggestedPartner(Contract):
    rank: int = Field(ge=1)
    partner_id: str
    kind: str
    name: str
    score: float
    contributions: dict[str, float] = Field(
        description="Each signal's part of the score: weight times value (the context's scaled"
        " by the relevance reached), or a learned ranker's contribution; they sum to the score."
    )
    matched_topics: list[str] = []
    path: list[IntroductionStep] = Field([], description="From the firm to the partner.")
    path_text: str = ""
    explanation: LongText


class MatchAnswer(Contract):
    request_id: str = Field(description="The event id of the request this answers.")
    need_id: EntityId | None = None
    firm_id: EntityId | None = None
    model: ShortText = Field(description="The embedding model the ranking used.")
    suggestions: list[SuggestedPartner]


class MatchSuggested(Envelope):
    type: Literal["match.suggested"] = "match.suggested"
    schema_version: Literal[1] = 1
    payload: MatchAnswer
