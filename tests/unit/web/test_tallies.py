"""The dashboard's arithmetic: months with gaps, series per group, shares, percentiles,
times to acceptance, topics counted once per need."""

from typing import Any

import pytest

from services.web import tallies


def test_months_run_from_the_first_to_the_last_across_the_new_year() -> None:
    rows = [{"year": 2025, "month": 11}, {"year": 2026, "month": 2}, {"year": 2025, "month": 11}]
    assert tallies.months(rows) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert tallies.months([]) == []


def test_series_fill_every_month_largest_group_first_and_none_last() -> None:
    rows: list[dict[str, Any]] = [
        {"year": 2026, "month": 1, "id": None, "name": None, "needs": 9},
        {"year": 2026, "month": 1, "id": "a:cna", "name": "CNA", "needs": 1},
        {"year": 2026, "month": 3, "id": "a:conf", "name": "Conf", "needs": 2},
        {"year": 2026, "month": 3, "id": "a:cna", "name": "CNA", "needs": 2},
    ]
    every = tallies.months(rows)
    found = tallies.series(rows, every)
    assert [(g.id, g.total) for g in found] == [("a:cna", 3), ("a:conf", 2), (None, 9)]
    assert [(m.month, m.needs) for m in found[0].months] == [
        ("2026-01", 1), ("2026-02", 0), ("2026-03", 2),
    ]  # fmt: skip


def test_a_share_of_nothing_is_unknown_not_zero() -> None:
    assert tallies.share(1, 4).share == 0.25
    assert tallies.share(0, 0).share is None


def test_cross_sector_counts_only_known_different_sections() -> None:
    rows: list[dict[str, Any]] = [
        {"firm_section": "C", "partner_section": "M"},
        {"firm_section": "C", "partner_section": "c"},
        {"firm_section": None, "partner_section": "M"},
    ]
    assert tallies.cross_sector(rows).model_dump() == {"part": 1, "whole": 3, "share": 1 / 3}


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [([1, 2, 3, 4], 50, 2.5), ([4, 1, 3, 2], 90, 3.7), ([7], 90, 7), ([], 50, None),
     ([0, 10], 100, 10), ([0, 10], 0, 0)],
)  # fmt: skip
def test_percentiles_interpolate_between_ranks(
    values: list[float], q: float, expected: float | None
) -> None:
    found = tallies.percentile(values, q)
    assert found == expected if expected is None else found == pytest.approx(expected)


def test_durations_are_hours_and_a_need_updated_later_counts_as_at_once() -> None:
    found = tallies.durations([3600, 7200, 36000, -50])
    assert found.count == 4
    assert found.median_hours == 1.5
    assert found.p90_hours == pytest.approx(7.6)  # hours 0, 1, 2, 10: 2 + 0.7 * (10 - 2)
    assert tallies.durations([]).model_dump() == {
        "count": 0, "median_hours": None, "p90_hours": None,
    }  # fmt: skip


def test_topics_count_each_need_once_under_their_most_used_spelling() -> None:
    rows = [
        {"need_id": "n1", "topics": ["Attività", "attivita", "gomma"]},
        {"need_id": "n2", "topics": ["Attività", "vino"]},
        {"need_id": "n3", "topics": ["gomma", " Gomma "]},
    ]
    found = [(t.topic, t.needs) for t in tallies.top_topics(rows)]
    assert found == [("Attività", 2), ("gomma", 2), ("vino", 1)]
    assert len(tallies.top_topics(rows, limit=1)) == 1
