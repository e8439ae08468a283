"""The envelope every event travels in: who says what happened, when, and in which version."""

from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

ENTITY_ID = r"^[a-z0-9][a-z0-9._:-]{1,79}$"
EntityId = Annotated[
    str,
    StringConstraints(pattern=ENTITY_ID),
    Field(
        description="Stable id of an entity: 2-80 lowercase letters, digits, '.', '_', ':' or '-'",
        examples=["firm:bg-000123", "expert:rossi-mario"],
    ),
]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]


class Contract(BaseModel):
    """Base of every wire model: unknown fields are errors, values never change after parsing."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Envelope(Contract):
    event_id: UUID = Field(description="Unique per event; a redelivered event keeps its id.")
    occurred_at: AwareDatetime = Field(description="When it happened, with a time zone.")
    source: ShortText = Field(description="Who published it: a service, an office, a person.")
