"""What officers say about a suggestion: taken up, turned down, and how it went."""

from enum import StrEnum
from typing import Literal, Self

from pydantic import Field, model_validator

from schemas.envelope import Contract, EntityId, Envelope, ShortText


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    OUTCOME = "outcome"


class Outcome(StrEnum):
    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"


class PartnerDecision(Contract):
    """What the firm decided about one partner suggested for its need."""

    partner_id: EntityId
    decision: Decision
    outcome: Outcome | None = Field(None, description="Only with decision 'outcome'.")
    note: ShortText | None = None

    @model_validator(mode="after")
    def _outcome_with_outcome(self) -> Self:
        if (self.decision is Decision.OUTCOME) != (self.outcome is not None):
            raise ValueError("an outcome is given exactly when the decision is 'outcome'")
        return self


class Feedback(PartnerDecision):
    need_id: EntityId

    @property
    def key(self) -> str:
        return f"{self.need_id}|{self.partner_id}"


class FeedbackRecorded(Envelope):
    type: Literal["feedback.recorded"] = "feedback.recorded"
    schema_version: Literal[1] = 1
    payload: Feedback
