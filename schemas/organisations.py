"""Organisations of the network: associations, hub offices, incubators, universities and their
departments, research centres, firms and start-ups."""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from schemas.common import (
    AtecoCode,
    Contact,
    Languages,
    Services,
    Territory,
    TextLanguage,
    Topics,
)
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
    description: LongText = Field("", description="What it does, in the officer's words.")
    sector: AtecoCode | None = None
    topics: Topics = []
    services: Services = Field([], description="Services it offers to others.")
    territory: Territory | None = None
    languages: Languages = ["it"]
    language: TextLanguage = "it"
    employees: int | None = Field(None, ge=0, le=1_000_000)
    group: EntityId | None = Field(
        None,
        description="Corporate group (gruppo societario): the matcher never proposes an"
        " organisation of the requesting firm's own group.",
    )
    contact: Contact | None = None


class OrganisationUpserted(Envelope):
    """An organisation was registered or its profile changed (the whole profile, not a diff)."""

    type: Literal["organisation.upserted"] = "organisation.upserted"
    schema_version: Literal[1] = 1
    payload: Organisation
