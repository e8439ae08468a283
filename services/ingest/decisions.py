"""Suggestions and feedback into the graph, in the order they were read.

Each applies at once if its need and its partners are in the graph (or the partners were
erased) and nothing earlier in its queue still waits; otherwise it waits in the graph as a
(:PendingFeedback), and the sweeper applies it once what it names has arrived, so a decline
never overtakes the acceptance it revokes. One lock serialises the consumers and the
sweeper in this process.
"""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graph import feedback
from schemas.events import RejectedError, Rejection, decode
from schemas.feedback import FeedbackRecorded
from schemas.matching import MatchSuggested
from services.ingest.blocking import InThread
from services.ingest.projection import feedback_row, suggestion_row, waiting_row
from services.ingest.retry import Retries, attempt, is_transient
from services.kafka.deadletter import DeadLetter, DeadLetterLedger
from services.kafka.records import Accepted, origin_of
from services.settings import Settings


@dataclass
class Decisions:
    settings: Settings
    _graph: InThread
    dead_letters: DeadLetterLedger
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    async def suggestions(self, batch: Sequence[Accepted]) -> None:
        """Answers about a need are kept in the graph; ad-hoc searches stay in the log."""
        await self._apply_or_wait(
            [i for i in batch if isinstance(i.event, MatchSuggested) and i.event.payload.need_id]
        )

    async def feedback(self, batch: Sequence[Accepted]) -> None:
        await self._apply_or_wait([i for i in batch if isinstance(i.event, FeedbackRecorded)])

    async def _apply_or_wait(self, batch: Sequence[Accepted]) -> None:
        """Each applied if its need (and partner) is there and nothing earlier about them
        waits; otherwise it waits in the graph for the sweeper, in the order it was read."""
        async with self._lock:
            for item in batch:
                event = item.event
                assert isinstance(event, FeedbackRecorded | MatchSuggested)
                record = item.record
                row = waiting_row(event, record.value or b"", origin_of(record), record.offset)
                if await self._graph(feedback.ready, row):
                    await self._decide(event)
                else:
                    await self._graph(feedback.park, [row])

    async def _decide(self, event: FeedbackRecorded | MatchSuggested) -> None:
        if isinstance(event, MatchSuggested):
            await self._graph(feedback.record_suggestions, [suggestion_row(event)])
        else:
            decision = event.payload.decision.value
            await self._graph(feedback.record_feedback, decision, [feedback_row(event)])

    async def release(self, expire: bool) -> None:
        """Apply waiting feedback whose need and partner arrived; past the grace period it
        becomes a dead letter when `expire`, and so does one that no longer decodes or keeps
        failing. An apply repeated after a crash changes nothing."""
        grace = self.settings.relation_grace_seconds
        async with self._lock:
            for waiting in await self._graph(feedback.released):
                letter = await self._release(waiting)
                if letter is not None:
                    await self.dead_letters([letter])
                await self._graph(feedback.drop, [waiting["origin"]])
            expired = await self._graph(feedback.expired, grace) if expire else []
            if expired:
                await self.dead_letters([_missing_subject(w, grace) for w in expired])
                await self._graph(feedback.drop, [w["origin"] for w in expired])

    async def _release(self, waiting: Any) -> DeadLetter | None:
        """Apply one waiting event; the dead letter it becomes if it cannot be."""
        try:
            event = decode(waiting["value"].encode(), self.settings.max_message_bytes)
            assert isinstance(event, FeedbackRecorded | MatchSuggested)
            await attempt(
                partial(self._decide, event), Retries.of(self.settings), "waiting feedback"
            )
        except RejectedError as error:
            return _waiting_letter(waiting, error.reason, error.detail)
        except Exception as error:
            if is_transient(error):
                raise
            detail = f"{type(error).__name__}: {error}"
            return _waiting_letter(waiting, Rejection.PROCESSING_FAILED, detail)
        return None

    async def overdue(self, grace: float) -> bool:
        """Whether anything has waited longer than the grace period."""
        return bool(await self._graph(feedback.expired, grace, 1))


def _missing_subject(waiting: Any, grace_seconds: float) -> DeadLetter:
    named = " or ".join([f"need {waiting['need_id']}", *waiting["partner_ids"]])
    detail = f"the {named} of this {waiting['kind']} did not arrive within {grace_seconds:.0f}s"
    return _waiting_letter(waiting, Rejection.MISSING_SUBJECT, detail)


def _waiting_letter(waiting: Any, reason: Rejection, detail: str) -> DeadLetter:
    return DeadLetter(
        value=waiting["value"].encode(), key=None, reason=reason, detail=detail,
        origin=waiting["origin"],
    )  # fmt: skip
