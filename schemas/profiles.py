"""Profiles that experts and labs keep current themselves."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from schemas.common import (
    AtecoCode,
    Availability,
    Contact,
    Languages,
    Services,
    Territory,
    TextLanguage,
    Topics,
)
from schemas.envelope import Contract, EntityId, Envelope, LongText, ShortText

Item = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=120)]


class Expert(Contract):
    """A natural person: every field here is erased with the profile."""

    id: EntityId
    name: ShortText
    headline: ShortText | None = Field(None, description="e.g. 'Ingegnere dei materiali'")
    bio: LongText = ""
    competences: LongText = Field("", description="What they can do for a firm, free text.")
    topics: Topics = []
    sectors: Annotated[list[AtecoCode], Field(max_length=10)] = Field(
        [], description="Sectors they know from experience."
    )
    services: Services = []
    territory: Territory | None = None
    languages: Languages = ["it"]
    language: TextLanguage = "it"
    availability: Availability = Availability.AVAILABLE
    hours_per_month: int | None = Field(None, ge=0, le=200)
    contact: Contact | None = None


class Lab(Contract):
    id: EntityId
    name: ShortText
    description: LongText = ""
    equipment: Annotated[list[Item], Field(max_length=50)] = []
    tests: Annotated[list[Item], Field(max_length=50)] = Field(
        [], description="Tests and measurements it runs."
    )
    accreditations: Annotated[list[Item], Field(max_length=20)] = Field(
        [], examples=[["ACCREDIA ISO/IEC 17025"]]
    )
    topics: Topics = []
    sector: AtecoCode | None = None
    services: Services = []
    territory: Territory | None = None
    languages: Languages = ["it"]
    language: TextLanguage = "it"
    availability: Availability = Availability.AVAILABLE
    weekly_slots: int | None = Field(None, ge=0, le=500, description="Free test slots a week.")
    contact: Contact | None = None


class ExpertUpserted(Envelope):
    type: Literal["expert.upserted"] = "expert.upserted"
    schema_version: Literal[1] = 1
    payload: Expert


class LabUpserted(Envelope):
    type: Literal["lab.upserted"] = "lab.upserted"
    schema_version: Literal[1] = 1
    payload: Lab
