"""Relation rules: two different parties, collaboration details only on collaborations, and a
key that makes the same tie stated twice (or from either end of a collaboration) one edge."""

from typing import Any

import pytest
from pydantic import ValidationError

from schemas.events import describe
from schemas.relations import Relation, RelationType

A, B = "firm:alfa", "lab:point"
DIRECTED = [kind for kind in RelationType if kind is not RelationType.COLLABORATED_WITH]


def relation(kind: RelationType, source: str = A, target: str = B, **extra: Any) -> Relation:
    return Relation.model_validate({"type": kind, "source_id": source, "target_id": target} | extra)


def refusal(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        Relation.model_validate(data)
    return describe(caught.value)


@pytest.mark.parametrize("kind", list(RelationType))
def test_a_party_cannot_be_related_to_itself(kind: RelationType) -> None:
    detail = refusal({"type": kind, "source_id": A, "target_id": A})
    assert "a relation needs two different parties" in detail


@pytest.mark.parametrize("kind", DIRECTED)
@pytest.mark.parametrize("detail", [{"year": 2024}, {"project": "Mescole"}])
def test_year_and_project_belong_to_collaborations_only(
    kind: RelationType, detail: dict[str, Any]
) -> None:
    message = refusal({"type": kind, "source_id": A, "target_id": B} | detail)
    assert "year and project belong to collaborated_with relations only" in message


@pytest.mark.parametrize(
    ("data", "field", "fragment"),
    [
        ({"year": 1949}, "year", "greater than or equal to 1950"),
        ({"year": 2101}, "year", "less than or equal to 2100"),
        ({"project": ""}, "project", "at least 1 character"),
        ({"project": "x" * 201}, "project", "at most 200 characters"),
        ({"target_id": "Point Lab"}, "target_id", "should be an id of"),
        ({"type": "friend_of"}, "type", "'collaborated_with'"),
    ],
)
def test_collaboration_details_are_bounded(data: dict[str, Any], field: str, fragment: str) -> None:
    base = {"type": RelationType.COLLABORATED_WITH, "source_id": A, "target_id": B}
    detail = refusal(base | data)
    assert detail.startswith(f"{field}: ")
    assert fragment in detail


def test_a_collaboration_may_carry_its_year_and_project() -> None:
    tie = relation(RelationType.COLLABORATED_WITH, year=2025, project="Mescole riciclate")
    assert (tie.year, tie.project) == (2025, "Mescole riciclate")


def test_a_collaboration_has_the_same_key_from_either_end() -> None:
    forward = relation(RelationType.COLLABORATED_WITH, A, B, project="Mescole")
    backward = relation(RelationType.COLLABORATED_WITH, B, A, project="Mescole")
    assert forward.key == backward.key


@pytest.mark.parametrize("kind", DIRECTED)
def test_directed_relations_keep_their_direction_in_the_key(kind: RelationType) -> None:
    assert relation(kind, A, B).key != relation(kind, B, A).key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            relation(RelationType.COLLABORATED_WITH, project="Mescole"),
            relation(RelationType.COLLABORATED_WITH, project="Sensori"),
            id="two projects between the same parties",
        ),
        pytest.param(
            relation(RelationType.MEMBER_OF),
            relation(RelationType.AFFILIATED_WITH),
            id="two types between the same parties",
        ),
        pytest.param(
            relation(RelationType.MEMBER_OF, A, B),
            relation(RelationType.MEMBER_OF, A, "lab:other"),
            id="different targets",
        ),
    ],
)
def test_different_ties_have_different_keys(first: Relation, second: Relation) -> None:
    assert first.key != second.key


def test_the_same_collaboration_restated_in_another_year_is_one_tie() -> None:
    earlier = relation(RelationType.COLLABORATED_WITH, project="Mescole", year=2024)
    later = relation(RelationType.COLLABORATED_WITH, B, A, project="Mescole", year=2025)
    assert earlier.key == later.key


def test_the_key_is_readable_in_the_graph() -> None:
    assert relation(RelationType.MEMBER_OF).key == "member_of|firm:alfa|lab:point"
    assert (
        relation(RelationType.COLLABORATED_WITH, B, A).key
        == "collaborated_with|firm:alfa|lab:point|"
    )


def test_a_collaboration_has_the_same_ends_from_either_end() -> None:
    forward = relation(RelationType.COLLABORATED_WITH, A, B)
    backward = relation(RelationType.COLLABORATED_WITH, B, A)
    assert forward.ends == backward.ends == tuple(sorted((A, B)))


@pytest.mark.parametrize("kind", DIRECTED)
def test_directed_relations_keep_their_ends_as_stated(kind: RelationType) -> None:
    assert relation(kind, B, A).ends == (B, A)
