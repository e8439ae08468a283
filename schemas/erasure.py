"""Erasure of a profile: a person's right to be forgotten, or an organisation leaving."""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from schemas.envelope import Contract, EntityId, Envelope, ShortText


class ErasableKind(StrEnum):
    EXPERT = "expert"
    LAB = "lab"
    ORGANISATION = "organisation"


class Erasure(Contract):
    id: EntityId
    kind: ErasableKind
    reason: ShortText | None = Field(None, description="Kept in the log, never personal data.")


class ProfileErased(Envelope):
    type: Literal["profile.erased"] = "profile.erased"
    schema_version: Literal[1] = 1
    payload: Erasure
