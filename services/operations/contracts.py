"""Contract artefacts generated from the code: a JSON Schema per event type and the AsyncAPI
document of the ingestion app.

They are committed under docs/ so that producers outside Python, and reviewers, can read the
contracts without running anything. They are never edited by hand: `contamina contracts
export` rewrites them, and `--check` (also run by a unit test) names any that went stale.
"""

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from neo4j import Driver

from schemas.envelope import Envelope
from schemas.events import EVENT_TYPES
from services.embedding import Embedder
from services.ingest.app import app as ingestion_app
from services.settings import Settings

EVENTS_DIR = Path("docs", "events")
ASYNCAPI = Path("docs", "asyncapi.json")
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCHEMA_SUFFIX = ".schema.json"


class Problem(StrEnum):
    MISSING = "missing"
    STALE = "stale"
    EXTRA = "extra"


@dataclass(frozen=True, order=True)
class Discrepancy:
    """A committed artefact that differs from what the code generates now."""

    path: Path
    problem: Problem

    def __str__(self) -> str:
        return f"{self.path} ({self.problem})"


def render(document: Any) -> str:
    """Sorted keys and a trailing newline: regenerating unchanged contracts never makes a diff."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def identity(event: type[Envelope]) -> tuple[str, int]:
    """The wire name and version of an event class, read from its literal defaults."""
    return event.model_fields["type"].default, event.model_fields["schema_version"].default


def event_schema_path(event: type[Envelope]) -> Path:
    event_type, version = identity(event)
    return EVENTS_DIR / f"{event_type}.v{version}{_SCHEMA_SUFFIX}"


def event_schema(event: type[Envelope]) -> dict[str, Any]:
    """What a producer must send, titled by the wire name rather than the Python class name."""
    event_type, version = identity(event)
    schema = event.model_json_schema(mode="validation")
    schema["$schema"] = JSON_SCHEMA_DIALECT
    schema["$id"] = f"urn:contamina:event:{event_type}:v{version}"
    schema["title"] = f"{event_type} v{version}"
    return schema


def asyncapi() -> dict[str, Any]:
    """FastStream's own AsyncAPI document of the ingestion app.

    Settings are the documented defaults, never the caller's environment or .env, so the
    document is the same on every machine. No handler runs, so neither a Neo4j driver nor
    an embedder is needed.
    """
    application = ingestion_app(
        Settings.model_construct(), cast("Driver", None), cast("Embedder", None)
    )
    return cast("dict[str, Any]", application.schema.to_specification().to_jsonable())


def artefacts() -> dict[Path, str]:
    """Every generated file, by its path relative to the repository root, with its text."""
    files = {event_schema_path(event): render(event_schema(event)) for event in EVENT_TYPES}
    files[ASYNCAPI] = render(asyncapi())
    return files


def compare(root: Path, expected: dict[Path, str]) -> list[Discrepancy]:
    """Missing and stale files, plus event schemas under docs/events that nothing generates."""
    found = [
        Discrepancy(path, problem)
        for path, text in expected.items()
        if (problem := _state(root / path, text)) is not None
    ]
    found += [Discrepancy(path, Problem.EXTRA) for path in _committed_schemas(root) - set(expected)]
    return sorted(found)


def check(root: Path) -> list[Discrepancy]:
    return compare(root, artefacts())


def export(root: Path) -> list[Discrepancy]:
    """Bring the files under root up to date; return what had to change."""
    expected = artefacts()
    changes = compare(root, expected)
    for change in changes:
        target = root / change.path
        if change.problem is Problem.EXTRA:
            target.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(expected[change.path].encode("utf-8"))
    return changes


def _state(target: Path, text: str) -> Problem | None:
    # Bytes, not text: a checkout that rewrote line endings is stale too.
    if not target.is_file():
        return Problem.MISSING
    return None if target.read_bytes() == text.encode("utf-8") else Problem.STALE


def _committed_schemas(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in (root / EVENTS_DIR).glob(f"*{_SCHEMA_SUFFIX}")}
