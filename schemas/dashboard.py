"""What the coordinators' dashboard API gives: the hub's figures, read from the graph, and
one need's picture (its firm, suggested partners and their introduction paths)."""

from pydantic import Field

from schemas.api import NeedSummary
from schemas.envelope import Contract
from schemas.feedback import Decision
from schemas.matching import IntroductionStep


class MonthCount(Contract):
    month: str = Field(description="YYYY-MM, the month of the needs' submission (UTC).")
    needs: int


class GroupSeries(Contract):
    """Needs per month of one association or hub office; `id` None: none of them."""

    id: str | None = None
    name: str | None = None
    total: int
    months: list[MonthCount]


class Share(Contract):
    part: int
    whole: int
    share: float | None = Field(description="part / whole; None when whole is 0.")


class Acceptance(Contract):
    suggestions: Share = Field(description="Accepted suggestions of those decided upon.")
    needs: Share = Field(description="Needs with an acceptance of those with suggestions.")


class Durations(Contract):
    count: int = Field(description="Needs with at least one acceptance.")
    median_hours: float | None = None
    p90_hours: float | None = None


class TopicCount(Contract):
    topic: str
    needs: int


class Load(Contract):
    id: str
    name: str
    kind: str
    availability: str | None = None
    hours_per_month: int | None = Field(None, description="An expert's stated capacity.")
    weekly_slots: int | None = Field(None, description="A lab's free test slots a week.")
    suggested: int
    accepted: int
    open: int = Field(description="Accepted and without an outcome yet: engaged now.")


class Dashboard(Contract):
    months: list[str] = Field(description="Every month with a need, oldest first.")
    by_association: list[GroupSeries]
    by_office: list[GroupSeries]
    acceptance: Acceptance
    cross_sector: Share = Field(description="Accepted partners from another sector.")
    time_to_acceptance: Durations
    topics: list[TopicCount] = Field(description="The most requested, at most 10.")
    loads: list[Load] = Field(description="The most loaded experts and labs, at most 15.")
    recent: list[NeedSummary]
    browser_url: str = Field(description="Neo4j Browser with Contamina's guide.")


class PicturePartner(Contract):
    rank: int
    partner_id: str
    name: str
    kind: str
    decision: Decision | None = None
    cross_sector: bool
    path: list[IntroductionStep] = Field(description="From the firm to the partner, the last.")


class NeedPicture(Contract):
    need: NeedSummary
    partners: list[PicturePartner]
    browser_url: str = Field(description="Neo4j Browser with the need's query in its editor.")
