"""The hub's memory: who worked on problems like this need's before it, and with whom.

Two readings of the past projects (and of the needs whose partners were accepted), both
measured on real consortia (docs/ranking.md):

- the hub's memory (`experience`): the projects most similar to the need, whoever ran them,
  pass their similarity on to their participants; it needs no history of the requester, which
  is the small firm's case;
- the requester's memory (`history`): the requester's own past projects pass the cube of
  their similarity on to their other participants, so a past partner counts for the work
  that resembles this need, not for having met once.

Similarity is TF-IDF cosine over the matcher's stems: on cordis-dev it served the memory
better than BM25 (0.183 against 0.154 nDCG@10 on the report half, fused with BM25). A need is
only ever helped by what happened before it (`before`).
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer

from services.matcher.ranking.text import indexed

HUB_PROJECTS = 25
"""How many of the most similar projects the hub's memory reads: 25-100 did best offline."""

ROLE_SHARE = {"beneficiary": 0.25}
"""A firm the work was for is a weaker lead than who did it: it had the problem, it did not
solve it for others. Every other role passes the whole similarity on."""

SHARPENING = 3
"""The requester's memory weighs a project by the cube of its similarity: a close project with
a past partner says much more than a loose one."""


@dataclass(frozen=True)
class Remembered:
    """A past project (or a need whose partners were accepted), as the memory keeps it."""

    id: str
    title: str
    date: date
    kind: str
    participants: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Recall:
    """What the memory says of one candidate for one need: both signals in [0, 1] (scaled to
    the need's best candidate) and the most similar project behind each, for the explanation."""

    experience: float = 0.0
    history: float = 0.0
    project: Remembered | None = None  # the most similar project it took part in
    shared: Remembered | None = None  # the most similar project it did with the requester


def _analysed(terms: str) -> list[str]:
    return terms.split()


@dataclass
class MemoryIndex:
    """TF-IDF over the remembered projects' stems, with their dates and participants."""

    items: Sequence[Remembered]
    terms: Sequence[str]
    _vectorizer: TfidfVectorizer = field(init=False, repr=False)
    _matrix: Any = field(init=False, repr=False)
    _dates: npt.NDArray[np.int64] = field(init=False, repr=False)
    _by_member: dict[str, list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.items) != len(self.terms):
            raise ValueError(f"{len(self.items)} projects but {len(self.terms)} texts")
        self._vectorizer = TfidfVectorizer(analyzer=_analysed, sublinear_tf=True)
        self._matrix = self._vectorizer.fit_transform(self.terms) if self.items else None
        self._dates = np.array([item.date.toordinal() for item in self.items], dtype=np.int64)
        self._by_member = defaultdict(list)
        for row, item in enumerate(self.items):
            for participant in item.participants:
                self._by_member[participant].append(row)

    def similarities(self, terms: str, before: date | None) -> npt.NDArray[np.float64]:
        """Each project's cosine to the need's stems; 0 for projects not before `before`."""
        if self._matrix is None:
            return np.zeros(0)
        query = self._vectorizer.transform([terms])
        found = np.asarray((self._matrix @ query.T).todense()).ravel()
        if before is not None:
            found[self._dates >= before.toordinal()] = 0.0
        return found

    def recall(
        self, terms: str, *, before: date | None, requester: str | None
    ) -> dict[str, Recall]:
        """Every participant the memory has something to say about, for this need."""
        found = self.similarities(terms, before)
        experience, best = self._hub(found)
        history, shared = self._requester(found, requester)
        scale_e, scale_h = max(experience.values(), default=0.0), max(history.values(), default=0.0)
        return {
            who: Recall(
                experience=experience.get(who, 0.0) / scale_e if scale_e else 0.0,
                history=history.get(who, 0.0) / scale_h if scale_h else 0.0,
                project=self.items[best[who]] if who in best else None,
                shared=self.items[shared[who]] if who in shared else None,
            )
            for who in (experience.keys() | history.keys()) - {requester}
        }

    def _hub(self, found: npt.NDArray[np.float64]) -> tuple[dict[str, float], dict[str, int]]:
        top = _top(found, HUB_PROJECTS)
        weight: dict[str, float] = defaultdict(float)
        best: dict[str, int] = {}
        for row in top:
            item = self.items[row]
            for who, role in zip(item.participants, item.roles, strict=True):
                weight[who] += found[row] * ROLE_SHARE.get(role, 1.0)
                best.setdefault(who, row)  # rows come most similar first
        return weight, best

    def _requester(
        self, found: npt.NDArray[np.float64], requester: str | None
    ) -> tuple[dict[str, float], dict[str, int]]:
        weight: dict[str, float] = defaultdict(float)
        best: dict[str, int] = {}
        own = [row for row in self._by_member.get(requester or "", ()) if found[row] > 0]
        for row in sorted(own, key=lambda r: -found[r]):
            for who in self.items[row].participants:
                weight[who] += float(found[row]) ** SHARPENING
                best.setdefault(who, row)
        return weight, best


def _top(found: npt.NDArray[np.float64], k: int) -> list[int]:
    """The rows of the k most similar projects with any similarity, most similar first."""
    positive = np.flatnonzero(found > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-found[positive], k)[:k]]
    return sorted(positive.tolist(), key=lambda row: (-found[row], row))


def index_of(rows: Sequence[Mapping[str, Any]]) -> MemoryIndex:
    """The index over graph rows (`graph.memory.memories`); a remembered need's stems are made
    here, as the graph does not keep its text analysed."""
    items, terms = [], []
    for row in rows:
        participants = [p for p in row["participants"] if p.get("id")]
        if not participants or row["date"] is None:
            continue
        items.append(
            Remembered(
                id=row["id"],
                title=row["title"],
                date=_date(row["date"]),
                kind=row["kind"],
                participants=tuple(p["id"] for p in participants),
                roles=tuple(p["role"] for p in participants),
            )
        )
        terms.append(row["terms"] if row["terms"] is not None else indexed(row["text"]))
    return MemoryIndex(items, terms)


def _date(value: Any) -> date:
    """A Neo4j Date (or a Python one) as a Python date."""
    native = value.to_native() if hasattr(value, "to_native") else value
    if not isinstance(native, date):
        raise TypeError(f"a remembered project's date must be a date, got {native!r}")
    return native
