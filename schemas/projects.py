"""A past project: the hub's memory of who worked on which problem, and when.

A hub's year is made of interventions (voucher projects with a consultant, network projects
that group several firms, work with universities, labs and research centres, EU projects).
Their texts say what problem a firm started from and what was done; their participants say
who did it. That is what bridges a firm's symptom ("the bank asks for environmental data")
to a competence (life-cycle assessment) that no profile states in the need's words.
"""

import datetime
from collections import Counter
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from schemas.common import TextLanguage
from schemas.envelope import Contract, EntityId, Envelope


class ProjectKind(StrEnum):
    VOUCHER = "voucher"  # a firm's chamber-of-commerce voucher, spent with a consultant or lab
    NETWORK = "network"  # a hub network project grouping several firms
    RESEARCH = "research"  # with universities, research centres or labs
    EU = "eu"  # an EU research and innovation project
    OTHER = "other"


class ProjectRole(StrEnum):
    COORDINATOR = "coordinator"  # led it
    BENEFICIARY = "beneficiary"  # the firm the work was for
    PROVIDER = "provider"  # did the work for others: a consultant, a lab, a department
    PARTNER = "partner"  # any other participant


class Participant(Contract):
    id: EntityId
    role: ProjectRole = ProjectRole.PARTNER


ProjectTitle = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)
]
ProjectText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=20, max_length=5000)
]


class Project(Contract):
    id: EntityId
    title: ProjectTitle
    text: ProjectText = Field(description="The problem it started from and what was done.")
    date: datetime.date = Field(description="When it started (a contract's signature day).")
    kind: ProjectKind = ProjectKind.OTHER
    language: TextLanguage | None = Field(
        None, description="Of `text`; told from the text when absent."
    )
    participants: Annotated[list[Participant], Field(min_length=1, max_length=1000)]

    @model_validator(mode="after")
    def _each_once(self) -> Self:
        counts = Counter(participant.id for participant in self.participants)
        repeated = sorted(i for i, n in counts.items() if n > 1)
        if repeated:
            raise ValueError(f"participants listed more than once: {', '.join(repeated)}")
        return self


class ProjectRecorded(Envelope):
    type: Literal["project.recorded"] = "project.recorded"
    schema_version: Literal[1] = 1
    payload: Project
