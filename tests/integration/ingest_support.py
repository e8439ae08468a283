"""Building events and reading Kafka and the graph back, for the ingestion tests."""

import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from kafka import KafkaConsumer
from neo4j import Driver

from schemas.common import Contact, Territory
from schemas.erasure import ErasableKind, Erasure, ProfileErased
from schemas.events import Event
from schemas.feedback import Decision, Feedback, FeedbackRecorded
from schemas.matching import (
    MatchAnswer,
    MatchQuery,
    MatchRequested,
    MatchSuggested,
    SuggestedPartner,
)
from schemas.needs import Need, NeedSubmitted
from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted
from schemas.profiles import Expert, ExpertUpserted, Lab, LabUpserted
from schemas.projects import Participant, Project, ProjectRecorded, ProjectRole
from schemas.relations import Relation, RelationRemoved, RelationType, RelationUpserted
from services.kafka.publisher import Publisher, publish_all
from services.kafka.topics import MATCH_REQUESTS, SUGGESTIONS, read_committed
from services.settings import Settings

DEADLINE = 300.0
"""Seconds a test waits for a condition: reached only when something is broken, never merely
because the machine is slow (a passing test returns as soon as its condition holds)."""
WHEN = datetime(2026, 3, 1, tzinfo=UTC)
NEED_TEXT = "Cerchiamo un laboratorio per prove di fatica su componenti in gomma"


def envelope(when: datetime | None = None) -> dict[str, Any]:
    return {"event_id": uuid.uuid4(), "occurred_at": when or WHEN, "source": "tests"}


def firm(org_id: str, name: str, when: datetime | None = None, **fields: Any) -> Event:
    fields.setdefault("territory", Territory(province="BG", comune="Dalmine"))
    payload = Organisation(id=org_id, kind=OrganisationKind.FIRM, name=name, **fields)
    return OrganisationUpserted(**envelope(when), payload=payload)


def expert(expert_id: str, name: str, **fields: Any) -> Event:
    payload = Expert(id=expert_id, name=name, **fields)
    return ExpertUpserted(**envelope(), payload=payload)


def lab(lab_id: str, name: str, **fields: Any) -> Event:
    payload = Lab(id=lab_id, name=name, **fields)
    return LabUpserted(**envelope(), payload=payload)


def association(org_id: str, name: str) -> Event:
    payload = Organisation(id=org_id, kind=OrganisationKind.ASSOCIATION, name=name)
    return OrganisationUpserted(**envelope(), payload=payload)


def tie(kind: RelationType, source: str, target: str, **fields: Any) -> Event:
    payload = Relation(type=kind, source_id=source, target_id=target, **fields)
    return RelationUpserted(**envelope(), payload=payload)


def untie(kind: RelationType, source: str, target: str, **fields: Any) -> Event:
    payload = Relation(type=kind, source_id=source, target_id=target, **fields)
    return RelationRemoved(**envelope(), payload=payload)


def erase(entity_id: str, kind: ErasableKind) -> Event:
    return ProfileErased(**envelope(), payload=Erasure(id=entity_id, kind=kind))


def need(need_id: str, firm_id: str, text: str = NEED_TEXT) -> Event:
    return NeedSubmitted(**envelope(), payload=Need(id=need_id, firm_id=firm_id, text=text))


PROJECT_TEXT = "Partendo dai resi per rotture, il laboratorio ha provato i pezzi a fatica."


def project(
    project_id: str, *participants: str, text: str = PROJECT_TEXT, day: str = "2024-03-01"
) -> Event:
    """A past project; `participants` as ids, or `id=role` (e.g. `lab:x=provider`)."""
    parties = [
        Participant(id=who, role=ProjectRole(role or "partner"))
        for who, _, role in (p.partition("=") for p in participants)
    ]
    payload = Project.model_validate(
        {"id": project_id, "title": project_id, "text": text, "date": day, "participants": parties}
    )
    return ProjectRecorded(**envelope(), payload=payload)


def decision(
    need_id: str, partner_id: str, decided: Decision, when: datetime | None = None
) -> Event:
    payload = Feedback(need_id=need_id, partner_id=partner_id, decision=decided)
    return FeedbackRecorded(**envelope(when), payload=payload)


def suggested(need_id: str, *partner_ids: str) -> Event:
    partners = [
        SuggestedPartner(
            rank=rank,
            partner_id=p,
            kind="expert",
            name=p,
            score=1 / rank,
            contributions={"semantic": 1 / rank},
            explanation="Buona affinità semantica.",
        )
        for rank, p in enumerate(partner_ids, start=1)
    ]
    answer = MatchAnswer(request_id="tests", need_id=need_id, model="m", suggestions=partners)
    return MatchSuggested(**envelope(), payload=answer)


def publish(settings: Settings, *events: Event) -> None:
    publish_all(settings, events)


def request(settings: Settings, query: MatchQuery, key: str) -> str:
    """Publish a match request the way a client does; its correlation id."""
    correlation_id = str(uuid.uuid4())
    asked = MatchRequested(**envelope(), payload=query)
    out = Publisher(settings)
    out.send_raw(
        MATCH_REQUESTS,
        key.encode(),
        asked.model_dump_json().encode(),
        headers={"correlation_id": correlation_id},
    )
    out.flush()
    out.close()
    return correlation_id


def answer_to(settings: Settings, correlation_id: str, within: float = DEADLINE) -> dict[str, Any]:
    """The matcher's answer with this correlation id, read from the suggestions topic."""
    consumer = KafkaConsumer(
        settings.topic(SUGGESTIONS),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest",
        consumer_timeout_ms=500,
    )
    deadline = time.monotonic() + within
    try:
        while time.monotonic() < deadline:
            for record in consumer:
                headers = {name: value.decode() for name, value in record.headers}
                if headers.get("correlation_id") == correlation_id:
                    answer: dict[str, Any] = json.loads(record.value)
                    return answer
    finally:
        consumer.close()
    raise AssertionError(f"no answer with correlation id {correlation_id}")


def consume_all(
    settings: Settings, topic: str, expected: int, within: float = 60.0
) -> list[dict[str, Any]]:
    """Read a topic from its start until `expected` records arrived (or the deadline)."""
    consumer = KafkaConsumer(
        settings.topic(topic),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        consumer_timeout_ms=500,
    )
    records: list[dict[str, Any]] = []
    deadline = time.monotonic() + within
    try:
        while len(records) < expected and time.monotonic() < deadline:
            records.extend(_readable(record) for record in consumer)
    finally:
        consumer.close()
    return records


def read_to_end(settings: Settings, topic: str, within: float = 30.0) -> list[dict[str, Any]]:
    """Every committed record of a topic, from its start to its end now."""
    servers, name = settings.kafka_bootstrap_servers, settings.topic(topic)
    return [_readable(record) for record in read_committed(servers, name, within)]


def _readable(record: Any) -> dict[str, Any]:
    headers = {name: value.decode() for name, value in record.headers}
    return {"value": record.value, "key": record.key, **headers}


def ids(graph: Driver, label: str = "Entity") -> set[str]:
    records, _, _ = graph.execute_query("MATCH (n:$($label)) RETURN n.id AS id", label=label)
    return {record["id"] for record in records}


def relation_types(graph: Driver) -> set[tuple[str, str, str]]:
    records, _, _ = graph.execute_query(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b"
    )
    return {(record["a"], record["t"], record["b"]) for record in records}


CONTACT = Contact(email="maria.rossi@example.it", phone="+39 035 123456")
