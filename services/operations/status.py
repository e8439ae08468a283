"""`contamina status`: whether Kafka and Neo4j answer, what the graph holds, how far the
ingestion group lags and what went to the dead-letter topic.

Every fact is collected on its own, with short timeouts, so a server that is down costs a few
seconds and leaves the facts that do not need it standing; those that do carry the error.
"""

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError
from pydantic import BaseModel, ConfigDict, computed_field

from graph import feedback, store
from services.kafka.deadletter import REASON, read_headers
from services.kafka.lag import consumer_lag
from services.kafka.topics import CARRIES, DEAD_LETTER
from services.settings import Settings

T = TypeVar("T")
TIMEOUT_S = 5.0
READ_DEAD_LETTERS_WITHIN_S = 30.0
NO_REASON = "(none)"


class Fact(BaseModel):
    model_config = ConfigDict(frozen=True)


class Unavailable(Fact):
    error: str


class KafkaHealth(Fact):
    reachable: bool
    bootstrap_servers: str
    version: str | None = None
    brokers: int | None = None
    error: str | None = None


class Neo4jHealth(Fact):
    reachable: bool
    uri: str
    version: str | None = None
    edition: str | None = None
    error: str | None = None


class GraphCounts(Fact):
    kinds: dict[str, int]
    needs: int
    pending_relations: int
    pending_feedback: int


class Lag(Fact):
    group: str
    topics: dict[str, int]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return sum(self.topics.values())


class DeadLetters(Fact):
    topic: str
    total: int
    by_reason: dict[str, int]


class Status(Fact):
    kafka: KafkaHealth
    neo4j: Neo4jHealth
    graph: GraphCounts | Unavailable
    lag: Lag | Unavailable
    dead_letters: DeadLetters | Unavailable

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        facts = (self.graph, self.lag, self.dead_letters)
        servers_up = self.kafka.reachable and self.neo4j.reachable
        return servers_up and not any(isinstance(fact, Unavailable) for fact in facts)


def collect(settings: Settings) -> Status:
    kafka = kafka_health(settings)
    with probing_driver(settings) as driver:
        neo4j = neo4j_health(settings, driver)
        graph = _if(neo4j.reachable, "Neo4j", lambda: graph_counts(settings, driver))
    return Status(
        kafka=kafka,
        neo4j=neo4j,
        graph=graph,
        lag=_if(kafka.reachable, "Kafka", lambda: ingestion_lag(settings)),
        dead_letters=_if(kafka.reachable, "Kafka", lambda: dead_letters(settings)),
    )


@contextmanager
def probing_driver(settings: Settings) -> Iterator[Driver]:
    """A driver that gives up after a few seconds instead of the default half minute."""
    with GraphDatabase.driver(
        settings.neo4j_uri,
        auth=settings.neo4j_auth,
        connection_timeout=TIMEOUT_S,
        max_transaction_retry_time=TIMEOUT_S,
        notifications_min_severity="OFF",
    ) as driver:
        yield driver


def kafka_health(settings: Settings) -> KafkaHealth:
    servers = settings.kafka_bootstrap_servers
    timeout_ms = int(TIMEOUT_S * 1000)
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=servers,
            bootstrap_timeout_ms=timeout_ms,
            request_timeout_ms=timeout_ms,
        )
        try:
            brokers = admin.describe_cluster()["brokers"]
            version = admin.get_broker_version_data(brokers[0]["broker_id"]).broker_version
        finally:
            admin.close()
    except (KafkaError, OSError) as error:
        return KafkaHealth(reachable=False, bootstrap_servers=servers, error=_describe(error))
    return KafkaHealth(
        reachable=True,
        bootstrap_servers=servers,
        version=".".join(map(str, version)),
        brokers=len(brokers),
    )


def neo4j_health(settings: Settings, driver: Driver) -> Neo4jHealth:
    try:
        components = store.server_components(driver, settings.neo4j_database)
    except (DriverError, Neo4jError, OSError) as error:
        return Neo4jHealth(reachable=False, uri=settings.neo4j_uri, error=_describe(error))
    kernel = next((c for c in components if c["name"] == "Neo4j Kernel"), components[0])
    return Neo4jHealth(
        reachable=True,
        uri=settings.neo4j_uri,
        version=", ".join(kernel["versions"]),
        edition=kernel["edition"],
    )


def graph_counts(settings: Settings, driver: Driver) -> GraphCounts:
    database = settings.neo4j_database
    return GraphCounts(
        kinds=store.counts_by_kind(driver, database),
        needs=store.counts_by_label(driver, ["Need"], database)["Need"],
        pending_relations=store.count_pending(driver, database),
        pending_feedback=feedback.count_pending(driver, database),
    )


def ingestion_lag(settings: Settings) -> Lag:
    return Lag(group=settings.consumer_group, topics=consumer_lag(settings, CARRIES))


def dead_letters(settings: Settings) -> DeadLetters:
    """Every record on the dead-letter topic, read from its start, counted by reason."""
    name = settings.topic(DEAD_LETTER)
    letters = read_headers(
        settings.kafka_bootstrap_servers,
        name,
        within=READ_DEAD_LETTERS_WITHIN_S,
        request_timeout_ms=int(TIMEOUT_S * 1000),
    )
    reasons = Counter(_reason(headers) for headers in letters)
    return DeadLetters(topic=name, total=reasons.total(), by_reason=dict(sorted(reasons.items())))


def _reason(headers: dict[str, bytes]) -> str:
    value = headers.get(REASON)
    return value.decode(errors="replace") if value else NO_REASON


def _if(reachable: bool, server: str, fact: Callable[[], T]) -> T | Unavailable:
    if not reachable:
        return Unavailable(error=f"{server} is unreachable")
    try:
        return fact()
    except (KafkaError, DriverError, Neo4jError, OSError) as error:
        return Unavailable(error=_describe(error))


def _describe(error: Exception) -> str:
    name, text = type(error).__name__, " ".join(str(error).split())
    return text if text.startswith(name) else f"{name}: {text}".removesuffix(": ")
