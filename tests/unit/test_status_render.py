"""`contamina status` output, from hand-built facts: no servers."""

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from services.cli import app
from services.cli import status as cli_status
from services.operations.status import (
    DeadLetters,
    GraphCounts,
    KafkaHealth,
    Lag,
    Neo4jHealth,
    Status,
    Unavailable,
)

KAFKA_UP = KafkaHealth(reachable=True, bootstrap_servers="127.0.0.1:9092", version="4.1", brokers=1)
NEO4J_UP = Neo4jHealth(
    reachable=True, uri="bolt://127.0.0.1:7687", version="5.26.30", edition="community"
)


def healthy() -> Status:
    return Status(
        kafka=KAFKA_UP,
        neo4j=NEO4J_UP,
        graph=GraphCounts(
            kinds={"expert": 3, "firm": 2}, needs=1, pending_relations=0, pending_feedback=0
        ),
        lag=Lag(group="contamina-ingest", topics={"organisations": 0, "profiles": 2}),
        dead_letters=DeadLetters(
            topic="contamina.deadletter", total=3, by_reason={"not_json": 2, "oversize": 1}
        ),
    )


def kafka_down() -> Status:
    return Status(
        kafka=KafkaHealth(
            reachable=False, bootstrap_servers="127.0.0.1:1", error="Unable to bootstrap"
        ),
        neo4j=NEO4J_UP,
        graph=GraphCounts(kinds={}, needs=0, pending_relations=0, pending_feedback=0),
        lag=Unavailable(error="Kafka is unreachable"),
        dead_letters=Unavailable(error="Kafka is unreachable"),
    )


def test_json_holds_every_fact_with_totals_and_ok() -> None:
    document = json.loads(cli_status.as_json(healthy()))
    assert set(document) == {"ok", "kafka", "neo4j", "graph", "lag", "dead_letters"}
    assert document["ok"] is True
    assert document["kafka"] == {
        "reachable": True,
        "bootstrap_servers": "127.0.0.1:9092",
        "version": "4.1",
        "brokers": 1,
        "error": None,
    }
    assert document["neo4j"]["version"] == "5.26.30"
    assert document["graph"] == {
        "kinds": {"expert": 3, "firm": 2},
        "needs": 1,
        "pending_relations": 0,
        "pending_feedback": 0,
    }
    assert document["lag"] == {
        "group": "contamina-ingest",
        "topics": {"organisations": 0, "profiles": 2},
        "total": 2,
    }
    assert document["dead_letters"]["by_reason"] == {"not_json": 2, "oversize": 1}
    assert document["dead_letters"]["total"] == 3


def test_json_marks_what_could_not_be_read_with_its_error() -> None:
    document = json.loads(cli_status.as_json(kafka_down()))
    assert document["ok"] is False
    assert document["kafka"]["reachable"] is False
    assert document["kafka"]["error"] == "Unable to bootstrap"
    assert document["lag"] == {"error": "Kafka is unreachable"}
    assert document["dead_letters"] == {"error": "Kafka is unreachable"}
    assert document["graph"]["needs"] == 0


def test_tables_show_counts_and_the_unavailable_sections() -> None:
    console = Console(record=True, width=120)
    console.print(cli_status.render(kafka_down()))
    text = console.export_text()
    assert "unavailable: Unable to bootstrap" in text
    assert "Ingestion lag\nunavailable: Kafka is unreachable" in text
    assert "Dead letters\nunavailable: Kafka is unreachable" in text
    assert "5.26.30 community" in text


@pytest.mark.parametrize(("facts", "exit_code"), [(healthy(), 0), (kafka_down(), 1)])
def test_the_command_exits_non_zero_when_anything_is_down(
    monkeypatch: pytest.MonkeyPatch, facts: Status, exit_code: int
) -> None:
    monkeypatch.setattr(cli_status, "collect", lambda _settings: facts)
    result = CliRunner().invoke(app, ["status", "--json"])
    assert result.exit_code == exit_code
    assert json.loads(result.stdout)["ok"] is (exit_code == 0)
