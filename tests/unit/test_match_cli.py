"""`contamina match` refuses bad input and a bad configuration before it reaches any server."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from services.cli import app


def test_an_unknown_service_is_refused_with_the_list_of_known_ones() -> None:
    result = CliRunner().invoke(
        app, ["match", "Le guarnizioni si rompono", "--services", "materials_testing,magic"]
    )
    assert result.exit_code == 2
    assert "invalid input" in result.output
    assert "services" in result.output
    assert "materials_testing" in result.output  # the values it takes


def test_a_ranker_file_that_cannot_serve_is_refused_before_any_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "ranker.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    monkeypatch.setenv("CONTAMINA_RANKER", str(broken))
    monkeypatch.setenv("CONTAMINA_NEO4J_URI", "bolt://127.0.0.1:9")  # never reached
    result = CliRunner().invoke(app, ["match", "Le guarnizioni si rompono dopo pochi mesi"])
    assert result.exit_code == 1
    assert "not a ranker file" in " ".join(result.output.split())  # as the terminal wraps it
