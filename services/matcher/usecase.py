"""The matcher's use case: a need in, ranked and explained suggestions out.

Retrieval is hybrid — the vector index (meaning), the full-text index (words), the firm's
acquaintances in the graph, the participants of the past projects most like the need (the
hub's memory) and the partners offering the services the officer ticked — fused by
reciprocal rank; the pure ranking core then scores every signal and explains it.

An officer's note describes the firm as much as its problem ("an engineering workshop, 30
employees, ..."), and the hub's notes describe their firms alike; so the query's vector is
the need less what the hub's needs in its language share (`MemoryIndex.centred`). Focusing
(`focus_query`, off by default) also leaves the firm's own profile out: its vector out of the
need's, its words out of the full-text query. Everything here reads the graph; nothing writes.
"""

import math
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
from neo4j import Driver

from graph import memory, retrieval
from schemas import ateco
from services.embedding import Embedder, calibration
from services.embedding.calibration import Calibration
from services.matcher import ranker
from services.matcher.memory import MemoryIndex, Need, Recall, Remembered, index_of, less
from services.matcher.ranker import LearnedRanker
from services.matcher.ranking import places
from services.matcher.ranking.fusion import fused, scale_to_unit
from services.matcher.ranking.model import (
    Candidate,
    Language,
    NeedQuery,
    PathStep,
    Place,
    Precedent,
    Suggestion,
    Weights,
)
from services.matcher.ranking.rank import Scorer, rank
from services.matcher.ranking.signals import TERRITORY_RELATION
from services.matcher.ranking.text import (
    as_written,
    detect_language,
    indexed,
    shared_words,
    terms,
    tokenize,
)
from services.settings import Settings

SHOWN_WORDS = 4
"""How many of the need's words an explanation quotes as found in a partner's profile."""

READERS = 4
"""Graph reads a match runs at once: its four candidate lists, then paths beside details."""

MAX_QUERY_TERMS = 256
"""A long need (a project's whole objective) is searched by all its words, up to this many
distinct stems: well below Lucene's 1,024 clauses. Its first 40 alone lost a seventh of
BM25's nDCG@10 on cordis-dev (0.096 against 0.112)."""


@dataclass(frozen=True)
class MatchRequest:
    text: str
    firm_id: str | None = None
    sector: str | None = None  # ATECO code of the firm, when it is not in the graph
    kinds: frozenset[str] = frozenset()
    topics: tuple[str, ...] = ()
    services: tuple[str, ...] = ()  # the hub's services the need calls for
    place: Place | None = None  # where the need is, when not at the firm's seat
    province_only: bool = False
    max_distance_km: float | None = None
    excluded_ids: frozenset[str] = field(default_factory=frozenset)
    contamination: bool = True
    k: int = 10
    language: Language = "it"  # of the explanations
    before: date | None = None  # only what happened before this day counts (the need's date)


@dataclass(frozen=True)
class Prepared:
    """A need and its annotated candidates, ready to be ranked."""

    need: NeedQuery
    candidates: list[Candidate]


@dataclass(frozen=True)
class Known:
    """What the matcher reads of the hub as a whole rather than per need: its memory of past
    projects and the names of the towns its parties are in."""

    memory: MemoryIndex
    places: re.Pattern[str] | None


@dataclass
class Remembering:
    """`Known`, read again when the graph's parties, projects or acceptances have changed:
    one cheap read before each match, a rebuild (seconds for ten thousand projects) only then.
    What the hub's needs share (`memory.framings`) is read again with it: one more need moves
    that mean by little, and reading it per match would cost the vectors of every need."""

    driver: Driver
    database: str | None
    model: str  # whose vectors the memory reads across languages
    _version: tuple[Any, ...] | None = None
    _known: Known | None = None

    def current(self) -> Known:
        version = memory.version(self.driver, self.database)
        if self._known is None or version != self._version:
            self._known = Known(
                index_of(
                    memory.memories(self.driver, self.database),
                    self.model,
                    memory.need_vectors(self.driver, self.model, self.database),
                ),
                places.pattern(memory.place_names(self.driver, self.database)),
            )
            self._version = version
        return self._known


@dataclass
class Matcher:
    settings: Settings
    driver: Driver
    embedder: Embedder
    remembering: Remembering = field(init=False)
    ranker: LearnedRanker | None = field(init=False)
    _reads: Callable[..., Future[Any]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Reads the configured ranker now: a file that cannot serve is refused when the
        service starts, not at its first match."""
        self.ranker = ranker.load(self.settings.ranker) if self.settings.ranker else None
        self._reads = ThreadPoolExecutor(
            max_workers=READERS, thread_name_prefix="match-read"
        ).submit
        self.remembering = Remembering(
            self.driver, self.settings.neo4j_database, self.embedder.model_id
        )

    @property
    def weights(self) -> Weights:
        return Weights(**self.settings.weights.model_dump())

    @cached_property
    def calibration(self) -> Calibration:
        configured = self.settings.semantic_calibration
        return calibration.for_model(
            self.embedder.model_id, Calibration(*configured) if configured else None
        )

    def match(self, request: MatchRequest) -> list[Suggestion]:
        return self.rank(self.prepare(request), self.weights, self.ranker)

    def prepare(self, request: MatchRequest, focus: bool | None = None) -> Prepared:
        """Everything that reads the graph or runs the model, once per need. Focusing (the
        `focus_query` setting unless `focus` says otherwise) leaves the firm's own profile out
        of the query: its vector is subtracted and its words are not searched."""
        firm = self._firm(request.firm_id)
        focus = self.settings.focus_query if focus is None else focus
        known = self.remembering.current()
        # Where the firm is counts as territory, never as meaning or words, and its own name
        # ("a request from Ghilardi Tornerie Srl") must not find its namesakes (ranking.places).
        text = places.without_places(request.text, known.places)
        text = places.without_places(text, places.pattern([(firm or {}).get("name") or ""]))
        asked = self.embedder.queries([text])[0]
        language = detect_language(text)
        own = firm if focus else None
        plain = focused(asked, (own or {}).get("embedding"))
        vector = focused(known.memory.centred(asked, language), (own or {}).get("embedding"))
        # The memory weighs repeated words (TF-IDF), so it reads the whole need, not its
        # distinct stems; and the need as asked, not focused, for projects in other languages.
        recalling = Need(indexed(text), asked, language)
        found = self.candidates(
            replace(request, text=text),
            vector,
            firm,
            own,
            known.memory,
            recalling=recalling,
            plain=plain,
        )
        return Prepared(self._need(request, firm), found)

    def rank(
        self, prepared: Prepared, weights: Weights, scorer: Scorer | None = None
    ) -> list[Suggestion]:
        """The pure part: the same prepared need ranks under any weights (or a learned
        ranker), at no I/O cost."""
        cap = self.settings.max_per_organisation
        return rank(prepared.need, prepared.candidates, weights, cap, scorer)

    def candidates(
        self,
        request: MatchRequest,
        vector: Sequence[float],
        firm: dict[str, Any] | None,
        own: dict[str, Any] | None,
        remembered: MemoryIndex,
        *,
        recalling: Need,
        plain: Sequence[float],
    ) -> list[Candidate]:
        """`vector` is what is searched and scored: the need less what the hub's needs share
        in its language (how officers present a firm, `MemoryIndex.centred`), less the firm's
        profile when focusing; `plain`, without the first, is what the calibrated closeness
        (a reason, and the explanation's words) is measured on; `recalling` is the need as the
        memory reads it."""
        db, pool, read = self.settings.neo4j_database, self.settings.candidate_pool, self._reads
        kinds = _graph_kinds(request.kinds)
        stems = query_stems(request.text, ignore=(own or {}).get("text") or "")
        firm_id = request.firm_id if firm else None
        # The lists are independent reads: asked at once, a match waits for the slowest.
        searches = [
            # The vector index cannot filter by kind: with wanted kinds, score those exactly.
            read(retrieval.semantic_among, self.driver, vector, sorted(kinds), pool, db)
            if kinds
            else read(retrieval.semantic, self.driver, vector, pool, db),
            read(retrieval.lexical, self.driver, stems, pool, db),
            read(retrieval.neighbours, self.driver, firm_id, pool, db, vector=vector)
            if firm_id
            else _nothing(),
            read(retrieval.offering, self.driver, request.services, vector, pool, db),
        ]
        recalled = remembered.recall(recalling, before=request.before, requester=request.firm_id)
        by_memory = sorted(recalled, key=lambda who: (-_memory_rank(recalled[who]), who))
        semantic, lexical, known, offering = (search.result() for search in searches)
        lists = [[hit.id for hit in hits] for hits in (semantic, lexical, known, offering)]
        ids = fused([*lists, by_memory], pool)
        words = scale_to_unit({hit.id: hit.score for hit in lexical})
        written = as_written(request.text)
        found_paths = read(retrieval.paths, self.driver, firm_id, ids, db) if firm_id else None
        rows = retrieval.details(self.driver, ids, (vector, plain), db, request.before)
        paths = found_paths.result() if found_paths else {}
        return [
            _candidate(
                row,
                self.calibration,
                lexical=words.get(row["id"], 0.0),
                shared=shared_words(written, set((row["terms"] or "").split()), SHOWN_WORDS)
                if row["id"] in words
                else (),
                path=paths.get(row["id"]),
                recall=recalled.get(row["id"], Recall()),
            )
            for row in rows
        ]

    def _firm(self, firm_id: str | None) -> dict[str, Any] | None:
        if firm_id is None:
            return None
        return retrieval.firm(self.driver, firm_id, self.settings.neo4j_database)

    def _need(self, request: MatchRequest, firm: dict[str, Any] | None) -> NeedQuery:
        kinds = _graph_kinds(request.kinds)
        firm = firm or {}
        place = need_place(request.place, place_of(firm))
        return NeedQuery(
            text=request.text,
            firm_id=request.firm_id,
            firm_name=firm.get("name"),
            firm_sector_section=firm.get("sector_section") or _section(request.sector),
            firm_group_ids=_group(firm.get("group_id")),
            topics=request.topics,
            services=request.services,
            kinds=frozenset(kinds),
            province=place.province,
            canton=place.canton,
            region=place.region,
            country=place.country,
            coordinates=place.coordinates,
            province_only=request.province_only,
            max_distance_km=request.max_distance_km,
            excluded_ids=request.excluded_ids,
            contamination=request.contamination,
            k=request.k,
            language=request.language,
        )


def place_of(row: dict[str, Any]) -> Place:
    """A node's place as the graph stores it flat (Neo4j properties hold no maps)."""
    return Place(
        province=row.get("province"),
        canton=row.get("canton"),
        region=row.get("region"),
        country=row.get("country"),
        coordinates=_coordinates(row.get("lat"), row.get("lon")),
    )


def need_place(stated: Place | None, seat: Place) -> Place:
    """A stated place (the officer's province, the need's own territory) wins over the firm's
    seat; the seat's coordinates still measure distance when the stated place has none, as
    they did before a need could say where it is."""
    if stated is None:
        return seat
    if stated.coordinates is None:
        return replace(stated, coordinates=seat.coordinates)
    return stated


def _group(group_id: str | None) -> frozenset[str]:
    return frozenset({group_id}) if group_id else frozenset()


def _graph_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """Officers ask for "the university": its departments are who answers."""
    return kinds | {"department"} if "university" in kinds else kinds


def _section(code: str | None) -> str | None:
    return ateco.section(code) if code else None


def focused(need: Sequence[float], firm: Sequence[float] | None) -> list[float]:
    """The need's vector with the firm's own profile taken out, back to unit length."""
    if not firm:
        return list(need)
    return [float(x) for x in less(np.asarray(need, np.float32), np.asarray(firm, np.float32))]


def query_stems(text: str, ignore: str = "") -> list[str]:
    """The need's distinct stems in text order, as the full-text index holds profiles' (see
    `text.indexed`), leaving out the stems of `ignore`: the firm describing itself."""
    known = terms(ignore)
    chosen = [stem for stem in dict.fromkeys(tokenize(text)) if stem not in known]
    return chosen[:MAX_QUERY_TERMS]


def _nothing() -> Future[list[retrieval.Hit]]:
    """A list not searched (acquaintances of a need without a firm in the graph)."""
    empty: Future[list[retrieval.Hit]] = Future()
    empty.set_result([])
    return empty


def _memory_rank(recall: Recall) -> float:
    """How the memory's own list is ordered before fusion: either memory counts."""
    return max(recall.experience, recall.history)


def _precedent(project: Remembered | None) -> Precedent | None:
    if project is None:
        return None
    return Precedent(project.id, project.title, project.date.year, project.kind)


def _candidate(
    row: Mapping[str, Any],
    scale: Calibration,
    *,
    lexical: float,
    shared: tuple[str, ...],
    path: dict[str, Any] | None,
    recall: Recall,
) -> Candidate:
    """`row` is `retrieval.details`': a profile without a vector has no meaning to compare."""
    semantic, cosine = row["semantic"] or 0.0, row["cosine"] or 0.0
    return Candidate(
        id=row["id"],
        kind=row["kind"],
        name=row["name"],
        organisation_id=row["organisation_id"],
        sector_section=row["sector_section"],
        topics=tuple(row["topics"] or ()),
        services=tuple(row["services"] or ()),
        province=row["province"],
        coordinates=_coordinates(row["lat"], row["lon"]),
        canton=row["canton"],
        region=row["region"],
        country=row["country"],
        availability=_AVAILABILITY.get(row["availability"] or "available", 1.0),
        semantic=max(0.0, semantic),
        closeness=scale.scale(cosine),
        lexical=lexical,
        shared_words=shared,
        path=_path(path, row),
        experience=recall.experience,
        history=recall.history,
        precedent=_precedent(recall.project),
        shared_precedent=_precedent(recall.shared),
        group_ids=_group(row["group_id"]),
        accepted=row["accepted"],
        declined=row["declined"],
    )


_AVAILABILITY = {"available": 1.0, "limited": 0.5, "unavailable": 0.0}


def _path(found: dict[str, Any] | None, row: Mapping[str, Any]) -> tuple[PathStep, ...]:
    """The warm path if there is one, else the shared province ("Firm → BG → Expert")."""
    if not found:
        return ()
    if found["steps"]:
        return tuple(PathStep(**step) for step in found["steps"])
    province = found.get("shared_province")
    if province is None:
        return ()
    return (
        PathStep(f"province:{province}", f"provincia {province}", "province", TERRITORY_RELATION),
        PathStep(row["id"], row["name"], row["kind"], TERRITORY_RELATION),
    )


def _coordinates(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    if lat is None or lon is None or math.isnan(lat) or math.isnan(lon):
        return None
    return (lat, lon)
