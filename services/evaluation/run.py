"""`contamina eval`: a labelled dataset through the real pipeline, three rankings, their scores.

The dataset goes through Kafka and the ingestion consumers into an empty graph, so the
figures measure what production would do with the same data. Neo4j Community holds one
database, so the command never touches the user's graph: it runs on a stack of its own
(`eval_stack`), on other ports and in another directory, with fresh topics every run.
"""

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from neo4j import Driver

from graph import store
from graph.labels import PARTNER_KINDS
from schemas.common import Territory
from services import bootstrap
from services.embedding import Embedder, Vector
from services.evaluation import dataset as datasets
from services.evaluation import fitting, learning, metrics, runs, slices
from services.evaluation.baselines import BM25Baseline, EmbeddingBaseline, Spread
from services.evaluation.dataset import Dataset, DatasetError, Need
from services.evaluation.loading import Events, Progress, Silent, events, ingest
from services.kafka.topics import TOPICS
from services.matcher.ranker import LearnedRanker
from services.matcher.ranking.model import Place, Weights
from services.matcher.usecase import Matcher, MatchRequest, Prepared
from services.settings import Settings
from services.stack import local

K = 10
FIRST = 5
"""What an officer reads first: success@5 and P@5 look at this many suggestions."""
FOCUSING = "focusing"
"""The ablation without the matcher's query focusing (see Matcher.prepare)."""
SYSTEMS = ("matcher", "bm25", "embedding")
BM25_PARTNERS = "bm25 among partners"
"""BM25 over the kinds the matcher suggests: in the halves of a fit beside the systems."""
HALVES = ("fit", "report")


@dataclass
class Stopwatch:
    """Wall seconds per phase, in the order the phases ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = time.perf_counter() - started


@dataclass(frozen=True)
class Scores:
    ndcg_at_10: float
    recall_at_10: float
    mrr: float
    success_at_5: float
    p_at_5: float


@dataclass(frozen=True)
class Slice:
    """Every system's scores on one slice of the needs (see services.evaluation.slices)."""

    needs: int
    scores: dict[str, Scores]


@dataclass(frozen=True)
class Evaluation:
    model: str
    profiles: int
    relations: int
    projects: int
    needs: int
    scored_needs: int
    scores: dict[str, Scores]
    slices: dict[str, Slice]  # same-language and cross-lingual needs, scored apart
    rankings: dict[str, list[list[str]]]  # per system, each need's ids in dataset order
    ablations: dict[str, Scores]  # the matcher with one signal's weight at 0, by signal
    spread: Spread  # the model's cosines of eligible profiles and of right answers
    unsuggestable: float  # share of the right answers of kinds the matcher never suggests
    bm25_partners: Scores  # BM25 among the kinds the matcher suggests: like for like
    fitted: "FittedWeights | None"  # with --fit: weights fitted on one half, scored on both
    seconds: dict[str, float]
    matcher_latency_ms: float


@dataclass(frozen=True)
class Loaded:
    dataset: Dataset
    events: Events


def load(directory: Path) -> Loaded:
    """The dataset and its events, checked before any server is started."""
    dataset = datasets.read(directory)
    if not any(dataset.answers(need) for need in dataset.needs):
        raise DatasetError(f"{directory}: no need has a relevant profile present in the dataset")
    return Loaded(dataset, events(dataset))


def eval_stack(settings: Settings) -> Settings:
    """The evaluation's own servers: beside the user's stack, never on it."""
    return settings.model_copy(
        update={
            "stack_dir": settings.stack_dir.parent / "eval-stack",
            "kafka_bootstrap_servers": "127.0.0.1:29092",
            "kafka_controller_port": 29093,
            "neo4j_uri": "bolt://127.0.0.1:27687",
            "neo4j_http_port": 27474,
        }
    )


def one_run(settings: Settings) -> Settings:
    """Topics and a consumer group no earlier run has used."""
    run = uuid.uuid4().hex[:8]
    return settings.model_copy(
        update={"topic_prefix": f"eval-{run}.", "consumer_group": f"eval-{run}"}
    )


@contextmanager
def on_stack(
    settings: Settings, clock: Stopwatch, report: Callable[[str], None]
) -> Iterator[tuple[Settings, Driver, Embedder]]:
    """The eval stack started (and stopped again only if this started it), its graph empty
    and migrated, and topics of this run's own: the settings, the driver and the embedder."""
    stack = eval_stack(settings)
    started = not all(server.ready for server in local.status(stack))
    try:
        with clock.phase("stack"):
            local.up(stack, report)
            embedder = bootstrap.embedder(stack)
        with bootstrap.neo4j_driver(stack) as driver:
            store.wipe(driver, stack.neo4j_database)
            run = one_run(stack)
            bootstrap.prepare(run, driver, embedder.dimension)
            try:
                yield run, driver, embedder
            finally:
                _drop_topics(run)
    finally:
        if started:
            local.down(stack, report)


def on_eval_stack(
    directory: Path,
    settings: Settings,
    progress: Progress,
    report: Callable[[str], None],
    *,
    fit_weights: bool = False,
    ranker: LearnedRanker | None = None,
    per_need: Path | None = None,
) -> Evaluation:
    """Load, start the eval stack, evaluate (with `ranker` as the matcher's, if given); with
    `per_need`, write each need's first ten of every system there (`runs.write`)."""
    clock = Stopwatch()
    with clock.phase("load"):
        loaded = load(directory)
    with on_stack(settings, clock, report) as (run, driver, embedder):
        evaluation = asyncio.run(
            evaluate(
                loaded,
                run,
                driver,
                embedder,
                progress=progress,
                clock=clock,
                fit_weights=fit_weights,
                ranker=ranker,
            )
        )
    if per_need is not None:
        runs.write(per_need, loaded.dataset, evaluation.rankings)
    return evaluation


def train_on_eval_stack(
    directory: Path, settings: Settings, progress: Progress, report: Callable[[str], None]
) -> LearnedRanker:
    """A learned ranker trained on every need of a labelled dataset, through the real
    pipeline: the same ingestion and retrieval as `contamina eval`."""
    loaded = load(directory)
    with on_stack(settings, Stopwatch(), report) as (run, driver, embedder):
        dataset = loaded.dataset
        asyncio.run(ingest(loaded.events, run, driver, embedder, progress))
        matcher = Matcher(run, driver, embedder)
        prepared, _ = prepare_with_matcher(dataset.needs, matcher, progress)
        answers = [dataset.answers(need) for need in dataset.needs]
        progress.start("training the ranker (LambdaRank)", 1)
        trained = learning.train_on(
            prepared, answers, matcher.weights.contamination_gate, f"dataset {directory.name}"
        )
        progress.update(1)
    if trained is None:
        raise DatasetError(f"{directory}: no need has a right answer among its candidates")
    return trained


async def evaluate(
    loaded: Loaded,
    settings: Settings,
    driver: Driver,
    embedder: Embedder,
    *,
    progress: Progress | None = None,
    clock: Stopwatch | None = None,
    fit_weights: bool = False,
    ranker: LearnedRanker | None = None,
) -> Evaluation:
    """Ingest into the given (empty, migrated) graph, rank every need three ways, score; with
    `fit_weights`, also fit the weights and train a ranker on one half of the needs and report
    the other. With `ranker`, the matcher scores with it instead of its weights (and has no
    ablations: they switch weights off)."""
    progress, clock = progress or Silent(), clock or Stopwatch()
    dataset = loaded.dataset
    with clock.phase("ingest"):
        await ingest(loaded.events, settings, driver, embedder, progress)
    matcher = Matcher(settings, driver, embedder)
    with clock.phase("rank"):
        prepared, latencies = prepare_with_matcher(dataset.needs, matcher, progress)
        ranked = rank_prepared(matcher, prepared, matcher.weights, ranker)
        ablated = ablate(matcher, prepared) if ranker is None else {}
        retrievals = {settings.focus_query: prepared}
        if settings.focus_query:  # like a signal, it is switched off only when it is on
            # Focusing changes what is retrieved, so its ablation retrieves every need again.
            unfocused, _ = prepare_with_matcher(dataset.needs, matcher, progress, focus=False)
            ablated[FOCUSING] = rank_prepared(matcher, unfocused, matcher.weights)
            retrievals[False] = unfocused
        if fit_weights and True not in retrievals:  # the fit tries focusing either way
            retrievals[True], _ = prepare_with_matcher(dataset.needs, matcher, progress, focus=True)
    answers = [dataset.answers(need) for need in dataset.needs]
    with clock.phase("baselines"):
        ids = [profile.id for profile in dataset.profiles]
        ingested = store.entity_vectors(driver, ids, settings.neo4j_database)
        by_cosine, spread = rank_with_embedding(dataset, answers, embedder, ingested, progress)
        rankings = {
            "matcher": ranked,
            "bm25": rank_with_bm25(dataset, progress),
            "embedding": by_cosine,
        }
        among_partners = rank_with_bm25(dataset, progress, kinds=PARTNER_KINDS)
    fitted = None
    if fit_weights:
        with clock.phase("fit"):
            fitted = fit_on_half(
                dataset,
                matcher,
                retrievals=retrievals,
                rankings={**rankings, BM25_PARTNERS: among_partners},
                answers=answers,
                progress=progress,
            )
    return Evaluation(
        model=embedder.model_id,
        profiles=len(dataset.profiles),
        relations=len(loaded.events.relations),
        projects=len(loaded.events.projects),
        needs=len(dataset.needs),
        scored_needs=sum(1 for found in answers if found),
        scores={name: score(rankings[name], answers) for name in SYSTEMS},
        slices=score_slices(dataset, rankings, answers),
        rankings=rankings,
        ablations={signal: score(ablated[signal], answers) for signal in ablated},
        spread=spread,
        unsuggestable=unsuggestable(dataset, answers),
        bm25_partners=score(among_partners, answers),
        fitted=fitted,
        seconds=dict(clock.seconds),
        matcher_latency_ms=1000 * sum(latencies) / len(latencies) if latencies else 0.0,
    )


@dataclass(frozen=True)
class FittedWeights:
    """Weights (and the focusing choice) fitted on the `fit` half of the needs, and a ranker
    (LambdaRank) trained on it, with every system's scores on each half (`matcher` under the
    configured weights, `fitted` under these, `learned` by the ranker) and the fitted and
    learned matchers' on the whole set."""

    weights: Weights
    focus_query: bool
    trials: int
    halves: dict[str, dict[str, Scores]]
    whole: Scores
    learned_whole: Scores | None  # None when the fit half gave the ranker nothing to learn


def fit_on_half(
    dataset: Dataset,
    matcher: Matcher,
    *,
    retrievals: Mapping[bool, Sequence[Prepared]],
    rankings: Mapping[str, Sequence[Sequence[str]]],
    answers: Sequence[frozenset[str]],
    progress: Progress,
) -> FittedWeights:
    halves = [datasets.half(need.id) for need in dataset.needs]
    on_fit = [i for i, half in enumerate(halves) if half == "fit" and answers[i]]
    progress.start("fitting weights on the fit half", len(retrievals))

    gate, cap = matcher.weights.contamination_gate, matcher.settings.max_per_organisation

    def fit_score(prepared: Sequence[Prepared]) -> Callable[[Weights], float]:
        tables = [fitting.table(prepared[i].need, prepared[i].candidates, gate) for i in on_fit]
        found = [answers[i] for i in on_fit]

        def mean_ndcg(weights: Weights) -> float:
            ranked = [fitting.ranked(t, weights, cap) for t in tables]
            return score(ranked, found).ndcg_at_10

        return mean_ndcg

    results = {}
    for done, (focus, prepared) in enumerate(retrievals.items(), start=1):
        results[focus] = fitting.fit(fit_score(prepared), matcher.weights)
        progress.update(done)
    focus = max(results, key=lambda choice: results[choice].fit_score)
    best = results[focus]
    ranked = rank_prepared(matcher, retrievals[focus], best.weights)
    progress.start("training a ranker (LambdaRank) on the fit half", 1)
    configured = retrievals[matcher.settings.focus_query]
    learned = learning.train_on(
        [configured[i] for i in on_fit], [answers[i] for i in on_fit], gate, "the fit half"
    )
    progress.update(1)
    systems = {**rankings, "fitted": ranked}
    if learned is not None:
        systems["learned"] = rank_prepared(matcher, configured, matcher.weights, learned)

    def on(half: str, ranked: Sequence[Sequence[str]]) -> Scores:
        chosen = [i for i, h in enumerate(halves) if h == half]
        return score([ranked[i] for i in chosen], [answers[i] for i in chosen])

    return FittedWeights(
        weights=best.weights,
        focus_query=focus,
        trials=sum(result.trials for result in results.values()),
        halves={half: {name: on(half, r) for name, r in systems.items()} for half in HALVES},
        whole=score(ranked, answers),
        learned_whole=score(systems["learned"], answers) if learned else None,
    )


def prepare_with_matcher(
    needs: Sequence[Need], matcher: Matcher, progress: Progress, focus: bool | None = None
) -> tuple[list[Prepared], list[float]]:
    """Each need's candidates from the graph, and how long each need took to retrieve."""
    label = "ranking with the matcher" if focus is None else f"retrieving again, focus {focus}"
    progress.start(label, len(needs))
    prepared, seconds = [], []
    for done, need in enumerate(needs, start=1):
        started = time.perf_counter()
        prepared.append(matcher.prepare(request(need), focus))
        seconds.append(time.perf_counter() - started)
        progress.update(done)
    return prepared, seconds


def rank_prepared(
    matcher: Matcher,
    prepared: Sequence[Prepared],
    weights: Weights,
    ranker: LearnedRanker | None = None,
) -> list[list[str]]:
    return [[s.candidate.id for s in matcher.rank(need, weights, ranker)] for need in prepared]


def ablate(matcher: Matcher, prepared: Sequence[Prepared]) -> dict[str, list[list[str]]]:
    """Each need ranked with one signal's weight at 0, for every signal that is on. The
    signal values are computed once per need (`fitting.table`, which ranks as `rank` does),
    not once per ablation: on cordis-dev that was most of the ranking phase."""
    weights = matcher.weights
    tables = [fitting.table(p.need, p.candidates, weights.contamination_gate) for p in prepared]
    cap = matcher.settings.max_per_organisation
    return {
        signal: [fitting.ranked(table, without, cap) for table in tables]
        for signal, without in ablations(weights).items()
    }


def ablations(weights: Weights) -> dict[str, Weights]:
    """The weights with one signal switched off, for every signal that is on."""
    return {
        signal: replace(weights, **{signal: 0.0})
        for signal, weight in weights.by_signal().items()
        if weight > 0
    }


def unsuggestable(dataset: Dataset, answers: Sequence[frozenset[str]]) -> float:
    """The share of the right answers that are of a kind the matcher never suggests."""
    kinds = {profile.id: profile.kind for profile in dataset.profiles}
    found = [kinds[answer] for right in answers for answer in right]
    return sum(kind not in PARTNER_KINDS for kind in found) / len(found) if found else 0.0


def rank_with_bm25(
    dataset: Dataset, progress: Progress, kinds: Collection[str] | None = None
) -> list[list[str]]:
    baseline = BM25Baseline(dataset.profiles, kinds)
    among = " among partners" if kinds is not None else ""
    progress.start(f"ranking with BM25{among}", len(dataset.needs))
    ranked = []
    for done, need in enumerate(dataset.needs, start=1):
        ranked.append(baseline.rank(need, K))
        progress.update(done)
    return ranked


def rank_with_embedding(
    dataset: Dataset,
    answers: Sequence[frozenset[str]],
    embedder: Embedder,
    vectors: Mapping[str, Vector],
    progress: Progress,
) -> tuple[list[list[str]], Spread]:
    """One step for the bar: the profiles' vectors are the graph's, the needs are embedded."""
    progress.start("ranking with embedding cosine", 1)
    baseline = EmbeddingBaseline(dataset.profiles, vectors, embedder)
    similarity = baseline.similarity(dataset.needs)
    ranked = baseline.rank_all(dataset.needs, K, similarity)
    spread = baseline.spread(dataset.needs, answers, similarity)
    progress.update(1)
    return ranked, spread


def request(need: Need) -> MatchRequest:
    return MatchRequest(
        text=need.text,
        firm_id=need.firm_id,
        sector=need.sector,
        kinds=frozenset(need.kinds),
        services=tuple(service.value for service in need.services),
        place=place(need.territory),
        excluded_ids=frozenset({need.firm_id}) if need.firm_id else frozenset(),
        k=K,
        before=need.date,
    )


def place(territory: Territory | None) -> Place | None:
    """The need's place for the territory signal; None leaves it to the requester's seat."""
    if territory is None:
        return None
    coordinates = territory.coordinates
    return Place(
        province=territory.province,
        canton=territory.canton,
        region=territory.region,
        country=territory.country,
        coordinates=(coordinates.lat, coordinates.lon) if coordinates else None,
    )


def score(rankings: Sequence[Sequence[str]], answers: Sequence[frozenset[str]]) -> Scores:
    """Means over the needs that have an answer in the dataset; the others cannot be scored."""
    runs = [(ranked, found) for ranked, found in zip(rankings, answers, strict=True) if found]
    count = len(runs) or 1
    return Scores(
        ndcg_at_10=sum(metrics.ndcg_at_k(r, found, K) for r, found in runs) / count,
        recall_at_10=sum(metrics.recall_at_k(r, found, K) for r, found in runs) / count,
        mrr=metrics.mean_reciprocal_rank(runs),
        success_at_5=sum(metrics.success_at_k(r, found, FIRST) for r, found in runs) / count,
        p_at_5=sum(metrics.precision_at_k(r, found, FIRST) for r, found in runs) / count,
    )


def score_slices(
    dataset: Dataset,
    rankings: Mapping[str, Sequence[Sequence[str]]],
    answers: Sequence[frozenset[str]],
) -> dict[str, Slice]:
    """The systems' rankings, already made, scored on each slice's needs alone."""

    def on(chosen: Sequence[int], ranked: Sequence[Sequence[str]]) -> Scores:
        return score([ranked[i] for i in chosen], [answers[i] for i in chosen])

    return {
        name: Slice(len(chosen), {system: on(chosen, rankings[system]) for system in SYSTEMS})
        for name, chosen in slices.members(dataset, answers).items()
    }


def _drop_topics(settings: Settings) -> None:
    """The run's topics are of no use once scored; the eval stack should not pile them up."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        admin.delete_topics([settings.topic(spec.name) for spec in TOPICS])
    except KafkaError as error:
        logging.getLogger(__name__).warning("could not delete the run's topics: %s", error)
    finally:
        admin.close()
