"""A dataset as the events the services consume, published and ingested the way production
does it: through Kafka and the ingestion consumers, never by writing the graph directly.

Datasets are written by people and generators that do not know the schemas' bounds, so
topics and texts are trimmed to fit rather than refused; values the schemas cannot hold at
all were already refused, with their line, when the dataset was read.
"""

import asyncio
import logging
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from neo4j import Driver
from pydantic import ValidationError

from schemas.events import Event, describe
from schemas.needs import Need as NeedPayload
from schemas.needs import NeedSubmitted
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from schemas.profiles import Expert, ExpertUpserted, Lab, LabUpserted
from schemas.projects import Participant, Project, ProjectRecorded, ProjectRole
from schemas.relations import Relation, RelationType, RelationUpserted
from services.embedding import Embedder
from services.evaluation.dataset import (
    PROFILES_FILE,
    Dataset,
    DatasetError,
    Need,
    PastProject,
    Profile,
)
from services.ingest.app import running
from services.kafka.publisher import publish_all
from services.operations.rebuild import caught_up
from services.settings import Settings

SOURCE = "contamina-eval"
MAX_TEXT, MAX_NAME = 5000, 200
MIN_TOPIC, MAX_TOPIC, MAX_TOPICS = 2, 60, 30
CATCH_UP_SECONDS = 1800.0


@dataclass(frozen=True)
class Events:
    """Profiles first, relations after: relations then find both ends already in the graph;
    past projects and needs last, for the same reason."""

    profiles: list[Event]
    relations: list[Event]
    projects: list[Event] = field(default_factory=list)
    needs: list[Event] = field(default_factory=list)


def events(dataset: Dataset, when: datetime | None = None) -> Events:
    """Every profile's upsert and every relation whose target is in the dataset, each tie
    once: a collaboration listed by both its ends (as datasets do) is one edge, so the
    second statement would only cost the ingestion another write of the same edge."""
    when = when or datetime.now(UTC)
    profiles: list[Event] = []
    relations: dict[str, Event] = {}
    for profile in dataset.profiles:
        try:
            profiles.append(profile_event(profile, when))
            for event in relation_events(profile, dataset.ids, when):
                relations.setdefault(event.payload.key, event)
        except ValidationError as error:
            raise DatasetError(f"{PROFILES_FILE}:{profile.line}: {describe(error)}") from error
    past = [project_event(project, dataset.ids, when) for project in dataset.projects]
    asked = [need_event(need, number, when) for number, need in enumerate(dataset.needs, 1)]
    return Events(
        profiles,
        list(relations.values()),
        [event for event in past if event],
        [event for event in asked if event],
    )


def need_event(need: Need, number: int, when: datetime) -> Event | None:
    """The need as its officer would have submitted it: the graph holds a hub's needs, and
    the matcher reads what their notes share from them (services.matcher.memory.framings).
    Nothing else reads them here, so a need the form would refuse (a text under 20
    characters) is only left out; ids are the dataset's positions, as datasets name needs
    freely."""
    try:
        payload = NeedPayload(
            id=f"eval:need-{number:05d}",
            firm_id=need.firm_id,
            text=need.text[:MAX_TEXT],
            language=need.language,
            services=list(need.services),
        )
    except ValidationError:
        return None
    return NeedSubmitted(**_envelope(when), payload=payload)


def project_event(project: PastProject, ids: Collection[str], when: datetime) -> Event | None:
    """The project as its participants in the dataset would record it; one with none of them
    is of no use to the memory and is left out."""
    roles = project.roles or {}
    participants = [
        Participant(id=who, role=roles.get(who, ProjectRole.PARTNER))
        for who in dict.fromkeys(project.participants)
        if who in ids
    ]
    if not participants:
        return None
    payload = Project(
        id=project.id,
        title=project.title,
        text=project.text,
        date=project.date,
        kind=project.kind,
        language=project.language,
        participants=participants,
    )
    return ProjectRecorded(**_envelope(when), payload=payload)


def profile_event(profile: Profile, when: datetime) -> Event:
    """The upsert an expert, a lab or an organisation of this kind would publish."""
    common = {
        "id": profile.id,
        "name": profile.name[:MAX_NAME],
        "topics": topics(profile.topics),
        "services": list(dict.fromkeys(profile.services)),
        "territory": profile.territory,
        "language": profile.language,
    }
    text = profile.text[:MAX_TEXT]
    sector = profile.sector
    envelope = _envelope(when)
    if profile.kind == "expert":
        expert = Expert(**common, competences=text, sectors=[sector] if sector else [])
        return ExpertUpserted(**envelope, payload=expert)
    if profile.kind == "lab":
        return LabUpserted(**envelope, payload=Lab(**common, description=text, sector=sector))
    organisation = Organisation(
        **common, kind=OrganisationKind(profile.kind), description=text, sector=sector
    )
    return OrganisationUpserted(**envelope, payload=organisation)


def relation_events(
    profile: Profile, ids: Collection[str], when: datetime
) -> list[RelationUpserted]:
    """The profile's relations to profiles in the dataset; others point nowhere and are left out."""
    return [
        RelationUpserted(
            **_envelope(when),
            payload=Relation(
                type=RelationType(ref.type), source_id=profile.id, target_id=ref.target
            ),
        )
        for ref in profile.relations
        if ref.target in ids
    ]


def _envelope(when: datetime) -> dict[str, Any]:
    return {"event_id": uuid.uuid4(), "occurred_at": when, "source": SOURCE}


def topics(raw: tuple[str, ...]) -> list[str]:
    """Distinct topics within the schema's bounds: too short dropped, too long cut, 30 at most."""
    kept: list[str] = []
    for topic in raw:
        cut = topic.strip()[:MAX_TOPIC].strip()
        if len(cut) >= MIN_TOPIC and cut not in kept:
            kept.append(cut)
    return kept[:MAX_TOPICS]


class Progress(Protocol):
    def start(self, description: str, total: int) -> None: ...
    def update(self, completed: int) -> None: ...


class Silent:
    def start(self, description: str, total: int) -> None:
        """Nothing to show: a test or a caller without a terminal."""

    def update(self, completed: int) -> None:
        """Nothing to show."""


async def ingest(
    loaded: Events, settings: Settings, driver: Driver, embedder: Embedder, progress: Progress
) -> None:
    """Profiles first and relations after, each waited for: no relation waits for an end."""
    async with running(settings, driver, embedder, log_level=logging.WARNING):
        batches = (
            ("profiles", loaded.profiles),
            ("relations", loaded.relations),
            ("past projects", loaded.projects),
            ("needs", loaded.needs),
        )
        for what, batch in batches:
            if not batch:
                continue
            progress.start(f"publishing {what}", len(batch))
            await asyncio.to_thread(publish_all, settings, batch, progress.update, 500)
            progress.start(f"projecting {what} into the graph", len(batch))
            await caught_up(
                settings, driver, CATCH_UP_SECONDS, partial(_left, progress, len(batch))
            )


def _left(progress: Progress, total: int, behind: int) -> None:
    progress.update(total - behind)
