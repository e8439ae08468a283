"""Organisations of the network: associations, hub offices, incubators, universities, firms."""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from schemas.envelope import Contract, EntityId, Envelope, LongText, ShortText


class OrganisationKind(StrEnum):
    ASSOCIATION = "association"
    HUB_OFFICE = "hub_office"
    INCUBATOR = "incubator"
    UNIVERSITY = "university"
    DEPARTMENT = "department"
    RESEARCH_CENTRE = "research_centre"
    FIRM = "firm"
    STARTUP = "startup"


class Organisation(Contract):
    id: EntityId
    kind: OrganisationKind
    name: ShortText
    description: LongText = ""
    province: str | None = Field(
        None, pattern=r"^[A-Z]{2}$", description="Italian province code, e.g. BG"
    )


class OrganisationUpserted(Envelope):
    type: Literal["organisation.upserted"] = "organisation.upserted"
    schema_version: Literal[1] = 1
    payload: Organisation
