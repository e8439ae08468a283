"""`contamina match` refuses what the schema refuses before it reaches any server."""

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
