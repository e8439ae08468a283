"""Per-need run files: each need's first ten suggestions from every system, right answers
marked, so a person can read where a ranking fails (one JSON object per line)."""

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from services.evaluation.dataset import Dataset

TEXT_SHOWN = 300


def per_need(
    dataset: Dataset, rankings: Mapping[str, Sequence[Sequence[str]]]
) -> list[dict[str, Any]]:
    names = {profile.id: (profile.name, profile.kind) for profile in dataset.profiles}
    rows = []
    for index, need in enumerate(dataset.needs):
        right = dataset.answers(need)
        rows.append(
            {
                "need": need.id,
                "firm_id": need.firm_id,
                "date": need.date.isoformat() if need.date else None,
                "text": need.text[:TEXT_SHOWN],
                "right_answers": len(right),
                "systems": {
                    system: [
                        {
                            "rank": rank,
                            "id": found,
                            "name": names.get(found, ("?", "?"))[0],
                            "kind": names.get(found, ("?", "?"))[1],
                            "right": found in right,
                        }
                        for rank, found in enumerate(ranked[index], start=1)
                    ]
                    for system, ranked in rankings.items()
                },
            }
        )
    return rows


def write(path: Path, dataset: Dataset, rankings: Mapping[str, Sequence[Sequence[str]]]) -> None:
    lines = (json.dumps(row, ensure_ascii=False) for row in per_need(dataset, rankings))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
