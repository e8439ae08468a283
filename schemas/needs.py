"""A firm's innovation need, as a trade-association officer writes it down."""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from schemas.common import Services, Territory, TextLanguage, Topics
from schemas.envelope import Contract, EntityId, Envelope, ShortText


class PartnerKind(StrEnum):
    EXPERT = "expert"
    LAB = "lab"
    RESEARCH_CENTRE = "research_centre"
    UNIVERSITY = "university"
    STARTUP = "startup"
    FIRM = "firm"


class Urgency(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class BudgetBand(StrEnum):
    UNKNOWN = "unknown"
    UNDER_5K = "under_5k"
    FROM_5K_TO_20K = "5k_20k"
    FROM_20K_TO_50K = "20k_50k"
    OVER_50K = "over_50k"


class NeedDescription(Contract):
    """What an officer writes down about a firm's need (the API's form is this and the firm)."""

    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=5000)]
    language: TextLanguage = "it"
    wanted_kinds: Annotated[list[PartnerKind], Field(max_length=len(PartnerKind))] = Field(
        [], description="Empty means any kind of partner."
    )
    topics: Topics = []
    services: Services = Field(
        [], description="Services the need calls for, from the list partners tick on their profile."
    )
    urgency: Urgency = Urgency.MEDIUM
    budget: BudgetBand = BudgetBand.UNKNOWN
    territory: Territory | None = None
    funding: ShortText | None = Field(
        None, description="Voucher or funding it targets, e.g. a chamber-of-commerce voucher."
    )


class Need(NeedDescription):
    id: EntityId
    firm_id: EntityId | None = Field(None, description="The firm it belongs to, if known.")
    officer: ShortText | None = Field(None, description="Who submitted it, for follow-up.")


class NeedSubmitted(Envelope):
    type: Literal["need.submitted"] = "need.submitted"
    schema_version: Literal[1] = 1
    payload: Need
