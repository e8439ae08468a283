"""The committed JSON Schemas and AsyncAPI document match the code, and the check that says so
really notices a missing, stale or left-over file."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from schemas.envelope import Envelope
from schemas.events import EVENT_TYPES
from services.cli.contracts import app
from services.operations import contracts

ROOT = Path(__file__).resolve().parents[3]
REGENERATE = "run `contamina contracts export` from the repository root and commit the result"


def test_committed_artefacts_match_the_code() -> None:
    stale = contracts.check(ROOT)
    assert not stale, f"{', '.join(map(str, stale))}: {REGENERATE}"


def test_compare_names_missing_stale_and_extra_files(tmp_path: Path) -> None:
    fresh, stale, missing = (contracts.EVENTS_DIR / f"{n}.v1.schema.json" for n in "abc")
    extra = contracts.EVENTS_DIR / "gone.v1.schema.json"
    unrelated = contracts.EVENTS_DIR / "README.md"
    for path, text in [(fresh, "{}\n"), (stale, "{ }\n"), (extra, "{}\n"), (unrelated, "hi\n")]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    expected = {fresh: "{}\n", stale: "{}\n", missing: "{}\n"}
    assert contracts.compare(tmp_path, expected) == [
        contracts.Discrepancy(stale, contracts.Problem.STALE),
        contracts.Discrepancy(missing, contracts.Problem.MISSING),
        contracts.Discrepancy(extra, contracts.Problem.EXTRA),
    ]


def test_export_writes_everything_then_finds_nothing_to_do(tmp_path: Path) -> None:
    (tmp_path / contracts.EVENTS_DIR).mkdir(parents=True)
    (tmp_path / contracts.EVENTS_DIR / "gone.v1.schema.json").write_text("{}\n")
    changes = contracts.export(tmp_path)
    assert {change.problem for change in changes} == {
        contracts.Problem.MISSING,
        contracts.Problem.EXTRA,
    }
    assert len(changes) == len(EVENT_TYPES) + 2
    assert contracts.check(tmp_path) == []
    assert contracts.export(tmp_path) == []


def test_render_is_stable_text() -> None:
    assert contracts.render({"b": 1, "a": "città"}) == '{\n  "a": "città",\n  "b": 1\n}\n'


@pytest.mark.parametrize("event", EVENT_TYPES, ids=lambda cls: cls.__name__)
def test_each_event_schema_is_identified_by_its_wire_name(event: type[Envelope]) -> None:
    schema = contracts.event_schema(event)
    event_type = schema["properties"]["type"]["const"]
    assert contracts.event_schema_path(event).name == f"{event_type}.v1.schema.json"
    assert schema["$id"] == f"urn:contamina:event:{event_type}:v1"
    assert schema["title"] == f"{event_type} v1"
    assert schema["$schema"] == contracts.JSON_SCHEMA_DIALECT
    assert schema["additionalProperties"] is False
    assert {"event_id", "occurred_at", "source", "payload"} <= set(schema["required"])


def test_asyncapi_does_not_depend_on_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    before = contracts.asyncapi()
    monkeypatch.setenv("CONTAMINA_KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9999")
    monkeypatch.setenv("CONTAMINA_TOPIC_PREFIX", "someone-elses.")
    assert contracts.asyncapi() == before


def test_asyncapi_documents_the_ingestion_topics() -> None:
    document = contracts.asyncapi()
    addresses = {channel["address"] for channel in document["channels"].values()}
    assert "contamina.organisations" in addresses
    assert document["asyncapi"].startswith("3.")


def test_cli_check_fails_listing_the_files_then_export_fixes_them(tmp_path: Path) -> None:
    runner = CliRunner()
    checked = runner.invoke(app, ["export", "--check", "--root", str(tmp_path)])
    assert checked.exit_code == 1
    assert "docs/asyncapi.json (missing)" in checked.output
    assert "contamina contracts export" in checked.output
    assert not (tmp_path / "docs").exists()

    exported = runner.invoke(app, ["export", "--root", str(tmp_path)])
    assert exported.exit_code == 0
    assert json.loads((tmp_path / contracts.ASYNCAPI).read_text())["asyncapi"]

    rechecked = runner.invoke(app, ["export", "--check", "--root", str(tmp_path)])
    assert rechecked.exit_code == 0, rechecked.output
    assert "up to date" in rechecked.output
