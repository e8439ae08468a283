"""Graph rows into the API's views (`schemas.api`)."""

import json
from typing import Any

from neo4j.time import DateTime

from schemas.api import FirmSummary, NeedState, NeedSummary, NeedView, SuggestionView
from schemas.matching import MatchOptions, SuggestedPartner
from services.matcher.ranking.signals import is_cross_sector

ASKED = MatchOptions().k
"""How many partners the web app asks the matcher for (its default)."""


def firm_summary(row: dict[str, Any]) -> FirmSummary:
    return FirmSummary(
        id=row["id"], name=row["name"], sector=row.get("sector"), province=row.get("province")
    )


def need_view(row: dict[str, Any]) -> NeedView:
    need, firm = row["need"], row["firm"]
    firm_section = firm.get("sector_section") if firm else None
    associations = row["associations"]
    state = NeedState(row["state"])
    suggestions = [suggestion(s, firm_section) for s in row["suggestions"]]
    return NeedView(
        id=need["id"],
        firm=firm_summary(firm) if firm else None,
        association_id=associations[0] if associations else None,
        text=need["text"],
        language=need.get("language") or "it",
        wanted_kinds=need.get("wanted_kinds") or [],
        topics=need.get("topics") or [],
        services=need.get("services") or [],
        urgency=need.get("urgency") or "medium",
        budget=need.get("budget") or "unknown",
        funding=need.get("funding"),
        officer=need.get("officer"),
        state=state,
        submitted_at=_time(need["submitted_at"]),
        suggestions=suggestions,
        fewer_than_asked=state is not NeedState.SUBMITTED and len(suggestions) < ASKED,
    )


def suggestion(row: dict[str, Any], firm_section: str | None) -> SuggestionView:
    """The matcher's whole suggestion where the graph keeps it (`detail`), its rank, score and
    explanation alone for suggestions recorded before it did."""
    detail = SuggestedPartner.model_validate(json.loads(row["detail"])) if row["detail"] else None
    return SuggestionView(
        rank=row["rank"],
        partner_id=row["partner_id"],
        name=row["name"],
        kind=row["kind"],
        score=row["score"],
        contributions=detail.contributions if detail else {},
        matched_topics=detail.matched_topics if detail else [],
        path=detail.path if detail else [],
        path_text=detail.path_text if detail else "",
        cross_sector=is_cross_sector(firm_section, row["sector_section"]),
        explanation=row["explanation"],
        decision=row["decision"],
        outcome=row["outcome"],
    )


def need_summary(row: dict[str, Any]) -> NeedSummary:
    need = row["need"]
    return NeedSummary(
        id=need["id"],
        firm=firm_summary(row["firm"]) if row["firm"] else None,
        text=need["text"],
        state=NeedState(row["state"]),
        submitted_at=_time(need["submitted_at"]),
        officer=need.get("officer"),
        suggestions=row["suggestions"],
        accepted=row["accepted"],
    )


def _time(value: Any) -> Any:
    return value.to_native() if isinstance(value, DateTime) else value
