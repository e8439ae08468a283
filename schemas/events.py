"""Every event type Contamina accepts, and the decoding that says exactly why one is refused."""

import json
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from schemas.common import EMAIL, LANGUAGE, PHONE, WEBSITE
from schemas.envelope import ENTITY_ID, Envelope
from schemas.erasure import ProfileErased
from schemas.feedback import FeedbackRecorded
from schemas.matching import MatchRequested, MatchSuggested
from schemas.needs import NeedSubmitted
from schemas.organisations import OrganisationUpserted
from schemas.profiles import ExpertUpserted, LabUpserted
from schemas.projects import ProjectRecorded
from schemas.relations import RelationRemoved, RelationUpserted

EVENT_TYPES = (
    OrganisationUpserted,
    ExpertUpserted,
    LabUpserted,
    RelationUpserted,
    RelationRemoved,
    NeedSubmitted,
    ProjectRecorded,
    ProfileErased,
    MatchRequested,
    MatchSuggested,
    FeedbackRecorded,
)
Event = Annotated[
    OrganisationUpserted
    | ExpertUpserted
    | LabUpserted
    | RelationUpserted
    | RelationRemoved
    | NeedSubmitted
    | ProjectRecorded
    | ProfileErased
    | MatchRequested
    | MatchSuggested
    | FeedbackRecorded,
    Field(discriminator="type"),
]


def event_type(event: type[Envelope]) -> str:
    """The `type` an event class carries on the wire."""
    return str(event.model_fields["type"].default)


EVENT_VERSIONS: dict[str, frozenset[int]] = {
    event_type(event): frozenset({event.model_fields["schema_version"].default})
    for event in EVENT_TYPES
}

_adapter: TypeAdapter[Event] = TypeAdapter(Event)


class Rejection(StrEnum):
    """Why an input went to the dead-letter topic."""

    OVERSIZE = "oversize"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    UNKNOWN_TYPE = "unknown_event_type"
    UNSUPPORTED_VERSION = "unsupported_schema_version"
    INVALID = "validation_failed"
    MISSING_ENDPOINT = "relation_endpoint_missing"
    MISSING_SUBJECT = "need_or_partner_missing"
    PROCESSING_FAILED = "processing_failed"


class RejectedError(ValueError):
    def __init__(self, reason: Rejection, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def decode(raw: bytes, max_bytes: int) -> Event:
    """Parse one message value, or raise RejectedError naming the reason and the field."""
    if len(raw) > max_bytes:
        raise RejectedError(Rejection.OVERSIZE, f"{len(raw)} bytes, at most {max_bytes} allowed")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RejectedError(Rejection.NOT_UTF8, f"invalid UTF-8 at byte {error.start}") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedError(Rejection.NOT_JSON, str(error)) from error
    _check_type_and_version(document)
    try:
        return _adapter.validate_python(document)
    except ValidationError as error:
        raise RejectedError(Rejection.INVALID, describe(error)) from error


def _check_type_and_version(document: Any) -> None:
    if not isinstance(document, dict):
        raise RejectedError(Rejection.INVALID, "the message must be a JSON object")
    event_type = document.get("type")
    if not isinstance(event_type, str) or event_type not in EVENT_VERSIONS:
        known = ", ".join(sorted(EVENT_VERSIONS))
        raise RejectedError(Rejection.UNKNOWN_TYPE, f"type {event_type!r} is not one of: {known}")
    version = document.get("schema_version")
    supported = EVENT_VERSIONS[event_type]
    if type(version) is not int or version not in supported:
        raise RejectedError(
            Rejection.UNSUPPORTED_VERSION,
            f"{event_type} schema_version {version!r} is not supported (supported: "
            f"{', '.join(map(str, sorted(supported)))})",
        )


# What a format means, in words, instead of the regular expression that checks it.
FORMATS = {
    ENTITY_ID: "should be an id of 2-80 lowercase letters, digits, '.', '_', ':' or '-',"
    " starting with a letter or digit, e.g. firm:bg-000123",
    EMAIL: "should be an email address like nome@azienda.it",
    PHONE: "should be a phone number of 6-30 digits, spaces, '.', '/' or '-', e.g. +39 035 123456",
    WEBSITE: "should be a web address starting with http:// or https://",
    LANGUAGE: "should be a two-letter lowercase language code, e.g. it or en",
}


def describe(error: ValidationError) -> str:
    """One line per problem: the field's path, what was wrong, and what was given."""
    lines = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"]) or "(message)"
        pattern = (problem.get("ctx") or {}).get("pattern")
        message = FORMATS.get(pattern, problem["msg"]) if pattern else problem["msg"]
        lines.append(f"{where}: {message} (got {problem.get('input')!r:.80})")
    return "; ".join(lines)
