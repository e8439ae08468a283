"""The local stack: real readiness probes, restart after down, clear errors, no orphans."""

import time
from pathlib import Path

import pytest

from services.settings import Settings
from services.stack import kafka, local, neo4j
from services.stack.errors import StackError
from services.stack.process import java_executable, port_open, running
from tests.conftest import TEST_STACK, Servers

pytestmark = pytest.mark.integration


def test_kafka_round_trip(servers: Servers) -> None:
    kafka.round_trip(servers.kafka_bootstrap_servers)


def test_neo4j_answers_with_the_configured_password(servers: Servers) -> None:
    settings = Settings(
        neo4j_uri=servers.neo4j_uri,
        neo4j_user=servers.neo4j_user,
        neo4j_password=servers.neo4j_password,
    )
    assert neo4j.ready(settings)


def test_wrong_neo4j_password_is_a_clear_error(servers: Servers) -> None:
    settings = Settings(neo4j_uri=servers.neo4j_uri, neo4j_password="not-the-password")
    with pytest.raises(StackError, match="CONTAMINA_NEO4J_PASSWORD"):
        neo4j.ready(settings)


def _local_stack_only(servers: Servers) -> Settings:
    if servers.kafka_bootstrap_servers != TEST_STACK["kafka_bootstrap_servers"]:
        pytest.skip("the servers do not come from the local stack")
    return Settings(**TEST_STACK)  # type: ignore[arg-type]


def test_up_is_idempotent(servers: Servers) -> None:
    settings = _local_stack_only(servers)
    before = [row.pid for row in local.status(settings)]
    lines: list[str] = []
    local.up(settings, lines.append)
    assert [row.pid for row in local.status(settings)] == before
    assert all("already running" in line for line in lines)


def test_down_then_up_restarts_both_without_orphans(servers: Servers) -> None:
    settings = _local_stack_only(servers)
    pids = [row.pid for row in local.status(settings)]
    local.down(settings, lambda _: None)
    local.down(settings, lambda _: None)  # a second down is harmless
    assert not any(running(pid) for pid in pids if pid is not None)
    assert [row.pid for row in local.status(settings)] == [None, None]
    started = time.monotonic()
    local.up(settings, lambda _: None)
    elapsed = time.monotonic() - started
    assert all(row.ready for row in local.status(settings))
    print(f"warm restart of Kafka and Neo4j: {elapsed:.1f}s")


def test_busy_port_is_refused_by_name(servers: Servers, tmp_path: Path) -> None:
    settings = _local_stack_only(servers).model_copy(update={"stack_dir": tmp_path})
    assert port_open(settings.kafka_port), "the test stack's Kafka should hold the port"
    with pytest.raises(StackError, match=r"port\(s\) \[19092, 19093\] already in use"):
        local.start(local.KAFKA, settings, java_executable(None))


def test_a_server_that_dies_names_its_log(servers: Servers, tmp_path: Path) -> None:
    settings = _local_stack_only(servers).model_copy(
        update={
            "stack_dir": tmp_path,
            "neo4j_uri": "bolt://127.0.0.1:37687",  # free ports: not the test's, nor eval's
            "neo4j_http_port": 37474,
            "neo4j_heap": "not-a-size",
        }
    )
    with pytest.raises(StackError, match=r"neo4j exited while starting; see .*console\.log"):
        local.start(local.NEO4J, settings, java_executable(None))
    assert not local.NEO4J.server(settings).alive()
