import json
from pathlib import Path

import pytest

from services.evaluation import metrics, runs
from services.evaluation.dataset import Dataset, Need, Profile

DATASET = Dataset(
    profiles=(
        Profile(id="lab:lca", kind="lab", name="Laboratorio LCA", text="LCA"),
        Profile(id="firm:garage", kind="firm", name="Autofficina", text="Tagliandi"),
    ),
    needs=(
        Need(id="need:1", text="La banca chiede dati ambientali", relevant=frozenset({"lab:lca"})),
    ),
)


def test_a_run_file_marks_each_need_s_right_answers_per_system(tmp_path: Path) -> None:
    path = tmp_path / "runs.jsonl"
    runs.write(path, DATASET, {"matcher": [["firm:garage", "lab:lca"]], "bm25": [[]]})
    [row] = [json.loads(line) for line in path.read_text().splitlines()]
    assert row["need"] == "need:1"
    assert row["right_answers"] == 1
    assert row["systems"]["matcher"] == [
        {"rank": 1, "id": "firm:garage", "name": "Autofficina", "kind": "firm", "right": False},
        {"rank": 2, "id": "lab:lca", "name": "Laboratorio LCA", "kind": "lab", "right": True},
    ]
    assert row["systems"]["bm25"] == []


@pytest.mark.parametrize(
    ("ranked", "success", "precision"),
    [
        (["a", "b", "c", "d", "e", "right"], 0.0, 0.0),
        (["a", "right", "c"], 1.0, 0.2),
        (["right", "also", "right"], 1.0, 0.4),
        ([], 0.0, 0.0),
    ],
)
def test_success_and_precision_at_five(ranked: list[str], success: float, precision: float) -> None:
    right = {"right", "also"}
    assert metrics.success_at_k(ranked, right, 5) == success
    assert metrics.precision_at_k(ranked, right, 5) == pytest.approx(precision)
