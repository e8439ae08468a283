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
better than BM25 (0.183 against 0.154 nDCG@10 on the report half, fused with BM25). Words do
not cross languages: for a project in another language than the need, the cosine of their
vectors (the project's summary, `services.ingest.projection.project_summary`) stands in where
it says more, scaled so that a typical project is 0 (see `across`). A need is only ever helped
by what happened before it (`before`).

Across languages a vector says as much about how a text is written as about its subject: an
English officer's note ("the Italian branch of a group whose management is based abroad")
lands near the Italian projects about selling abroad whatever the firm's problem is. So the
meaning is read from centred vectors: the need less what the hub's needs in its language
share (`framings`), each project less what the projects in its language share.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
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


ACROSS_SHARE = 0.6
"""How much a project in another language can pass on, at most, against 1 for a project of
identical words: meaning is weaker evidence than shared words. On the development set's
English needs answered by Italian partners (0.63x the same-language nDCG@10 with words alone)
0.6 did best of 0.3, 0.6 and 1.0 (docs/ranking.md)."""

TYPICAL = 75
"""The percentile of the need's cosines to every project below which a project's meaning
says nothing. On the development set the 75th kept the cross-lingual needs' gain (0.304
nDCG@10 against 0.280 with the median, which let loose English projects into Italian needs)
at the median's overall figure (0.392 against 0.393); the 90th lost overall (0.382)."""

HALFWAY = 0.5
"""A project's vector counts in full once it is this far from the need's typical project
(`TYPICAL`) towards identity: a scale of the model's own, not a cosine threshold."""


FRAMING_TEXTS = 20
"""How many texts of one language it takes to read what they share: with fewer, their mean is
mostly the texts themselves, and a need centred on it would lose its subject too."""


@dataclass(frozen=True)
class Remembered:
    """A past project (or a need whose partners were accepted), as the memory keeps it."""

    id: str
    title: str
    date: date
    kind: str
    participants: tuple[str, ...]
    roles: tuple[str, ...]
    language: str | None = None


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


@dataclass(frozen=True)
class Need:
    """What the memory reads of a need: its stems, and its vector and language for the
    projects written in another."""

    terms: str
    vector: Sequence[float] | None = None
    language: str | None = None


@dataclass
class MemoryIndex:
    """TF-IDF over the remembered projects' stems, with their dates and participants, and
    their vectors (None where a project has none of the current model's)."""

    items: Sequence[Remembered]
    terms: Sequence[str]
    vectors: Sequence[Sequence[float] | None] | None = None
    framings: Mapping[str, npt.NDArray[np.float32]] = field(default_factory=dict)
    _vectorizer: TfidfVectorizer = field(init=False, repr=False)
    _matrix: Any = field(init=False, repr=False)
    _dates: npt.NDArray[np.int64] = field(init=False, repr=False)
    _by_member: dict[str, list[int]] = field(init=False, repr=False)
    _meanings: npt.NDArray[np.float32] | None = field(init=False, repr=False)
    _has_meaning: npt.NDArray[np.bool_] = field(init=False, repr=False)
    _languages: npt.NDArray[np.str_] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.items) != len(self.terms):
            raise ValueError(f"{len(self.items)} projects but {len(self.terms)} texts")
        if self.vectors is not None and len(self.vectors) != len(self.items):
            raise ValueError(f"{len(self.items)} projects but {len(self.vectors)} vectors")
        self._vectorizer = TfidfVectorizer(analyzer=_analysed, sublinear_tf=True)
        self._matrix = self._vectorizer.fit_transform(self.terms) if self.items else None
        self._dates = np.array([item.date.toordinal() for item in self.items], dtype=np.int64)
        self._by_member = defaultdict(list)
        for row, item in enumerate(self.items):
            for participant in item.participants:
                self._by_member[participant].append(row)
        self._languages = np.array([item.language or "" for item in self.items], dtype=str)
        self._meanings, self._has_meaning = _meanings(
            self.vectors or [None] * len(self.items), self._languages
        )

    def centred(self, vector: Sequence[float], language: str | None) -> list[float]:
        """A need's vector less what the hub's needs in its language share, of unit length;
        as it is where too few needs are in that language."""
        framing = self.framings.get(language or "")
        return [float(x) for x in less(np.asarray(vector, np.float32), framing)]

    def similarities(self, need: Need, before: date | None) -> npt.NDArray[np.float64]:
        """Each project's similarity to the need: the cosine of their stems, or for a project
        in another language the meaning where it says more (`across`); 0 for projects not
        before `before`."""
        if self._matrix is None:
            return np.zeros(0)
        query = self._vectorizer.transform([need.terms])
        found = np.asarray((self._matrix @ query.T).todense()).ravel()
        elsewhere = self._has_meaning & (self._languages != (need.language or ""))
        if need.vector is not None and self._meanings is not None and elsewhere.any():
            framing = self.framings.get(need.language or "")
            asked = less(np.asarray(need.vector, np.float32), framing)
            cosines = self._meanings @ asked
            meaning = np.zeros(len(found))
            meaning[self._has_meaning] = across(cosines)  # typical among those with a vector
            found[elsewhere] = np.maximum(found[elsewhere], meaning[elsewhere])
        if before is not None:
            found[self._dates >= before.toordinal()] = 0.0
        return found

    def recall(
        self, need: Need, *, before: date | None, requester: str | None
    ) -> dict[str, Recall]:
        """Every participant the memory has something to say about, for this need."""
        found = self.similarities(need, before)
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


def across(cosines: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    """Cosines of the need to the projects on the memory's scale: 0 up to the need's typical
    project (`TYPICAL`), `ACROSS_SHARE` once `HALFWAY` from there to identity, linear between.
    Relative to the need's own cosines, so it holds for models whose cosines crowd near 0.2
    and for those near 0.8."""
    typical = float(np.percentile(cosines, TYPICAL))
    span = HALFWAY * (1.0 - typical)
    if span <= 0:
        return np.zeros(len(cosines))
    return ACROSS_SHARE * np.clip((cosines.astype(np.float64) - typical) / span, 0.0, 1.0)


def framings(rows: Iterable[Mapping[str, Any]]) -> dict[str, npt.NDArray[np.float32]]:
    """What the texts of each language share: the mean of their vectors, for the languages
    with at least `FRAMING_TEXTS` of them (rows with a `language` and an `embedding`)."""
    by_language: dict[str, list[Sequence[float]]] = defaultdict(list)
    for row in rows:
        if row.get("language") and row.get("embedding") is not None:
            by_language[row["language"]].append(row["embedding"])
    return {
        language: np.asarray(vectors, dtype=np.float32).mean(axis=0)
        for language, vectors in by_language.items()
        if len(vectors) >= FRAMING_TEXTS
    }


def less(
    vectors: npt.NDArray[np.float32], part: npt.NDArray[np.float32] | None
) -> npt.NDArray[np.float32]:
    """The vectors (one, or one per row) less `part` (what their language's texts share, or
    the firm's own profile), of unit length again; as they are when there is no part, or
    nothing is left."""
    if part is None:
        return vectors
    rest = vectors - part
    norms = np.linalg.norm(rest, axis=-1, keepdims=True)
    return np.where(norms > 0, rest / np.where(norms > 0, norms, 1.0), vectors)


def _meanings(
    vectors: Sequence[Sequence[float] | None], languages: npt.NDArray[np.str_]
) -> tuple[npt.NDArray[np.float32] | None, npt.NDArray[np.bool_]]:
    """The vectors the projects have, as one matrix, each centred on what its language's
    projects share, and which projects have one: each match multiplies the matrix as it is,
    without selecting its rows again."""
    present = np.array([vector is not None for vector in vectors], dtype=bool)
    if not present.any():
        return None, present
    matrix = np.array([v for v in vectors if v is not None], dtype=np.float32)
    spoken = languages[present]
    shared = framings(
        {"language": language, "embedding": vector}
        for language, vector in zip(spoken, matrix, strict=True)
    )
    for language, framing in shared.items():
        rows = spoken == language
        matrix[rows] = less(matrix[rows], framing)
    return matrix, present


def _top(found: npt.NDArray[np.float64], k: int) -> list[int]:
    """The rows of the k most similar projects with any similarity, most similar first."""
    positive = np.flatnonzero(found > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-found[positive], k)[:k]]
    return sorted(positive.tolist(), key=lambda row: (-found[row], row))


def index_of(
    rows: Sequence[Mapping[str, Any]],
    model: str | None = None,
    needs: Iterable[Mapping[str, Any]] = (),
) -> MemoryIndex:
    """The index over graph rows (`graph.memory.memories`); a remembered need's stems are made
    here, as the graph does not keep its text analysed. Only vectors of `model` are kept:
    another model's are another space. `needs` (`graph.memory.need_vectors`, of `model`) say
    what the hub's needs share in each language."""
    items, terms, vectors = [], [], []
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
                language=row.get("language"),
            )
        )
        terms.append(row["terms"] if row["terms"] is not None else indexed(row["text"]))
        same_space = model is not None and row.get("embedding_model") == model
        vectors.append(list(row["embedding"]) if same_space and row.get("embedding") else None)
    return MemoryIndex(items, terms, vectors, framings(needs))


def _date(value: Any) -> date:
    """A Neo4j Date (or a Python one) as a Python date."""
    native = value.to_native() if hasattr(value, "to_native") else value
    if not isinstance(native, date):
        raise TypeError(f"a remembered project's date must be a date, got {native!r}")
    return native
