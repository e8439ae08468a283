"""Length and range bounds of organisations, experts, labs, needs and erasures: each limit is
accepted at its edge and refused one step past it, with the field and the limit named."""

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from schemas.erasure import Erasure
from schemas.events import describe
from schemas.needs import Need
from schemas.organisations import Organisation
from schemas.profiles import Expert, Lab

FIRM = {"id": "firm:x1", "kind": "firm", "name": "X"}
EXPERT = {"id": "expert:rossi-mario", "name": "Mario Rossi"}
LAB = {"id": "lab:point", "name": "Laboratorio Point"}
NEED = {"id": "need:1", "text": "Serve una prova di trazione."}
TWENTY = "Prova di trazione!!!"


def refusal(model: type[BaseModel], data: dict[str, Any]) -> str:
    """What the dead-letter record would say about this input."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return describe(caught.value)


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Organisation, FIRM | {"id": "f" + "x" * 79}),
        (Organisation, FIRM | {"id": "1a"}),
        (Organisation, FIRM | {"id": "firm:bg.000_123-a"}),
        (Organisation, FIRM | {"name": "x" * 200}),
        (Organisation, FIRM | {"description": "x" * 5000}),
        (Organisation, FIRM | {"employees": 0}),
        (Organisation, FIRM | {"employees": 1_000_000}),
        (Expert, EXPERT | {"headline": "x" * 200, "hours_per_month": 200}),
        (Expert, EXPERT | {"sectors": ["22"] * 10}),
        (Lab, LAB | {"equipment": ["ab"] * 50, "tests": ["x" * 120] * 50}),
        (Lab, LAB | {"accreditations": ["ACCREDIA"] * 20, "weekly_slots": 500}),
        (Need, NEED | {"text": TWENTY}),
        (Need, NEED | {"text": "x" * 5000}),
        (Need, NEED | {"wanted_kinds": ["expert", "lab", "startup"]}),
        (Erasure, {"id": "expert:rossi-mario", "kind": "expert", "reason": "x" * 200}),
    ],
)
def test_values_at_the_limit_are_accepted(model: type[BaseModel], data: dict[str, Any]) -> None:
    model.model_validate(data)


@pytest.mark.parametrize(
    ("model", "data", "field", "fragments"),
    [
        (Organisation, FIRM | {"id": "Firm A"}, "id", ["should be an id of", "'Firm A'"]),
        (Organisation, FIRM | {"id": "a"}, "id", ["should be an id of"]),
        (Organisation, FIRM | {"id": "-firm"}, "id", ["should be an id of"]),
        (Organisation, FIRM | {"id": "f" + "x" * 80}, "id", ["should be an id of"]),
        (Organisation, FIRM | {"kind": "spaceship"}, "kind", ["'firm'", "'startup'"]),
        (Organisation, FIRM | {"name": ""}, "name", ["at least 1 character"]),
        (Organisation, FIRM | {"name": "   "}, "name", ["at least 1 character"]),
        (Organisation, FIRM | {"name": "x" * 201}, "name", ["at most 200 characters"]),
        (Organisation, FIRM | {"description": "x" * 5001}, "description", ["at most 5000"]),
        (Organisation, FIRM | {"employees": -1}, "employees", ["greater than or equal to 0"]),
        (Organisation, FIRM | {"employees": 1_000_001}, "employees", ["less than or equal to"]),
        (Organisation, FIRM | {"employees": 2.5}, "employees", ["valid integer"]),
        (Expert, EXPERT | {"headline": "x" * 201}, "headline", ["at most 200 characters"]),
        (Expert, EXPERT | {"bio": "x" * 5001}, "bio", ["at most 5000 characters"]),
        (Expert, EXPERT | {"competences": "x" * 5001}, "competences", ["at most 5000"]),
        (Expert, EXPERT | {"sectors": ["22"] * 11}, "sectors", ["at most 10 items"]),
        (Expert, EXPERT | {"sectors": ["22", "04"]}, "sectors.1", ["division 04"]),
        (Expert, EXPERT | {"hours_per_month": 201}, "hours_per_month", ["less than or equal"]),
        (Expert, EXPERT | {"availability": "busy"}, "availability", ["'limited'", "'busy'"]),
        (Lab, LAB | {"equipment": ["x"]}, "equipment.0", ["at least 2 characters"]),
        (Lab, LAB | {"tests": ["x" * 121]}, "tests.0", ["at most 120 characters"]),
        (Lab, LAB | {"equipment": ["ab"] * 51}, "equipment", ["at most 50 items"]),
        (Lab, LAB | {"tests": ["ab"] * 51}, "tests", ["at most 50 items"]),
        (Lab, LAB | {"accreditations": ["ab"] * 21}, "accreditations", ["at most 20 items"]),
        (Lab, LAB | {"weekly_slots": -1}, "weekly_slots", ["greater than or equal to 0"]),
        (Lab, LAB | {"weekly_slots": 501}, "weekly_slots", ["less than or equal to 500"]),
        (Lab, LAB | {"sector": "2562"}, "sector", ["two-digit division"]),
        (Need, NEED | {"text": TWENTY[:-1]}, "text", ["at least 20 characters"]),
        (Need, NEED | {"text": f"  {TWENTY[:-1]}  "}, "text", ["at least 20 characters"]),
        (Need, NEED | {"text": "x" * 5001}, "text", ["at most 5000 characters"]),
        (Need, {"id": "need:1"}, "text", ["Field required"]),
        (Need, NEED | {"wanted_kinds": ["wizard"]}, "wanted_kinds.0", ["'lab'", "'wizard'"]),
        (Need, NEED | {"wanted_kinds": ["lab"] * 7}, "wanted_kinds", ["at most 6 items"]),
        (Need, NEED | {"urgency": "asap"}, "urgency", ["'high'", "'asap'"]),
        (Need, NEED | {"budget": "lots"}, "budget", ["'over_50k'", "'lots'"]),
        (Need, NEED | {"firm_id": "Alfa Srl"}, "firm_id", ["should be an id of"]),
        (Need, NEED | {"funding": "x" * 201}, "funding", ["at most 200 characters"]),
        (Erasure, {"id": "need:1", "kind": "need"}, "kind", ["'expert'", "'organisation'"]),
        (Erasure, {"id": "lab:1", "kind": "lab", "reason": "x" * 201}, "reason", ["at most 200"]),
    ],
)
def test_values_past_the_limit_are_refused_naming_the_field_and_limit(
    model: type[BaseModel], data: dict[str, Any], field: str, fragments: list[str]
) -> None:
    detail = refusal(model, data)
    assert detail.startswith(f"{field}: ")
    for fragment in fragments:
        assert fragment in detail


@pytest.mark.parametrize(
    ("model", "data", "defaults"),
    [
        (Organisation, FIRM, {"languages": ["it"], "topics": [], "services": []}),
        (Expert, EXPERT, {"availability": "available", "languages": ["it"]}),
        (Lab, LAB, {"availability": "available", "equipment": []}),
        (Need, NEED, {"urgency": "medium", "budget": "unknown", "wanted_kinds": []}),
    ],
)
def test_defaults_are_what_matching_assumes_when_a_field_is_left_out(
    model: type[BaseModel], data: dict[str, Any], defaults: dict[str, Any]
) -> None:
    dumped = model.model_validate(data).model_dump(mode="json")
    assert {field: dumped[field] for field in defaults} == defaults
