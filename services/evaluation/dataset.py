"""A labelled evaluation set: `profiles.jsonl`, `needs.jsonl` and, optionally, `projects.jsonl`
(the past projects behind the profiles), read and checked line by line.

Every row is validated before anything reaches Kafka, with the wire schemas' own types for
ids, ATECO codes and territories, so a bad dataset fails at once with the file and line to fix
instead of turning into dead letters halfway through a long run. Unknown fields are ignored:
a dataset may carry notes of its own.
"""

import datetime
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BeforeValidator, StringConstraints, TypeAdapter, ValidationError

from schemas import places
from schemas.common import AtecoCode, Service, Territory, TextLanguage
from schemas.envelope import EntityId
from schemas.events import describe
from schemas.places import PROVINCES
from schemas.projects import ProjectKind, ProjectRole, ProjectText, ProjectTitle
from services.matcher.ranking.text import detect_language

PROFILES_FILE = "profiles.jsonl"
NEEDS_FILE = "needs.jsonl"
PROJECTS_FILE = "projects.jsonl"

Kind = Literal["firm", "expert", "lab", "startup", "university", "research_centre", "association"]
RelationKind = Literal["member_of", "hosted_by", "affiliated_with", "part_of", "collaborated_with"]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Half = Literal["fit", "report"]


def _shorthand(value: object) -> object:
    """A bare code is an Italian province when it is one (BG is Bergamo, not Bulgaria), else
    a NUTS region or a country code; an object is a territory as events write it, whose
    fields say which list a code is from (`{"country": "FR"}` is France, `{"canton": "TI"}`)."""
    if not isinstance(value, str):
        return value
    if value in PROVINCES:
        return {"province": value}
    try:
        return {"region": places.region(value)}
    except ValueError as error:
        raise ValueError(
            f"not an Italian province (e.g. BG) and {error}; a canton, or a country written"
            ' like a province, is an object: {"canton": "TI"}, {"country": "FR"}'
        ) from None


Place = Annotated[Territory, BeforeValidator(_shorthand)]


def half(need_id: str) -> Half:
    """The committed split of every dataset into two halves: what is calibrated or fitted on
    the `fit` half is reported on the `report` half. A need's half follows from a hash of its
    id, so it does not move when needs are added, removed or reordered."""
    return "fit" if hashlib.sha256(need_id.encode()).digest()[0] % 2 == 0 else "report"


class DatasetError(ValueError):
    """A dataset that cannot be evaluated; the message names the file and the line."""


@dataclass(frozen=True)
class RelationRef:
    type: RelationKind
    target: str


@dataclass(frozen=True)
class Profile:
    id: EntityId
    kind: Kind
    name: Name
    text: str
    sector: AtecoCode | None = None
    territory: Place | None = None
    topics: tuple[str, ...] = ()
    services: tuple[Service, ...] = ()
    relations: tuple[RelationRef, ...] = ()
    language: TextLanguage = "it"
    line: int = 0


@dataclass(frozen=True)
class Need:
    id: Name
    text: Name
    firm_id: EntityId | None = None
    sector: AtecoCode | None = None
    territory: Place | None = None
    kinds: frozenset[Kind] = frozenset()
    services: tuple[Service, ...] = ()  # the hub's services it calls for, as officers tick them
    relevant: frozenset[str] = frozenset()
    language: TextLanguage = "it"
    date: datetime.date | None = None  # when it was submitted: only earlier projects help it
    line: int = 0


@dataclass(frozen=True)
class PastProject:
    """A project done before the needs, with the candidates that took part (any role)."""

    id: EntityId
    title: ProjectTitle
    text: ProjectText
    date: datetime.date
    participants: tuple[EntityId, ...]
    kind: ProjectKind = ProjectKind.OTHER
    language: TextLanguage | None = None
    roles: dict[str, ProjectRole] | None = None  # by participant; a partner when not given
    line: int = 0


@dataclass(frozen=True)
class Dataset:
    profiles: tuple[Profile, ...]
    needs: tuple[Need, ...]
    projects: tuple[PastProject, ...] = ()

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(profile.id for profile in self.profiles)

    def answers(self, need: Need) -> frozenset[str]:
        """The right answers that can be found: present in the dataset, not the requester."""
        return (need.relevant & self.ids) - {need.firm_id}


_PROFILE: TypeAdapter[Profile] = TypeAdapter(Profile)
_NEED: TypeAdapter[Need] = TypeAdapter(Need)
_PROJECT: TypeAdapter[PastProject] = TypeAdapter(PastProject)
T = TypeVar("T", Profile, Need, PastProject)


def read(directory: Path) -> Dataset:
    """The files of a dataset directory, or a DatasetError naming the first bad line."""
    profiles = _parsed(directory / PROFILES_FILE, _PROFILE)
    needs = _parsed(directory / NEEDS_FILE, _NEED)
    projects = directory / PROJECTS_FILE
    past = _parsed(projects, _PROJECT, told=False) if projects.exists() else []
    return Dataset(tuple(profiles), tuple(needs), tuple(past))


def _parsed(path: Path, adapter: TypeAdapter[T], told: bool = True) -> list[T]:
    """The rows as `adapter`'s type; with `told`, a row without a language gets its text's."""
    items: list[T] = []
    seen: dict[str, int] = {}
    for number, row in _rows(path):
        language = {}
        if told and "language" not in row and isinstance(row.get("text"), str):
            language = {"language": detect_language(row["text"])}
        try:
            item = adapter.validate_python({**row, **language, "line": number})
        except ValidationError as error:
            raise DatasetError(f"{path}:{number}: {describe(error)}") from error
        if item.id in seen:
            raise DatasetError(
                f"{path}:{number}: id {item.id!r} is already used on line {seen[item.id]}"
            )
        seen[item.id] = number
        items.append(item)
    return items


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line as a JSON object, with its line number."""
    if not path.is_file():
        raise DatasetError(f"{path}: no such file (a dataset holds {PROFILES_FILE}, {NEEDS_FILE})")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            if not isinstance(row, dict):
                raise DatasetError(f"{path}:{number}: each line must be a JSON object")
            yield number, row
