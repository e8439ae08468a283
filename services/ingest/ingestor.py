"""The ingestion use cases: accepted events in, graph writes (and tombstones) out.

Blocking work — the model and the Neo4j driver — runs in worker threads so the consumer's
event loop keeps heartbeating. Within a batch, events apply in log order: upserts are
gathered and written together, and an erasure first flushes the upserts before it.
Suggestions and feedback are the business of `decisions.py`.
"""

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kafka.errors import KafkaError
from neo4j import Driver

from graph import feedback, memory, store
from schemas.erasure import ProfileErased
from schemas.events import Rejection
from schemas.needs import NeedSubmitted
from schemas.organisations import OrganisationUpserted
from schemas.profiles import ExpertUpserted, LabUpserted
from schemas.projects import ProjectRecorded
from schemas.relations import RelationRemoved, RelationUpserted
from services.embedding import Embedder, Vector
from services.embedding.space import check_embedding_space
from services.ingest.blocking import InThread, OneAtATime
from services.ingest.decisions import Decisions
from services.ingest.projection import (
    ProfileEvent,
    Row,
    entity_row,
    need_row,
    profile_text,
    project_row,
    project_summary,
    relation_row,
)
from services.ingest.reanalysis import reanalyse
from services.kafka.deadletter import DeadLetter, DeadLetterLedger
from services.kafka.lag import consumer_lag
from services.kafka.records import Accepted, origin_of
from services.kafka.topics import NETWORK, RELATIONS, topic_of_erasure
from services.settings import Settings

Tombstones = Callable[[str, Sequence[str]], None]
"""Write tombstones (null values) for these keys on this topic, and wait for the broker."""
Encode = Callable[[Sequence[str]], list[Vector]]
"""One of the embedder's two forms: `queries` (needs) or `passages` (profiles)."""


@dataclass
class Ingestor:
    settings: Settings
    driver: Driver
    embedder: Embedder
    dead_letters: DeadLetterLedger
    tombstones: Tombstones
    decisions: Decisions = field(init=False)
    _graph: InThread = field(init=False, repr=False)
    _encoder: OneAtATime = field(
        init=False, repr=False, default_factory=lambda: OneAtATime("encoder")
    )

    def __post_init__(self) -> None:
        self._graph = InThread(self.driver, self.settings.neo4j_database)
        self.decisions = Decisions(self.settings, self._graph, self.dead_letters)

    async def check_embedding_space(self) -> None:
        await asyncio.to_thread(
            check_embedding_space, self.driver, self.embedder, self.settings.neo4j_database
        )

    async def reanalyse_profiles(self) -> int:
        """Profiles the full-text index cannot find yet (an older graph): their stems made."""
        return await asyncio.to_thread(reanalyse, self.driver, self.settings.neo4j_database)

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
        vectors = await self._embed(self.embedder.passages, [profile_text(e) for e in events])
        model = self.embedder.model_id
        rows = [entity_row(e, v, model) for e, v in zip(events, vectors, strict=True)]
        await self._graph(store.upsert_entities, rows)
        ids = [row["id"] for row in rows]
        await self._graph(feedback.link_needs_of, ids)
        await self._graph(memory.link_projects_of, ids)

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
        vectors = await self._embed(self.embedder.queries, [e.payload.text for e in events])
        model = self.embedder.model_id
        rows = [need_row(e, v, model) for e, v in zip(events, vectors, strict=True)]
        await self._graph(store.upsert_needs, rows)

    async def projects(self, batch: Sequence[Accepted]) -> None:
        """Past projects are remembered by their words, and by the vector of their summary
        where the need is in another language (services.matcher.memory)."""
        events = [item.event for item in batch if isinstance(item.event, ProjectRecorded)]
        if not events:
            return
        summaries = [project_summary(e.payload.title, e.payload.text) for e in events]
        vectors = await self._embed(self.embedder.passages, summaries)
        model = self.embedder.model_id
        rows = [project_row(e, v, model) for e, v in zip(events, vectors, strict=True)]
        await self._graph(memory.upsert_projects, rows)

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
        await self._graph(feedback.link_orphan_needs)
        await self.decisions.release(expire=settled)

    async def _overdue(self, grace: float) -> bool:
        relations = await self._graph(store.expired_relations, grace, 1)
        return bool(relations) or await self.decisions.overdue(grace)

    async def _network_caught_up(self) -> bool:
        try:
            lag = await asyncio.to_thread(consumer_lag, self.settings, NETWORK)
        except KafkaError:
            return False  # cannot tell: nothing expires
        return sum(lag.values()) == 0

    async def _embed(self, encode: Encode, texts: list[str]) -> list[Vector]:
        """The vectors (profiles are passages, needs are queries), refused when they do not
        fit the index: the vector index silently leaves out a vector of another dimension, so a
        bad one must fail here, loudly."""
        model, dimension = self.embedder.model_id, self.embedder.dimension
        vectors = await self._encoder(encode, texts)
        if len(vectors) != len(texts):
            raise ValueError(f"{model} gave {len(vectors)} vectors for {len(texts)} texts")
        if wrong := sorted({len(v) for v in vectors} - {dimension}):
            raise ValueError(
                f"{model} gave vectors of {wrong} dimensions; the index holds {dimension}"
            )
        return vectors


def _missing_endpoint(pending: store.Pending, grace_seconds: float) -> DeadLetter:
    return DeadLetter(
        value=pending.value.encode(),
        key=pending.id.encode(),
        reason=Rejection.MISSING_ENDPOINT,
        detail=f"an endpoint of {pending.id} did not arrive within {grace_seconds:.0f}s",
        origin=pending.origin,
    )
