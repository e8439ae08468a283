import datetime

import pytest
from pydantic import ValidationError

from schemas.projects import Participant, Project, ProjectRole

REPORT = "Partendo dai resi dei clienti, il laboratorio ha provato i pezzi a fatica."


def project(**changes: object) -> Project:
    fields: dict[str, object] = {
        "id": "project:1",
        "title": "Fatica dei tecnopolimeri",
        "text": REPORT,
        "date": datetime.date(2024, 3, 1),
        "participants": [Participant(id="firm:a", role=ProjectRole.BENEFICIARY)],
    }
    return Project.model_validate(fields | changes)


def test_a_participant_is_a_partner_unless_told() -> None:
    assert Participant(id="lab:x").role is ProjectRole.PARTNER
    assert project().kind.value == "other"


def test_a_project_names_each_participant_once() -> None:
    twice = [Participant(id="lab:x"), Participant(id="lab:x", role=ProjectRole.PROVIDER)]
    with pytest.raises(ValidationError, match="more than once: lab:x"):
        project(participants=twice)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"participants": []}, "participants"),
        ({"text": "troppo corto"}, "text"),
        ({"title": "x" * 301}, "title"),
        ({"date": "ieri"}, "date"),
        ({"kind": "grant"}, "kind"),
    ],
)
def test_bad_projects_are_refused_naming_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        project(**changes)
    assert refused.value.errors()[0]["loc"][0] == field
