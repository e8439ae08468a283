"""What users do, for the API and the pages alike: each action checks what the account may do,
then publishes its events. Nothing here writes to the graph; ingestion does, from the log."""

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph import views
from schemas.api import NeedForm, NeedState
from schemas.feedback import Decision, Feedback, FeedbackRecorded, PartnerDecision
from schemas.matching import MatchOptions, MatchQuery, MatchRequested
from schemas.needs import Need, NeedSubmitted
from services import polling
from services.accounts import Account
from services.web.access import may_read, officer
from services.web.publishing import envelope, publish
from services.web.state import Servers

POLL_S = 0.2


@dataclass(frozen=True)
class FieldRefusedError(Exception):
    """The input is well formed but names something the account may not use."""

    field: str
    message: str  # a msgid of the catalogues


def source(account: Account) -> str:
    return f"contamina-web:{account.username}"


def new_need_id() -> str:
    return f"need:{uuid.uuid4().hex[:16]}"


async def submit_need(servers: Servers, account: Account, form: NeedForm) -> Need:
    """Publish the need and a match request for it: the matcher's answer follows on its own."""
    association = officer(account)
    db = servers.settings.neo4j_database
    firm = await asyncio.to_thread(views.firm, servers.driver, form.firm_id, db)
    if firm is None or association not in firm["associations"]:
        raise FieldRefusedError("firm_id", "is not a firm of your association")
    need = Need(id=new_need_id(), officer=account.username, **form.model_dump(exclude_none=True))
    language = "en" if account.language == "en" else "it"
    query = MatchQuery(
        need_id=need.id, options=MatchOptions(kinds=need.wanted_kinds, language=language)
    )
    await publish(servers, envelope(NeedSubmitted, need, source(account)))
    await publish(servers, envelope(MatchRequested, query, source(account)))
    return need


Row = dict[str, Any]


def answered(row: Row) -> bool:
    """The matcher's suggestions are in."""
    return bool(row["state"] != NeedState.SUBMITTED)


def exists(row: Row) -> bool:
    return True


def decided(decision: PartnerDecision) -> Callable[[Row], bool]:
    """The firm's decision about the partner is in (for an outcome: that outcome)."""

    def holds(row: Row) -> bool:
        for suggestion in row["suggestions"]:
            if suggestion["partner_id"] == decision.partner_id:
                if decision.decision is Decision.OUTCOME:
                    return bool(suggestion["outcome"] == decision.outcome)
                return bool(suggestion["decision"] == decision.decision)
        return False

    return holds


async def visible_need(
    servers: Servers,
    account: Account,
    need_id: str,
    wait: float = 0,
    until: Callable[[Row], bool] = answered,
) -> Row | None:
    """The need's graph row if the account may read it; waits up to `wait` seconds for the
    row to satisfy `until` (a need just submitted is still on its way, and so are its
    suggestions), then returns what is there."""
    db = servers.settings.neo4j_database

    def visible(row: Row | None) -> bool:
        return row is not None and may_read(account, row["associations"])

    row = await polling.poll(
        lambda: views.need(servers.driver, need_id, db),
        lambda row: row is not None and visible(row) and until(row),
        wait,
        POLL_S,
    )
    return row if visible(row) else None


async def record_feedback(
    servers: Servers, account: Account, need: Row, form: PartnerDecision
) -> FeedbackRecorded:
    """The firm's decision about a partner suggested for a need the account reads."""
    officer(account)
    if form.partner_id not in {s["partner_id"] for s in need["suggestions"]}:
        raise FieldRefusedError("partner_id", "was not suggested for this need")
    feedback = Feedback(need_id=need["need"]["id"], **form.model_dump())
    event = envelope(FeedbackRecorded, feedback, source(account))
    await publish(servers, event)
    return event
