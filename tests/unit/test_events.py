"""Decoding events: every rejection says why, and which field."""

import json
import uuid

import pytest

from schemas.events import RejectedError, Rejection, decode
from schemas.organisations import OrganisationUpserted


def _valid(**payload_overrides: object) -> dict[str, object]:
    return {
        "type": "organisation.upserted",
        "schema_version": 1,
        "event_id": str(uuid.uuid4()),
        "occurred_at": "2026-03-01T10:00:00+01:00",
        "source": "sportello-bergamo",
        "payload": {"id": "firm:alfa", "kind": "firm", "name": "Alfa Srl", **payload_overrides},
    }


def _reject(raw: bytes, max_bytes: int = 10_000) -> RejectedError:
    with pytest.raises(RejectedError) as caught:
        decode(raw, max_bytes)
    return caught.value


def test_a_valid_event_decodes() -> None:
    event = decode(json.dumps(_valid()).encode(), 10_000)
    assert isinstance(event, OrganisationUpserted)
    assert event.payload.name == "Alfa Srl"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"x" * 101, Rejection.OVERSIZE),
        (b"\xff\xfe{}", Rejection.NOT_UTF8),
        (b"{not json", Rejection.NOT_JSON),
        (b'{"type": "firm.exploded"}', Rejection.UNKNOWN_TYPE),
        (b"[1, 2]", Rejection.INVALID),
        (b'{"type": "organisation.upserted", "schema_version": 7}', Rejection.UNSUPPORTED_VERSION),
    ],
)
def test_each_bad_input_class_has_its_reason(raw: bytes, reason: Rejection) -> None:
    assert _reject(raw, max_bytes=100).reason is reason


def test_validation_names_the_field_and_what_was_given() -> None:
    error = _reject(json.dumps(_valid(kind="spaceship")).encode())
    assert error.reason is Rejection.INVALID
    assert "payload.kind" in error.detail
    assert "spaceship" in error.detail


def test_unknown_fields_are_refused() -> None:
    error = _reject(json.dumps(_valid(colour="red")).encode())
    assert "payload.colour" in error.detail


@pytest.mark.parametrize(
    ("field", "value"),
    [("province", "Bergamo"), ("id", "Firm With Spaces"), ("name", ""), ("name", "x" * 201)],
)
def test_bounds_and_formats(field: str, value: str) -> None:
    error = _reject(json.dumps(_valid(**{field: value})).encode())
    assert f"payload.{field}" in error.detail


def test_a_naive_timestamp_is_refused() -> None:
    document = _valid()
    document["occurred_at"] = "2026-03-01T10:00:00"
    assert "occurred_at" in _reject(json.dumps(document).encode()).detail
