"""How the parties of the network are tied: membership, hosting, affiliation, collaboration."""

from enum import StrEnum
from typing import Literal, Self

from pydantic import Field, model_validator

from schemas.envelope import Contract, EntityId, Envelope, ShortText


class RelationType(StrEnum):
    MEMBER_OF = "member_of"  # firm -> association
    HOSTED_BY = "hosted_by"  # start-up -> incubator
    AFFILIATED_WITH = "affiliated_with"  # expert -> university, research centre, association, lab
    PART_OF = "part_of"  # lab or department -> university or research centre
    COLLABORATED_WITH = "collaborated_with"  # any two parties, on a project


class Relation(Contract):
    type: RelationType
    source_id: EntityId
    target_id: EntityId
    year: int | None = Field(None, ge=1950, le=2100, description="Year of a collaboration.")
    project: ShortText | None = Field(None, description="Title of a collaboration's project.")

    @model_validator(mode="after")
    def _sound(self) -> Self:
        if self.source_id == self.target_id:
            raise ValueError("a relation needs two different parties")
        if self.type is not RelationType.COLLABORATED_WITH and (self.year or self.project):
            raise ValueError("year and project belong to collaborated_with relations only")
        return self

    @property
    def ends(self) -> tuple[str, str]:
        """Source and target; a collaboration is symmetric, so its ends come in id order and
        the same tie stated the other way round is the same edge."""
        if self.type is RelationType.COLLABORATED_WITH:
            first, second = sorted((self.source_id, self.target_id))
            return first, second
        return self.source_id, self.target_id

    @property
    def key(self) -> str:
        """Stable id: the same tie stated twice is one relation."""
        source_id, target_id = self.ends
        key = f"{self.type.value}|{source_id}|{target_id}"
        if self.type is RelationType.COLLABORATED_WITH:
            return f"{key}|{self.project or ''}"
        return key


class RelationUpserted(Envelope):
    type: Literal["relation.upserted"] = "relation.upserted"
    schema_version: Literal[1] = 1
    payload: Relation


class RelationRemoved(Envelope):
    type: Literal["relation.removed"] = "relation.removed"
    schema_version: Literal[1] = 1
    payload: Relation
