import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from schemas.common import Territory
from services.evaluation.dataset import DatasetError, RelationRef, read
from services.evaluation.run import request

FIRM = {"id": "firm:alfa", "kind": "firm", "name": "Alfa Srl", "text": "Stampaggio gomma"}
EXPERT = {
    "id": "expert:0001",
    "kind": "expert",
    "name": "Maria Rossi",
    "text": "Prove di fatica sui polimeri",
    "sector": "72.19",
    "territory": "BG",
    "topics": ["fatica", "polimeri"],
    "relations": [{"type": "collaborated_with", "target": "firm:alfa"}],
    "notes": "unknown fields are ignored",
}
NEED = {
    "id": "need:1",
    "text": "Le guarnizioni si rompono dopo pochi mesi",
    "firm_id": "firm:alfa",
    "kinds": ["expert"],
    "relevant": ["expert:0001", "firm:alfa", "expert:9999"],
    "urgency": "ignored too",
}


def write(directory: Path, profiles: list[Any], needs: list[Any]) -> Path:
    for name, rows in (("profiles.jsonl", profiles), ("needs.jsonl", needs)):
        lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
        (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def test_reads_rows_into_dataclasses_ignoring_unknown_fields(tmp_path: Path) -> None:
    dataset = read(write(tmp_path, [FIRM, "", EXPERT], [NEED]))

    firm, expert = dataset.profiles
    assert (firm.id, firm.kind, firm.topics, firm.relations, firm.line) == (
        "firm:alfa", "firm", (), (), 1,
    )  # fmt: skip
    assert expert.line == 3
    assert (expert.sector, expert.territory, expert.topics) == (
        "72.19",
        Territory(province="BG"),
        ("fatica", "polimeri"),
    )
    assert expert.relations == (RelationRef("collaborated_with", "firm:alfa"),)
    [need] = dataset.needs
    assert (need.firm_id, need.kinds, need.sector, need.territory) == (
        "firm:alfa", frozenset({"expert"}), None, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("written", "territory"),
    [
        ("BG", Territory(province="BG")),
        ("FR", Territory(province="FR")),
        ("ITC4", Territory(region="ITC4")),
        ("DE21", Territory(region="DE21")),
        ("EL30", Territory(region="EL30")),
        ("US", Territory(region="US")),
        ({"canton": "TI"}, Territory(canton="TI")),
        ({"country": "FR"}, Territory(country="FR")),
        ({"province": "CO", "comune": "Como"}, Territory(province="CO", comune="Como")),
    ],
)
def test_a_territory_is_a_code_or_an_object_as_events_write_it(
    tmp_path: Path, written: object, territory: Territory
) -> None:
    dataset = read(write(tmp_path, [{**FIRM, "territory": written}], [NEED]))
    assert dataset.profiles[0].territory == territory


def test_a_bare_code_is_a_province_when_it_is_one_and_countries_are_derived(
    tmp_path: Path,
) -> None:
    rows = [{**FIRM, "id": f"firm:{n}", "territory": code} for n, code in enumerate(["FR", "EL30"])]
    places = [p.territory for p in read(write(tmp_path, rows, [NEED])).profiles]
    assert [(place.province, place.country) for place in places if place] == [
        ("FR", "IT"),
        (None, "GR"),
    ]


def test_answers_are_relevant_profiles_present_in_the_dataset_other_than_the_requester(
    tmp_path: Path,
) -> None:
    dataset = read(write(tmp_path, [FIRM, EXPERT], [NEED]))
    assert dataset.answers(dataset.needs[0]) == {"expert:0001"}


@pytest.mark.parametrize(
    ("profiles", "needs", "where", "why"),
    [
        ([FIRM, "{not json"], [NEED], "profiles.jsonl:2", "not valid JSON"),
        ([FIRM, "[1, 2]"], [NEED], "profiles.jsonl:2", "JSON object"),
        ([{**FIRM, "name": None}], [NEED], "profiles.jsonl:1", "name"),
        ([{k: v for k, v in FIRM.items() if k != "text"}], [NEED], "profiles.jsonl:1", "text"),
        ([{**FIRM, "kind": "department"}], [NEED], "profiles.jsonl:1", "kind"),
        ([{**FIRM, "id": "Firm Alfa"}], [NEED], "profiles.jsonl:1", "should be an id of"),
        ([{**FIRM, "territory": "Bergamo"}], [NEED], "profiles.jsonl:1", "province"),
        ([{**FIRM, "territory": "Bergamo"}], [NEED], "profiles.jsonl:1", "NUTS"),
        ([{**FIRM, "territory": "ZZ"}], [NEED], "profiles.jsonl:1", "ISO country code"),
        ([{**FIRM, "territory": {"canton": "XX"}}], [NEED], "profiles.jsonl:1", "Swiss canton"),
        ([FIRM], [{**NEED, "territory": "XX9"}], "needs.jsonl:1", "XX is not a NUTS country"),
        ([{**FIRM, "sector": "00.1"}], [NEED], "profiles.jsonl:1", "ATECO"),
        ([{**FIRM, "topics": "gomma"}], [NEED], "profiles.jsonl:1", "topics"),
        (
            [{**FIRM, "relations": [{"type": "knows", "target": "x:1"}]}],
            [NEED],
            "profiles.jsonl:1",
            "relations.0.type",
        ),
        ([FIRM, FIRM], [NEED], "profiles.jsonl:2", "already used on line 1"),
        ([FIRM], [{**NEED, "text": "  "}], "needs.jsonl:1", "text"),
        ([FIRM], [{**NEED, "kinds": ["wizard"]}], "needs.jsonl:1", "kinds"),
        ([FIRM], [NEED, {k: v for k, v in NEED.items() if k != "id"}], "needs.jsonl:2", "id"),
    ],
)
def test_a_bad_row_is_an_error_naming_file_line_and_field(
    tmp_path: Path, profiles: list[Any], needs: list[Any], where: str, why: str
) -> None:
    with pytest.raises(DatasetError) as raised:
        read(write(tmp_path, profiles, needs))
    assert f"{tmp_path / where}:" in str(raised.value)
    assert why in str(raised.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "profiles.jsonl").write_text(json.dumps(FIRM) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"needs\.jsonl: no such file"):
        read(tmp_path)


def test_the_declared_language_of_a_text_is_read(tmp_path: Path) -> None:
    english = {**EXPERT, "text": "Prove di fatica", "language": "en"}  # declared wins
    dataset = read(write(tmp_path, [FIRM, english], [{**NEED, "language": "en"}]))

    assert [profile.language for profile in dataset.profiles] == ["it", "en"]
    assert dataset.needs[0].language == "en"


def test_an_undeclared_language_is_detected_from_the_text(tmp_path: Path) -> None:
    english = {**EXPERT, "text": "Fatigue testing of polymers for the automotive industry"}
    need = {**NEED, "text": "Our seals break after a few months in the field"}
    dataset = read(write(tmp_path, [FIRM, english], [need]))

    assert [profile.language for profile in dataset.profiles] == ["it", "en"]
    assert dataset.needs[0].language == "en"


def test_a_language_that_is_not_an_iso_639_1_code_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"profiles\.jsonl:1"):
        read(write(tmp_path, [{**FIRM, "language": "english"}], [NEED]))


def test_services_are_read_from_profiles_and_needs_and_travel_with_the_request(
    tmp_path: Path,
) -> None:
    lab = {**EXPERT, "id": "lab:prove", "kind": "lab", "services": ["materials_testing"]}
    asked = {**NEED, "services": ["materials_testing", "certification"]}
    dataset = read(write(tmp_path, [FIRM, EXPERT, lab], [asked]))
    assert [profile.services for profile in dataset.profiles] == [(), (), ("materials_testing",)]
    [need] = dataset.needs
    assert request(need).services == ("materials_testing", "certification")
    assert request(replace(need, services=())).services == ()


def test_a_service_off_the_list_is_an_error_naming_the_line_and_the_list(tmp_path: Path) -> None:
    with pytest.raises(DatasetError) as raised:
        read(write(tmp_path, [FIRM], [{**NEED, "services": ["x_rays"]}]))
    assert f"{tmp_path / 'needs.jsonl'}:1: services.0" in str(raised.value)
    assert "materials_testing" in str(raised.value)
