"""From events to graph rows: plain functions, no I/O.

Profiles are stored flat (Neo4j properties hold no maps); `text` is what the embedding reads
and `terms` its stems for the full-text index, so semantic and lexical retrieval see the same
words.
"""

from dataclasses import dataclass
from typing import Any

from graph.labels import RELATION_TYPES, entity_labels, stale_labels
from graph.store import erasure_key
from schemas import ateco
from schemas.common import Contact, Territory
from schemas.feedback import FeedbackRecorded
from schemas.matching import MatchSuggested
from schemas.needs import NeedSubmitted
from schemas.organisations import OrganisationUpserted
from schemas.profiles import ExpertUpserted, LabUpserted
from schemas.projects import ProjectRecorded
from schemas.relations import Relation
from services.matcher.ranking.text import ANALYSIS, detect_language, fold, indexed

ProfileEvent = OrganisationUpserted | ExpertUpserted | LabUpserted
Row = dict[str, Any]


def profile_text(event: ProfileEvent) -> str:
    """The words a partner is found by: what it is and what it can do, never contacts."""
    parts: list[str]
    if isinstance(event, ExpertUpserted):
        expert = event.payload
        parts = [expert.headline or "", expert.bio, expert.competences]
    elif isinstance(event, LabUpserted):
        lab = event.payload
        parts = [lab.name, lab.description, *lab.equipment, *lab.tests, *lab.accreditations]
    else:
        parts = [event.payload.name, event.payload.description]
    p = event.payload
    parts += [*p.topics, *(service.value.replace("_", " ") for service in p.services)]
    return ". ".join(part.strip() for part in parts if part and part.strip())


def entity_kind(event: ProfileEvent) -> str:
    if isinstance(event, OrganisationUpserted):
        return event.payload.kind.value
    return "expert" if isinstance(event, ExpertUpserted) else "lab"


def entity_row(event: ProfileEvent, vector: list[float] | None, model: str) -> Row:
    p = event.payload
    kind, text = entity_kind(event), profile_text(event)
    properties: Row = {
        "kind": kind,
        "name": p.name,
        "text": text,
        "terms": indexed(text),  # what the full-text index reads (graph migration V0009)
        "terms_analysis": ANALYSIS,
        "topics": list(p.topics),
        "services": [service.value for service in p.services],
        "languages": list(p.languages),
        "language": p.language,
        "embedding_model": model if vector is not None else None,
        **_territory(p.territory),
        **_contact(p.contact),
        **_specific(event),
    }
    codes = _sector_codes(event)
    properties["sector"] = codes[0] if codes else None
    properties["sector_section"] = ateco.section(codes[0]) if codes else None
    sections = sorted({ateco.section(code) for code in codes})
    return {
        "id": p.id,
        "erasure_key": erasure_key(p.id),
        "labels": entity_labels(kind),
        "stale_labels": stale_labels(kind),
        "occurred_at": event.occurred_at,
        "properties": properties,
        "embedding": vector,
        "topics": [{"key": fold(topic), "name": topic} for topic in p.topics],
        "sectors": [{"section": s, "name": ateco.SECTION_NAMES[s]} for s in sections],
        "provinces": [p.territory.province] if p.territory and p.territory.province else [],
    }


def _sector_codes(event: ProfileEvent) -> list[str]:
    if isinstance(event, ExpertUpserted):
        return list(event.payload.sectors)
    return [event.payload.sector] if event.payload.sector else []


def _specific(event: ProfileEvent) -> Row:
    if isinstance(event, OrganisationUpserted):
        org = event.payload
        return {"description": org.description, "employees": org.employees, "group_id": org.group}
    if isinstance(event, ExpertUpserted):
        e = event.payload
        return {
            "headline": e.headline,
            "bio": e.bio,
            "competences": e.competences,
            "sectors": list(e.sectors),  # all of them: `sector` holds only the first
            "availability": e.availability.value,
            "hours_per_month": e.hours_per_month,
        }
    lab = event.payload
    return {
        "description": lab.description,
        "equipment": list(lab.equipment),
        "tests": list(lab.tests),
        "accreditations": list(lab.accreditations),
        "availability": lab.availability.value,
        "weekly_slots": lab.weekly_slots,
    }


_PLACE_FIELDS = ("province", "canton", "region", "country", "comune", "lat", "lon")


def _territory(territory: Territory | None) -> Row:
    """Every place property, None where unknown: an update that moves a party abroad must
    clear its old province, as `SET +=` keeps what a row leaves out."""
    if territory is None:
        return dict.fromkeys(_PLACE_FIELDS)
    coordinates = territory.coordinates
    return {
        "province": territory.province,
        "canton": territory.canton,
        "region": territory.region,
        "country": territory.country,
        "comune": territory.comune,
        "lat": coordinates.lat if coordinates else None,
        "lon": coordinates.lon if coordinates else None,
    }


def _contact(contact: Contact | None) -> Row:
    return {
        "email": contact.email if contact else None,
        "phone": contact.phone if contact else None,
        "website": contact.website if contact else None,
    }


def relation_row(relation: Relation, value: str = "", origin: str = "") -> Row:
    """`value` and `origin` travel with a relation that must wait for an endpoint."""
    source_id, target_id = relation.ends
    return {
        "id": relation.key,
        "type": RELATION_TYPES[relation.type.value],
        "source_id": source_id,
        "target_id": target_id,
        "properties": {"year": relation.year, "project": relation.project},
        "value": value,
        "origin": origin,
    }


def suggestion_row(event: MatchSuggested) -> Row | None:
    """Only answers about a need in the graph are kept there; ad-hoc searches stay in the log."""
    answer = event.payload
    if answer.need_id is None:
        return None
    return {
        "need_id": answer.need_id,
        "request_id": answer.request_id,
        "at": event.occurred_at,
        "suggestions": [
            {
                "partner_id": s.partner_id,
                "rank": s.rank,
                "score": s.score,
                "explanation": s.explanation,
                "detail": s.model_dump_json(),
            }
            for s in answer.suggestions
        ],
    }


@dataclass(frozen=True)
class Subject:
    """What feedback or a suggestion is about, and the queue it keeps its order in: one per
    need and partner for feedback, one per need for suggestions."""

    kind: str
    need_id: str
    partner_ids: tuple[str, ...]
    queue: str

    @property
    def partner_keys(self) -> list[str]:
        """The erasure guards' keys of the partners, in the same order."""
        return [erasure_key(partner) for partner in self.partner_ids]


def subject(event: FeedbackRecorded | MatchSuggested) -> Subject:
    if isinstance(event, MatchSuggested):
        need_id = event.payload.need_id or ""
        partners = tuple(s.partner_id for s in event.payload.suggestions)
        return Subject("suggestion", need_id, partners, f"suggestion|{need_id}")
    feedback = event.payload
    queue = f"feedback|{feedback.need_id}|{feedback.partner_id}"
    return Subject("feedback", feedback.need_id, (feedback.partner_id,), queue)


def waiting_row(
    event: FeedbackRecorded | MatchSuggested, value: bytes, origin: str, seq: int
) -> Row:
    """Feedback or a suggestion as it waits for its need or partners, with its bytes; `seq`
    (its offset) orders what was parked in one statement."""
    about = subject(event)
    return {
        "origin": origin,
        "kind": about.kind,
        "need_id": about.need_id,
        "partner_ids": list(about.partner_ids),
        "partner_keys": about.partner_keys,
        "queue": about.queue,
        "seq": seq,
        "value": value.decode(),
    }


def feedback_row(event: FeedbackRecorded) -> Row:
    feedback = event.payload
    return {
        "need_id": feedback.need_id,
        "partner_id": feedback.partner_id,
        "note": feedback.note,
        "outcome": feedback.outcome.value if feedback.outcome else None,
        "at": event.occurred_at,
    }


def need_row(event: NeedSubmitted, vector: list[float] | None, model: str) -> Row:
    need = event.payload
    return {
        "id": need.id,
        "firm_id": need.firm_id,
        "occurred_at": event.occurred_at,
        "embedding": vector,
        "properties": {
            "text": need.text,
            "language": need.language,
            "firm_id": need.firm_id,
            "wanted_kinds": [kind.value for kind in need.wanted_kinds],
            "topics": list(need.topics),
            "services": [service.value for service in need.services],
            "urgency": need.urgency.value,
            "budget": need.budget.value,
            "funding": need.funding,
            "officer": need.officer,
            "embedding_model": model if vector is not None else None,
            **_territory(need.territory),
        },
    }


def reported(title: str, text: str) -> str:
    """A past project's title and report, the title once (many reports start with it);
    graph.queries.STALE_PROJECT_TEXTS joins them by the same rule."""
    return text if text.startswith(title) else f"{title}. {text}"


def project_text(event: ProjectRecorded) -> str:
    """What a past project is remembered by: its title and its report."""
    return reported(event.payload.title, event.payload.text)


SUMMARY_CHARS = 400
"""A past project is embedded by its title and the start of its report, where the problem and
the work are stated: whole reports read at a third of the speed (cordis-dev's 11,697
summaries add 30 s to its evaluation's ingestion), and the vectors only serve the memory
across languages (services.matcher.memory), where words cannot."""


def project_summary(title: str, text: str) -> str:
    """What a past project's vector is made from: its title and report, summarised."""
    return summarised(reported(title, text))


def summarised(text: str) -> str:
    """The text up to `SUMMARY_CHARS`, cut after a whole word."""
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text[:SUMMARY_CHARS]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def project_row(event: ProjectRecorded, vector: list[float] | None, model: str) -> Row:
    project = event.payload
    text = project_text(event)
    return {
        "id": project.id,
        "occurred_at": event.occurred_at,
        "embedding": vector,
        "participants": [
            {"id": p.id, "role": p.role.value, "key": erasure_key(p.id)}
            for p in project.participants
        ],
        "properties": {
            "title": project.title,
            "text": project.text,
            "terms": indexed(text),
            "terms_analysis": ANALYSIS,
            "date": project.date,
            "kind": project.kind.value,
            "language": project.language or detect_language(text),
            "embedding_model": model if vector is not None else None,
        },
    }
