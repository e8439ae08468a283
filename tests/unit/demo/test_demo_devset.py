import json
import re
from pathlib import Path
from typing import Any

import pytest

from schemas.ateco import section
from services.demo.archetypes import ARCHETYPES
from services.demo.devset import need_rows, profile_rows, project_rows, write_dataset
from services.demo.network import generate

COMMITTED = Path(__file__).parents[2] / "data" / "devset"
KINDS = {"firm", "expert", "lab", "startup", "university", "research_centre", "association"}


@pytest.fixture(scope="module")
def rows() -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    network = generate(seed=7, scale=1.0)
    return {row["id"]: row for row in profile_rows(network)}, need_rows(network)


def grams(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_committed_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    write_dataset(generate(seed=7, scale=1.0), tmp_path)
    for name in ("profiles.jsonl", "needs.jsonl", "projects.jsonl"):
        assert (tmp_path / name).read_text("utf-8") == (COMMITTED / name).read_text("utf-8")


def test_rows_have_the_documented_fields(rows: Any) -> None:
    profiles, needs = rows
    assert {row["kind"] for row in profiles.values()} == KINDS
    for row in profiles.values():
        assert row["text"]
        assert row["kind"] != "expert" or row["services"]
        assert all(r["target"] in profiles for r in row["relations"])
    for need in needs:
        assert set(need) == {
            "id",
            "date",
            "text",
            "language",
            "firm_id",
            "sector",
            "territory",
            "kinds",
            "services",
            "relevant",
        }
        json.dumps(need, ensure_ascii=False)


def test_each_need_has_at_least_three_answers_of_the_wanted_kinds(rows: Any) -> None:
    profiles, needs = rows
    for need in needs:
        assert len(need["relevant"]) >= 3
        kinds = {profiles[p]["kind"] for p in need["relevant"]}
        assert not need["kinds"] or kinds <= set(need["kinds"])


def test_many_needs_have_an_answer_from_another_sector(rows: Any) -> None:
    profiles, needs = rows

    def crosses(need: dict[str, Any]) -> bool:
        sectors = [profiles[p]["sector"] for p in need["relevant"]]
        own = section(need["sector"]) if need["sector"] else None
        return own is not None and any(s and section(s) != own for s in sectors)

    assert sum(map(crosses, needs)) >= 0.3 * len(needs)


def test_no_need_quotes_six_words_of_an_answer(rows: Any) -> None:
    profiles, needs = rows
    for need in needs:
        own = grams(need["text"])
        for partner in need["relevant"]:
            assert not own & grams(profiles[partner]["text"]), (need["id"], partner)


def test_answer_ids_do_not_name_the_problem(rows: Any) -> None:
    _, needs = rows
    words = {
        word
        for archetype in ARCHETYPES
        for wording in filter(None, (archetype.italian, archetype.english))
        for phrase in (*wording.topics, *wording.need_topics, archetype.domain)
        for word in re.findall(r"[a-z]{4,}", phrase.lower())
    }
    for need in needs:
        for partner in need["relevant"]:
            assert re.fullmatch(r"[a-z_]+:[a-z-]*\d+|research_centre:[a-z-]+", partner)
            assert not any(word in partner for word in words), partner


def test_project_rows_name_profiles_and_come_before_every_need() -> None:
    network = generate(seed=7, scale=0.2)
    profiles = {row["id"] for row in profile_rows(network)}
    first_need = min(row["date"] for row in need_rows(network))
    projects = project_rows(network)
    assert projects
    for row in projects:
        assert set(row) >= {"id", "title", "text", "date", "participants", "kind", "language"}
        assert set(row["participants"]) <= profiles
        assert set(row["roles"]) == set(row["participants"])
        assert row["date"] < "2026-01-01" <= first_need
