"""`contamina graph reembed`: every stored vector again, from the configured model.

After CONTAMINA_EMBEDDING_MODEL changes, the ingestion service refuses to start rather than
mix two models in one index. This re-embeds the stored `text` of every entity, need and
past project, rebuilds the `profile_embedding` vector index when the dimension changed, and
records the new model in the (:EmbeddingSpace) node last, so ingestion stays refused until
the whole graph speaks the new model.

`contamina ingest` must be stopped meanwhile (it would write vectors of its own model): a
consumer group with live members is refused. A crash is mended by running it again: nodes
that already hold the new model's vector are skipped, and the index is compared with the
model's dimension rather than remembered.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from neo4j import Driver

from graph import store
from services.embedding import Embedder
from services.ingest.projection import summarised
from services.kafka.topics import CARRIES
from services.settings import Settings

PAGE = 500
Progress = Callable[[int, int], None]
"""Told (done, total) nodes as the work advances."""


class ReembedError(RuntimeError):
    pass


@dataclass(frozen=True)
class Reembedded:
    nodes: int
    index_rebuilt: bool


def reembed(
    settings: Settings, driver: Driver, embedder: Embedder, progress: Progress | None = None
) -> Reembedded:
    tell = progress or _silent
    refuse_while_ingesting(settings)
    database = settings.neo4j_database
    total = store.count_stale_vectors(driver, embedder.model_id, database)
    tell(0, total)
    rebuild_index = store.profile_embedding_dimension(driver, database) != embedder.dimension
    if rebuild_index:
        # Vectors of the new size go in unindexed and are indexed once, at the end.
        store.drop_profile_embedding(driver, database)
    done = 0
    for label in store.EMBEDDED_LABELS:
        for written in _rewrite(settings, driver, embedder, label):
            done += written
            tell(done, max(total, done))
    if rebuild_index:
        store.create_profile_embedding(driver, embedder.dimension, database)
    store.set_embedding_space(driver, embedder.model_id, embedder.dimension, database)
    return Reembedded(nodes=done, index_rebuilt=rebuild_index)


def _rewrite(settings: Settings, driver: Driver, embedder: Embedder, label: str) -> Iterator[int]:
    """Re-embed one label's stale nodes, page by page; yield how many each batch wrote."""
    database, model = settings.neo4j_database, embedder.model_id
    size = settings.embedding_batch_size
    # A need asks and a profile describes: asymmetric models embed the two differently.
    encode = embedder.queries if label == "Need" else embedder.passages
    # A past project is embedded by its summary, as ingestion does.
    prepare = summarised if label == "Project" else str
    after = ""
    while page := store.stale_texts(driver, label, model, after, limit=PAGE, database=database):
        for start in range(0, len(page), size):
            batch = page[start : start + size]
            vectors = encode([prepare(text) for _, text in batch])
            rows = [{"id": i, "embedding": v} for (i, _), v in zip(batch, vectors, strict=True)]
            store.set_vectors(driver, label, rows, model, database)
            yield len(batch)
        after = page[-1][0]


def ingestion_members(settings: Settings) -> int:
    """How many consumers the ingestion groups have right now."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        groups = admin.describe_groups([settings.ingest_group(topic) for topic in CARRIES])
    finally:
        admin.close()
    return sum(len(group["members"]) for group in groups.values())


def refuse_while_ingesting(settings: Settings) -> None:
    try:
        members = ingestion_members(settings)
    except KafkaError as error:
        raise ReembedError(
            f"could not ask Kafka whether `contamina ingest` runs ({error}); start Kafka first"
        ) from error
    if members:
        raise ReembedError(
            f"`contamina ingest` is running ({members} consumers in groups"
            f" {settings.consumer_group}.*): stop it, re-embed, then start it again"
        )


def _silent(done: int, total: int) -> None:
    """Progress that nobody watches."""
