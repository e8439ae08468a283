"""The ingestion use cases: accepted events in, graph writes (and tombstones) out.

Blocking work — the model and the Neo4j driver — runs in worker threads so the consumer's
event loop keeps heartbeating. Within a batch, events apply in log order: upserts are
gathered and written together, and an erasure first flushes the upserts before it.
"""

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from kafka.errors import KafkaError
from neo4j import Driver

from graph import feedback, store
from schemas.erasure import ProfileErased
from schemas.events import RejectedError, Rejection, decode
from schemas.feedback import FeedbackRecorded
from schemas.matching import MatchSuggested
from schemas.needs import NeedSubmitted
from schemas.organisations import OrganisationUpserted
from schemas.profiles import ExpertUpserted, LabUpserted
from schemas.relations import RelationRemoved, RelationUpserted
from services.embedding import Embedder
from services.ingest.deadletter import DeadLetter, DeadLetterLedger
from services.ingest.projection import (
    ProfileEvent,
    Row,
    entity_row,
    feedback_row,
    need_row,
    profile_text,
    relation_row,
    subject,
    suggestion_row,
    waiting_row,
)
from services.ingest.records import Accepted, origin_of
from services.ingest.retry import Retries, attempt, is_transient
from services.lag import consumer_lag
from services.settings import Settings
from services.topics import NETWORK, RELATIONS, topic_of_erasure

T = TypeVar("T")
Tombstones = Callable[[str, Sequence[str]], None]
"""Write tombstones (null values) for these keys on this topic, and wait for the broker."""


class EmbeddingModelMismatchError(RuntimeError):
    pass


@dataclass
class Ingestor:
    settings: Settings
    driver: Driver
    embedder: Embedder
    dead_letters: DeadLetterLedger
    tombstones: Tombstones
    _waiting: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    async def check_embedding_space(self) -> None:
        """Refuse to mix vectors of two models in one index."""
        model, dimension = await asyncio.to_thread(
            store.embedding_space, self.driver, self.embedder.model_id, self.embedder.dimension,
            self.settings.neo4j_database,
        )  # fmt: skip
        if (model, dimension) != (self.embedder.model_id, self.embedder.dimension):
            raise EmbeddingModelMismatchError(
                f"the graph's vectors come from {model} ({dimension} dimensions) but the"
                f" configured model is {self.embedder.model_id}: run `contamina graph reembed`"
            )

    async def profiles(self, batch: Sequence[Accepted]) -> None:
        waiting: list[ProfileEvent] = []
        for item in batch:
            if isinstance(item.event, ProfileErased):
                await self._upsert(waiting)
                waiting = []
                await self._erase(item.event)
            elif isinstance(item.event, OrganisationUpserted | ExpertUpserted | LabUpserted):
                waiting.append(item.event)
        await self._upsert(waiting)

    async def _upsert(self, events: Sequence[ProfileEvent]) -> None:
        if not events:
            return
        vectors = await self._embed([profile_text(event) for event in events])
        model = self.embedder.model_id
        rows = [entity_row(e, v, model) for e, v in zip(events, vectors, strict=True)]
        await self._graph(store.upsert_entities, rows)

    async def _erase(self, event: ProfileErased) -> None:
        """Tombstones first, then the graph: while the graph still holds the entity a
        redelivered erasure finds its relations again, so a failed tombstone write is
        repeated rather than lost. The graph keeps a guard against the entity's older events."""
        erasure = event.payload
        topic = topic_of_erasure(erasure.kind.value)
        relation_ids = await self._graph(store.relations_of, erasure.id)
        await asyncio.to_thread(self.tombstones, topic, [erasure.id])
        await self._tombstone_relations(relation_ids)
        erased = await self._graph(store.erase_entity, erasure.id, event.occurred_at)
        await self._tombstone_relations(sorted(set(erased) - set(relation_ids)))

    async def _tombstone_relations(self, relation_ids: Sequence[str]) -> None:
        if relation_ids:
            await asyncio.to_thread(self.tombstones, RELATIONS, relation_ids)

    async def relations(self, batch: Sequence[Accepted]) -> None:
        """Runs of upserts are linked together; a removal first flushes the run before it."""
        waiting: list[Row] = []
        for item in batch:
            event, record = item.event, item.record
            if isinstance(event, RelationUpserted):
                value = (record.value or b"").decode()
                waiting.append(relation_row(event.payload, value, origin_of(record)))
            elif isinstance(event, RelationRemoved):
                await self._link(waiting)
                waiting = []
                await self._graph(store.unlink_relations, [relation_row(event.payload)])
        await self._link(waiting)

    async def _link(self, rows: list[Row]) -> None:
        if not rows:
            return
        ends = [str(row[end]) for row in rows for end in ("source_id", "target_id")]
        present = await self._graph(store.existing_entities, ends)
        ready = [r for r in rows if {r["source_id"], r["target_id"]} <= present]
        await self._graph(store.link_relations, ready)
        await self._graph(store.park_relations, [r for r in rows if r not in ready])

    async def needs(self, batch: Sequence[Accepted]) -> None:
        events = [item.event for item in batch if isinstance(item.event, NeedSubmitted)]
        if not events:
            return
        vectors = await self._embed([event.payload.text for event in events])
        model = self.embedder.model_id
        rows = [need_row(e, v, model) for e, v in zip(events, vectors, strict=True)]
        await self._graph(store.upsert_needs, rows)

    async def suggestions(self, batch: Sequence[Accepted]) -> None:
        """Answers about a need are kept in the graph; ad-hoc searches stay in the log."""
        await self._decisions(
            [i for i in batch if isinstance(i.event, MatchSuggested) and i.event.payload.need_id]
        )

    async def feedback(self, batch: Sequence[Accepted]) -> None:
        await self._decisions([i for i in batch if isinstance(i.event, FeedbackRecorded)])

    async def _decisions(self, batch: Sequence[Accepted]) -> None:
        """Each applied if its need (and partner) is there and nothing earlier about them
        waits; otherwise it waits in the graph for the sweeper, in the order it was read."""
        async with self._waiting:
            for item in batch:
                event = item.event
                assert isinstance(event, FeedbackRecorded | MatchSuggested)
                if await self._graph(feedback.ready, *subject(event)):
                    await self._decide(event)
                else:
                    record = item.record
                    row = waiting_row(event, record.value or b"", origin_of(record), record.offset)
                    await self._graph(feedback.park, [row])

    async def _decide(self, event: FeedbackRecorded | MatchSuggested) -> None:
        if isinstance(event, MatchSuggested):
            await self._graph(feedback.record_suggestions, [suggestion_row(event)])
        else:
            decision = event.payload.decision.value
            await self._graph(feedback.record_feedback, decision, [feedback_row(event)])

    async def _release_decisions(self, expire: bool) -> None:
        """Apply waiting feedback whose need and partner arrived; past the grace period it
        becomes a dead letter when `expire`, and so does one that no longer decodes or keeps
        failing. An apply repeated after a crash changes nothing."""
        grace = self.settings.relation_grace_seconds
        async with self._waiting:
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
            await attempt(partial(self._decide, event), self._retries, "waiting feedback")
        except RejectedError as error:
            return _waiting_letter(waiting, error.reason, error.detail)
        except Exception as error:
            if is_transient(error):
                raise
            detail = f"{type(error).__name__}: {error}"
            return _waiting_letter(waiting, Rejection.PROCESSING_FAILED, detail)
        return None

    @property
    def _retries(self) -> Retries:
        return Retries(self.settings.retry_attempts, self.settings.retry_backoff_seconds)

    async def sweep(self) -> None:
        """Link waiting relations whose endpoints arrived and apply waiting feedback whose
        need arrived; what waited past the grace period becomes a dead letter. Each step acts
        on the graph as it is when it runs, never on a copy read earlier, so a removal or a
        newer version handled in between is not undone.

        Past the grace period is not enough to give up: the network's consumers must also
        have caught up with their topics, looked at before the last link. What an event
        waits for is then not merely behind in the log (a backlog, a rebuild, a loaded
        machine); it was never published."""
        grace = self.settings.relation_grace_seconds
        settled = await self._overdue(grace) and await self._network_caught_up()
        await self._graph(store.link_pending)
        if settled:
            expired = await self._graph(store.expired_relations, grace)
            if expired:
                await self.dead_letters([_missing_endpoint(p, grace) for p in expired])
                await self._graph(store.drop_pending, expired)
        await self._graph(store.link_orphan_needs)
        await self._release_decisions(expire=settled)

    async def _overdue(self, grace: float) -> bool:
        relations = await self._graph(store.expired_relations, grace, 1)
        return bool(relations or await self._graph(feedback.expired, grace, 1))

    async def _network_caught_up(self) -> bool:
        try:
            lag = await asyncio.to_thread(consumer_lag, self.settings, NETWORK)
        except KafkaError:
            return False  # cannot tell: nothing expires
        return sum(lag.values()) == 0

    async def _embed(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self.embedder.embed, texts)

    async def _graph(self, write: Callable[..., T], *args: object) -> T:
        database = self.settings.neo4j_database
        return await asyncio.to_thread(partial(write, database=database), self.driver, *args)


def _missing_subject(waiting: Any, grace_seconds: float) -> DeadLetter:
    named = f"need {waiting['need_id']}"
    if waiting["partner_id"]:
        named += f" or partner {waiting['partner_id']}"
    detail = f"the {named} of this {waiting['kind']} did not arrive within {grace_seconds:.0f}s"
    return _waiting_letter(waiting, Rejection.MISSING_SUBJECT, detail)


def _waiting_letter(waiting: Any, reason: Rejection, detail: str) -> DeadLetter:
    return DeadLetter(
        value=waiting["value"].encode(), key=None, reason=reason, detail=detail,
        origin=waiting["origin"],
    )  # fmt: skip


def _missing_endpoint(pending: store.Pending, grace_seconds: float) -> DeadLetter:
    return DeadLetter(
        value=pending.value.encode(),
        key=pending.id.encode(),
        reason=Rejection.MISSING_ENDPOINT,
        detail=f"an endpoint of {pending.id} did not arrive within {grace_seconds:.0f}s",
        origin=pending.origin,
    )
